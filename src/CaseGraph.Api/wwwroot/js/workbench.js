// Case workbench: check a new case for identifiers, then show what CaseGraph reads in it (concepts in context,
// doses and MME), similar past cases with their reasons and recommendations, and related guideline passages.
import { api, showError } from './api.js';
import { initHeader } from './header.js';
import { caseHref, whoIsCalling } from './access.js';
import { contextLabel, el, meaningReason, mmeText, semanticNote, snippet } from './dom.js';

const form = document.getElementById('case-form');
const text = document.getElementById('case-text');
const phi = document.getElementById('phi');
const errors = document.getElementById('errors');
const similarStatus = document.getElementById('similar-status');
let acceptedFindingsFor = null; // the text whose findings the user has judged not to be identifiers

// The case text and whether it was analysed stay in this tab's sessionStorage (never in the address: addresses land in
// logs and history), so Back and reload show the text and its results again.
const savedName = 'casegraph-workbench';
const saved = () => { try { return JSON.parse(sessionStorage.getItem(savedName)) ?? {}; } catch { return {}; } };
const save = state => sessionStorage.setItem(savedName, JSON.stringify({ ...saved(), ...state }));

const phiKinds = { name: 'a name', date: 'a date', age: 'an age over 89', phone: 'a phone number', fax: 'a fax number',
  email: 'an email address', ssn: 'a Social Security number', mrn: 'a medical record number', address: 'a street address',
  zip: 'a ZIP code', url: 'a web address', ip: 'an IP address' };

async function check(event) {
  event.preventDefault();
  const caseText = text.value;
  errors.replaceChildren();
  try {
    const { findings } = await api('/api/phi/scan', { body: { text: caseText } });
    if (findings.length > 0 && acceptedFindingsFor !== caseText) return warn(caseText, findings);
    phi.replaceChildren();
    await analyse(caseText);
    save({ text: caseText, analysed: caseText });
  } catch (error) { showError(errors, error); }
}

function warn(caseText, findings) {
  clearResults();
  const override = el('button', { type: 'button', class: 'secondary' }, 'These are not identifiers: search anyway');
  override.addEventListener('click', () => { acceptedFindingsFor = caseText; form.requestSubmit(); });
  phi.replaceChildren(el('div', { class: 'warning', role: 'alert' },
    el('p', {}, el('strong', {}, 'Possible identifiers found. Nothing was searched.'),
      ' Remove them from the text and check again.'),
    el('ul', {}, findings.map(f => el('li', {}, `${phiKinds[f.kind] ?? f.kind}: “${caseText.slice(f.start, f.end)}” (characters ${f.start}–${f.end})`))),
    override));
}

function clearResults() {
  document.getElementById('found').hidden = true;
  document.getElementById('similar').replaceChildren();
  document.getElementById('guidelines').replaceChildren();
  similarStatus.textContent = 'Results appear here after the check.';
}

async function analyse(caseText) {
  similarStatus.textContent = 'Finding similar cases…';
  const [extraction, similar, me] = await Promise.all([
    api('/api/concepts/extract', { body: { text: caseText } }),
    api('/api/cases/similar', { body: { text: caseText, limit: 8 } }),
    whoIsCalling(),
  ]);
  renderExtraction(extraction);
  renderSimilar(similar.similar, similar.semantic, me);
  await renderGuidelines(extraction.concepts);
}

function renderExtraction({ concepts, doses, totalDailyMme, mmeBand }) {
  document.getElementById('found').hidden = false;
  document.getElementById('mme').textContent = `Total: ${mmeText(totalDailyMme, mmeBand)}`;
  document.querySelector('#doses tbody').replaceChildren(...doses.map(d => el('tr', {},
    el('td', {}, d.text, d.context === 'affirmed' ? '' : ` (${contextLabel(d.context)})`),
    el('td', {}, d.dosesPerDay ?? '–'),
    el('td', {}, d.dailyMme !== null ? String(Number(d.dailyMme.toFixed(1))) : d.mmeNote ?? '–'))));
  const seen = new Set();
  document.getElementById('concepts').replaceChildren(...concepts.filter(c => !seen.has(c.id + c.context) && seen.add(c.id + c.context))
    .map(c => el('li', { class: `chip ${c.context}` }, el('span', { class: 'concept-name' }, c.name),
      el('span', { class: 'context' }, `${c.kind}, ${contextLabel(c.context)}${c.trigger ? ` (“${c.trigger}”)` : ''}`))));
}

/** Shared concepts, closeness in meaning (with the sentence), else similar wording. */
function whySimilar(c) {
  const why = [];
  if (c.sharedConcepts.length) why.push(`shares ${c.sharedConcepts.map(s => s.name).join(', ')}`);
  const meaning = meaningReason(c.meaning);
  if (meaning) why.push(meaning);
  return why.length ? why.join('; ') : 'similar wording';
}

// A title links to the case page only for a role that may open case records.
function renderSimilar(cases, semantic, me) {
  similarStatus.textContent = (cases.length ? `${cases.length} similar past cases, most similar first.` : 'No similar past case found.') + semanticNote(semantic);
  document.getElementById('similar').replaceChildren(...cases.map(c => el('li', {},
    el('h3', {}, caseHref(me, c.caseId) ? el('a', { href: caseHref(me, c.caseId) }, c.title) : c.title),
    el('p', { class: 'why' }, el('strong', {}, 'Why similar: '), whySimilar(c)),
    c.snippet ? el('p', { class: 'snippet' }, snippet(c.snippet)) : null,
    c.recommendations.length ? el('details', {}, el('summary', {}, `Recommendations then (${c.recommendations.length})`),
      el('ul', {}, c.recommendations.map(r => el('li', {}, r.text)))) : null)));
}

async function renderGuidelines(concepts) {
  const names = [...new Set(concepts.filter(c => c.context === 'affirmed' && c.kind !== 'drug-class').map(c => c.name))].slice(0, 8);
  const list = document.getElementById('guidelines');
  if (!names.length) return list.replaceChildren(el('li', { class: 'hint' }, 'No condition or medication found to look up.'));
  const result = await api(`/api/search?kind=guideline&limit=5&q=${encodeURIComponent(names.join(' '))}`);
  list.replaceChildren(...result.hits.map(h => el('li', {}, el('h3', {}, h.title), el('p', { class: 'snippet' }, snippet(h.snippet)))));
}

initHeader();
form.addEventListener('submit', check);
window.addEventListener('casegraph:caller', () => { if (!document.getElementById('found').hidden) form.requestSubmit(); });
text.addEventListener('input', () => { phi.replaceChildren(); save({ text: text.value }); });

// On load (and on a Back that did not keep the page alive), put the text back and, if it was analysed, run it again.
async function restore(event) {
  if (event?.persisted) return; // the page came back whole from the back-forward cache
  const { text: savedText, analysed } = saved();
  if (!savedText) return;
  text.value = savedText;
  if (analysed !== savedText) return;
  acceptedFindingsFor = savedText; // it passed the check, or its findings were judged not to be identifiers
  errors.replaceChildren();
  try { await analyse(savedText); } catch (error) { showError(errors, error); }
}
window.addEventListener('pageshow', restore);
