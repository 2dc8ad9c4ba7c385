// Search page: one box with concept autocomplete, facet filters, results with highlighted snippets and reasons.
import { api, showError } from './api.js';
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
  if (!query.size) { hits.replaceChildren(); summary.textContent = 'Type a drug, condition or question, or choose a filter.'; return; }
  summary.textContent = 'Searching…';
  errors.replaceChildren();
  didYouMean.hidden = true;
  try {
    const [result, me] = await Promise.all([api(`/api/search?${query}&limit=20`), whoIsCalling()]);
    renderHits(result, me);
    renderFacets(result.facets, query);
  } catch (error) {
    hits.replaceChildren();
    summary.textContent = '';
    showError(errors, error);
  }
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

function renderHits(result, me) {
  const named = result.interpretation.concepts.map(c => c.name);
  const expanded = result.interpretation.expanded.map(c => c.name);
  summary.textContent = `${result.total} result${result.total === 1 ? '' : 's'}` +
    (named.length ? `; read as ${named.join(', ')}` : '') + (expanded.length ? `, also ${expanded.slice(0, 6).join(', ')}${expanded.length > 6 ? '…' : ''}` : '') +
    mmeNote(result.interpretation.mme) + semanticNote(result.semantic);
  renderSuggestion(result.suggestion);
  hits.replaceChildren(...result.hits.map(hit => renderHit(hit, result.interpretation, me)));
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
  const link = caseHref(me, hit.caseId);
  return el('li', { class: 'hit' },
    el('p', { class: 'hit-meta' }, el('span', { class: `badge kind-${hit.kind}` }, kindLabels[hit.kind] ?? hit.kind),
      hit.topics.length ? ` Topics: ${hit.topics.join(', ')}` : ''),
    el('h3', {}, link ? el('a', { href: link }, hit.title) : hit.title),
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
filters.addEventListener('reset', () => setTimeout(() => search(currentQuery())));
window.addEventListener('casegraph:caller', () => search(params(), { push: false }));
window.addEventListener('popstate', () => { fillForms(params()); search(params(), { push: false }); });
fillForms(params());
search(params(), { push: false });
