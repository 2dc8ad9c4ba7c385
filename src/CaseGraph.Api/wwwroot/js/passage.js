// Passage page: one guideline passage with its source, section, publication date, grade and link.
import { api, showError } from './api.js';
import { initHeader } from './header.js';
import { sourceLink } from './citation.js';
import { el, params } from './dom.js';

const id = params().get('id');
const byId = name => document.getElementById(name);

async function load() {
  byId('errors').replaceChildren();
  if (!id) return showError(byId('errors'), new Error('no passage id in the address (passage.html?id=cdc2022-r01)'));
  try { render(await api(`/api/passages/${encodeURIComponent(id)}`)); } catch (error) { showError(byId('errors'), error); }
}

function render(p) {
  document.title = `${p.title} — CaseGraph`;
  byId('passage-title').textContent = p.title;
  const c = p.citation;
  const link = c.url ? sourceLink(c.url, c.url) : null;
  const facts = [['Source', c.source], ['Section', c.section], ['Published', c.published], ['Grade', c.grade], ['Link', link]]
    .filter(([, value]) => value);
  byId('citation').replaceChildren(...facts.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
  byId('passage-text').replaceChildren(...p.text.split(/\n\s*\n/).map(t => el('p', {}, t)));
  byId('passage').hidden = false;
}

initHeader();
window.addEventListener('casegraph:caller', load);
load();
