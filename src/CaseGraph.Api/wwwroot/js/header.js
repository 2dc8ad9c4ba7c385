// The header every page shares: skip link, page links (the current one marked), and the API key field, whose key is
// kept in sessionStorage for this tab and sent as X-Api-Key by api.js.
import { keyName } from './api.js';
import { el } from './dom.js';

const pages = [['/', 'Search'], ['/workbench.html', 'Case workbench'], ['/trends.html', 'Trends']];

export function initHeader() {
  const input = el('input', { id: 'api-key', name: 'api-key', type: 'password', autocomplete: 'off', 'aria-describedby': 'key-status' });
  const status = el('span', { id: 'key-status', class: 'hint' });
  const form = el('form', { id: 'key-form', class: 'key-form' },
    el('label', { for: 'api-key' }, 'API key'), input, el('button', { type: 'submit' }, 'Use key'), status);
  document.querySelector('header.site').replaceChildren(
    el('a', { class: 'skip', href: '#main' }, 'Skip to content'),
    el('a', { class: 'brand', href: '/' }, 'CaseGraph'),
    el('nav', { 'aria-label': 'Pages' }, pages.map(([href, name]) =>
      el('a', { href, 'aria-current': location.pathname === href || (href === '/' && location.pathname === '/index.html') ? 'page' : undefined }, name))),
    form);

  const show = () => { status.textContent = sessionStorage.getItem(keyName) ? 'Key in use for this tab.' : 'No key: a service on this machine serves you as faculty.'; };
  input.value = sessionStorage.getItem(keyName) ?? '';
  form.addEventListener('submit', event => {
    event.preventDefault();
    const key = input.value.trim();
    if (key) sessionStorage.setItem(keyName, key); else sessionStorage.removeItem(keyName);
    show();
  });
  show();
}
