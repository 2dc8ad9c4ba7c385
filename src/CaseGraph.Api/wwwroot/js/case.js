// Case page: a past case with its question, recommendations, concepts, topics and neighbourhood graph.
import { api, showError } from './api.js';
import { initHeader } from './header.js';
import { contextLabel, el, meaningReason, mmeText, params, snippet } from './dom.js';
import { neighbourhood } from './graph.js';

const id = params().get('id');
const byId = name => document.getElementById(name);

async function load() {
  byId('errors').replaceChildren();
  if (!id) return showError(byId('errors'), new Error('no case id in the address (case.html?id=case-0001)'));
  try {
    const [record, similar] = await Promise.all([api(`/api/cases/${encodeURIComponent(id)}`), api(`/api/cases/${encodeURIComponent(id)}/similar?limit=5`)]);
    render(record, similar.similar);
  } catch (error) { showError(byId('errors'), error); }
}

function render(c, similar) {
  document.title = `${c.id} — CaseGraph`;
  byId('case-title').textContent = `Case ${c.id}`;
  byId('facts').replaceChildren(...[`Presented ${c.presented}`, c.program, `${c.setting} setting`, `${c.sex}, ${c.ageBand}`]
    .filter(Boolean).map(f => el('li', {}, f)));
  byId('summary').replaceChildren(...c.summary.split(/\n\s*\n/).map(p => el('p', {}, p)));
  byId('questions').replaceChildren(...c.questions.map(q => el('li', {}, q)));
  byId('recommendations').replaceChildren(...c.recommendations.map(r => el('li', {}, r.text)));
  byId('mme').textContent = mmeText(c.dailyMme, c.mmeBand);
  byId('medications').replaceChildren(...c.medications.map(m => el('li', {}, [m.name, m.dose, m.unit, m.frequency].filter(v => v !== null).join(' '))));
  byId('concepts').replaceChildren(
    ...c.concepts.map(k => el('li', { class: 'chip' }, el('span', { class: 'concept-name' }, k.name), el('span', { class: 'context' }, k.kind))),
    ...c.annotations.map(a => el('li', { class: `chip ${a.context}` }, el('span', { class: 'concept-name' }, a.concept.name),
      el('span', { class: 'context' }, contextLabel(a.context)))));
  byId('topics').replaceChildren(...c.topics.map(t => el('li', { class: 'chip' }, t.name,
    el('span', { class: 'context' }, t.source === 'curated' ? 'curated' : `model, ${Math.round(t.confidence * 100)}%`))));
  byId('similar').replaceChildren(...similar.map(s => el('li', {},
    el('h3', {}, el('a', { href: `/case.html?id=${encodeURIComponent(s.caseId)}` }, s.title)),
    el('p', { class: 'why' }, el('strong', {}, 'Why similar: '), [s.sharedConcepts.map(x => x.name).join(', '), meaningReason(s.meaning)].filter(Boolean).join('; ') || 'similar wording'),
    s.snippet ? el('p', { class: 'snippet' }, snippet(s.snippet)) : null)));
  const concepts = c.concepts.filter(k => k.kind !== 'drug-class').slice(0, 12);
  const neighbours = [...concepts.map(k => ({ kind: k.kind, label: k.name })),
    ...similar.map(s => ({ kind: 'case', label: s.caseId, href: `/case.html?id=${encodeURIComponent(s.caseId)}` }))];
  byId('graph').replaceChildren(neighbourhood(c.id, neighbours));
  byId('case-body').hidden = false;
}

initHeader();
window.addEventListener('casegraph:caller', load);
load();
