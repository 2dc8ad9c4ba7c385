// The header every page shares: skip link, the pages this caller's role may use (the current one marked), the caller's
// role, and the API key field, whose key is kept in sessionStorage for this tab and sent as X-Api-Key by api.js.
import { keyName } from './api.js';
import { forgetCaller, whoIsCalling } from './access.js';
import { el } from './dom.js';

// Each page and the permission (from GET /api/me) it needs.
const pages = [['/', 'Search', 'search'], ['/workbench.html', 'Case workbench', 'workbench'], ['/trends.html', 'Trends', 'trends']];

const isCurrent = href => location.pathname === href || (href === '/' && location.pathname === '/index.html');

export function initHeader() {
  const input = el('input', { id: 'api-key', name: 'api-key', type: 'password', autocomplete: 'off', 'aria-describedby': 'key-status' });
  const status = el('span', { id: 'key-status', class: 'hint' });
  const form = el('form', { id: 'key-form', class: 'key-form' },
    el('label', { for: 'api-key' }, 'API key'), input, el('button', { type: 'submit' }, 'Use key'), status);
  const brand = el('a', { class: 'brand', href: '/' }, 'CaseGraph');
  const nav = el('nav', { 'aria-label': 'Pages' });
  const role = el('p', { id: 'caller-role', class: 'role', 'aria-live': 'polite' });
  document.querySelector('header.site').replaceChildren(el('a', { class: 'skip', href: '#main' }, 'Skip to content'), brand, nav, role, form);

  async function show() {
    const hasKey = !!sessionStorage.getItem(keyName);
    status.textContent = hasKey ? 'Key in use for this tab.' : '';
    const me = await whoIsCalling();
    if (me.error) {
      role.textContent = hasKey ? 'Key not accepted: enter a valid API key.' : 'Enter an API key to use CaseGraph.';
      nav.replaceChildren(...pages.map(([href, name]) => link(href, name)));
      return;
    }
    role.textContent = hasKey ? `Serving you as ${me.role} (key “${me.name}”).` : `No key: a service on this machine serves you as ${me.role}.`;
    const allowed = pages.filter(([, , permission]) => me.may[permission]);
    nav.replaceChildren(...allowed.map(([href, name]) => link(href, name)));
    brand.setAttribute('href', allowed[0]?.[0] ?? '/');
    explainIfNotForThisRole(me);
  }

  input.value = sessionStorage.getItem(keyName) ?? '';
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const key = input.value.trim();
    if (key) sessionStorage.setItem(keyName, key); else sessionStorage.removeItem(keyName);
    forgetCaller();
    await show();
    window.dispatchEvent(new Event('casegraph:caller'));
  });
  show();
}

function link(href, name) {
  return el('a', { href, 'aria-current': isCurrent(href) ? 'page' : undefined }, name);
}

// On a page this role may not use (reached by its address), say so before the page's own errors do.
function explainIfNotForThisRole(me) {
  document.getElementById('not-for-role')?.remove();
  const page = pages.find(([href]) => isCurrent(href)) ?? (location.pathname === '/case.html' ? ['/case.html', 'Case pages', 'cases'] : null);
  if (!page || me.may[page[2]]) return;
  document.querySelector('main')?.prepend(el('p', { id: 'not-for-role', class: 'warning', role: 'status' },
    `${page[1]}: not open to your role (${me.role}). Use the pages linked above.`));
}
