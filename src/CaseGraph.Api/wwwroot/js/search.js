// Search page: one box with concept autocomplete, facet filters, sort, results with highlighted snippets, reasons and
// citations, "Load more" pages and a CSV download of the result list.
import { api, showError } from './api.js';
import { citationLine, passageHref } from './citation.js';
import { initHeader } from './header.js';
import { caseHref, whoIsCalling } from './access.js';
import { attachAutocomplete } from './autocomplete.js';
import { el, meaningReason, params, semanticNote, snippet } from './dom.js';

const facetLabels = { kind: 'Kind', condition: 'Condition', medication: 'Medication', drugClass: 'Drug class',
  intervention: 'Intervention', topic: 'Topic', mmeBand: 'MME band', setting: 'Setting' };
const kindLabels = { case: 'Case', recommendation: 'Recommendation', guideline: 'Guideline passage' };

const searchForm = document.getElementById('search-form');
const filters = document.getElementById('filters');
const box = document.getElementById('q');
const hits = document.getElementById('hits');
const summary = document.getElementById('summary');
const errors = document.getElementById('errors');
const didYouMean = document.getElementById('did-you-mean');
const loadMore = document.getElementById('load-more');
const csvLink = document.getElementById('csv-link');
const pageSize = 20;
let shown = { query: null, count: 0, total: 0, ids: new Set() };

function buildFacetFields() {
  document.getElementById('facet-fields').append(...Object.entries(facetLabels).flatMap(([name, label]) => [
    el('label', { for: `facet-${name}` }, label),
    el('select', { id: `facet-${name}`, name }, el('option', { value: '' }, 'Any')),
  ]));
}

function currentQuery() {
  const query = new URLSearchParams();
  if (box.value.trim()) query.set('q', box.value.trim());
  for (const [name, value] of new FormData(filters)) if (value) query.set(name, value);
  return query;
}

function fillForms(query) {
  box.value = query.get('q') ?? '';
  for (const field of filters.elements) {
    if (!field.name) continue;
    const value = query.get(field.name) ?? '';
    if (field.tagName === 'SELECT' && value && ![...field.options].some(o => o.value === value)) field.append(el('option', { value }, value));
    field.value = value;
  }
}

async function search(query, { push = true } = {}) {
  if (push) history.pushState(null, '', query.size ? `?${query}` : location.pathname);
  loadMore.hidden = true;
  csvLink.hidden = true;
  if (!hasSearch(query)) { hits.replaceChildren(); summary.textContent = 'Type a drug, condition or question, or choose a filter.'; return; }
  summary.textContent = 'Searching…';
  errors.replaceChildren();
  didYouMean.hidden = true;
  try {
    const [result, me] = await Promise.all([api(`/api/search?${query}&limit=${pageSize}`), whoIsCalling()]);
    shown = { query, me, interpretation: result.interpretation, count: 0, total: result.total, ids: new Set() };
    hits.replaceChildren();
    renderHits(result);
    renderFacets(result.facets, query);
    csvLink.href = `/api/search.csv?${query}`;
    csvLink.hidden = result.total === 0;
  } catch (error) {
    hits.replaceChildren();
    summary.textContent = '';
    showError(errors, error);
  }
}

// Sort alone is no search: only text or a filter is.
function hasSearch(query) {
  return [...query.keys()].some(name => name !== 'sort');
}

// The next page of the same query, appended; a hit already shown (the archive changed between pages) is not repeated.
async function showMore() {
  loadMore.disabled = true;
  try {
    renderHits(await api(`/api/search?${shown.query}&limit=${pageSize}&offset=${shown.count}`));
  } catch (error) {
    showError(errors, error);
  } finally {
    loadMore.disabled = false;
  }
}

// The download carries the page's API key, which a plain link would not: fetched, then saved from memory.
async function downloadCsv(event) {
  event.preventDefault();
  try {
    const csv = await api(csvLink.getAttribute('href'), { as: 'text' });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const save = el('a', { href: url, download: 'casegraph-search.csv', hidden: true });
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  } catch (error) { showError(errors, error); }
}

function renderFacets(facets, query) {
  for (const [name] of Object.entries(facetLabels)) {
    const select = document.getElementById(`facet-${name}`);
    const chosen = query.get(name) ?? '';
    const values = facets[name] ?? [];
    select.replaceChildren(el('option', { value: '' }, 'Any'), ...values.map(v =>
      el('option', { value: v.value }, `${name === 'kind' ? kindLabels[v.value] ?? v.name : v.name} (${v.count})`)));
    if (chosen && !values.some(v => v.value === chosen)) select.append(el('option', { value: chosen }, chosen));
    select.value = chosen;
  }
}

function renderHits(result) {
  const fresh = result.hits.filter(hit => !shown.ids.has(hit.id));
  fresh.forEach(hit => shown.ids.add(hit.id));
  shown.count += result.hits.length;
  shown.total = result.total;
  const named = shown.interpretation.concepts.map(c => c.name);
  const expanded = shown.interpretation.expanded.map(c => c.name);
  summary.textContent = `${result.total} result${result.total === 1 ? '' : 's'}` +
    (shown.count < result.total ? `, ${shown.ids.size} shown` : '') +
    (named.length ? `; read as ${named.join(', ')}` : '') + (expanded.length ? `, also ${expanded.slice(0, 6).join(', ')}${expanded.length > 6 ? '…' : ''}` : '') +
    mmeNote(shown.interpretation.mme) + semanticNote(result.semantic);
  if (shown.count === result.hits.length) renderSuggestion(result.suggestion); // the first page carries it
  hits.append(...fresh.map(hit => renderHit(hit, shown.interpretation, shown.me)));
  loadMore.hidden = result.hits.length < pageSize || shown.count >= result.total;
}

// A daily MME read from the query ranks cases in its band first; it filters nothing.
const mmeNote = mme => mme ? `; ${mme.mme} MME read as a daily dose: cases in the ${mme.band} MME band ranked first` : '';

// "Did you mean": a link that runs the corrected query with the same filters.
function renderSuggestion(suggestion) {
  didYouMean.hidden = !suggestion;
  if (!suggestion) return didYouMean.replaceChildren();
  const corrected = currentQuery();
  corrected.set('q', suggestion.query);
  const link = el('a', { href: `?${corrected}` }, suggestion.query);
  link.addEventListener('click', event => { event.preventDefault(); box.value = suggestion.query; search(currentQuery()); });
  didYouMean.replaceChildren('Did you mean: ', link, '?');
}

// A case's title links to its page only for a role that may open case records; otherwise it is plain text.
function renderHit(hit, interpretation, me) {
  const link = hit.kind === 'guideline' ? passageHref(hit.id) : caseHref(me, hit.caseId);
  const when = hit.date ? (hit.kind === 'guideline' ? `published ${hit.date}` : `presented ${hit.date}`) : null;
  return el('li', { class: 'hit', 'data-id': hit.id },
    el('p', { class: 'hit-meta' }, el('span', { class: `badge kind-${hit.kind}` }, kindLabels[hit.kind] ?? hit.kind),
      when ? el('span', { class: 'hit-date' }, ` ${when}`) : null, hit.setting ? el('span', { class: 'hit-setting' }, ` · ${hit.setting} setting`) : null,
      hit.topics.length ? ` · Topics: ${hit.topics.join(', ')}` : ''),
    el('h3', {}, link ? el('a', { href: link }, hit.title) : hit.title),
    hit.citation ? citationLine(hit.citation) : null,
    hit.snippet ? el('p', { class: 'snippet' }, snippet(hit.snippet)) : null,
    el('p', { class: 'why' }, el('strong', {}, 'Why it matched: '), reasons(hit, interpretation)));
}

function reasons(hit, interpretation) {
  const ids = new Set(hit.concepts.map(c => c.id));
  const named = interpretation.concepts.filter(c => ids.has(c.id)).map(c => c.name);
  const related = interpretation.expanded.filter(c => ids.has(c.id)).map(c => c.name);
  const why = [];
  if (named.length) why.push(`names ${named.join(', ')}`);
  if (related.length) why.push(`names ${related.join(', ')} (within your query's class or condition)`);
  if (hit.snippet?.includes('<mark>')) why.push('your words in the text (highlighted)');
  const meaning = meaningReason(hit.meaning);
  if (meaning) why.push(meaning);
  return why.length ? why.join('; ') : 'matches the filters';
}

buildFacetFields();
initHeader();
const autocomplete = attachAutocomplete(box, document.getElementById('q-suggestions'), () => search(currentQuery()));
searchForm.addEventListener('submit', event => { event.preventDefault(); autocomplete.close(); search(currentQuery()); });
filters.addEventListener('change', () => search(currentQuery()));
document.getElementById('sort').addEventListener('change', () => search(currentQuery()));
loadMore.addEventListener('click', showMore);
csvLink.addEventListener('click', downloadCsv);
filters.addEventListener('reset', () => setTimeout(() => search(currentQuery())));
window.addEventListener('casegraph:caller', () => search(params(), { push: false }));
window.addEventListener('popstate', () => { fillForms(params()); search(params(), { push: false }); });
fillForms(params());
search(params(), { push: false });
