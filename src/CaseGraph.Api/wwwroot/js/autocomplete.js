// Concept autocomplete on a text box, as an ARIA combobox: type, move with the arrow keys, Enter picks, Escape closes.
// Suggestions complete the whole box, or else its last word, from concept names, brands and abbreviations.
import { api } from './api.js';
import { el } from './dom.js';

export function attachAutocomplete(input, listbox, onPick) {
  let suggestions = [], active = -1, replaced = '', request = 0, timer;

  const close = () => {
    suggestions = []; active = -1;
    listbox.replaceChildren(); listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = index => {
    active = index;
    [...listbox.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', listbox.children[index].id);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = index => {
    const chosen = suggestions[index];
    const value = input.value;
    input.value = value.slice(0, value.length - replaced.length) + chosen.name;
    close();
    onPick(chosen);
  };

  const show = (found, term) => {
    suggestions = found; replaced = term; active = -1;
    listbox.replaceChildren(...found.map((s, i) => {
      // The label is the name, or a brand with its generic; another term that matched (an abbreviation, slang) follows it quietly.
      const shown = s.label.toLowerCase().includes(s.matchedTerm.toLowerCase());
      const option = el('li', { id: `${listbox.id}-${i}`, role: 'option', 'aria-selected': 'false' },
        el('span', { class: 'concept' }, s.label),
        shown ? null : el('span', { class: 'matched' }, ` (${s.matchedTerm})`),
        el('span', { class: 'concept-kind' }, s.kind));
      option.addEventListener('mousedown', event => { event.preventDefault(); pick(i); });
      return option;
    }));
    listbox.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
  };

  const suggest = async () => {
    const value = input.value.trimStart();
    const lastWord = value.split(/\s+/).pop();
    const mine = ++request;
    if (value.trim().length < 2) return close();
    try {
      for (const term of new Set([value, lastWord])) {
        if (term.length < 2) continue;
        const found = await api(`/api/concepts?q=${encodeURIComponent(term)}&limit=8`);
        if (mine !== request) return;
        if (found.length > 0) return show(found, term);
      }
      close();
    } catch { close(); } // suggestions are a help, not a requirement
  };

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(suggest, 80); });
  input.addEventListener('blur', () => setTimeout(close, 0));
  input.addEventListener('keydown', event => {
    if (event.key === 'Escape' && !listbox.hidden) { event.preventDefault(); close(); return; }
    if (suggestions.length === 0) return;
    if (event.key === 'ArrowDown') { event.preventDefault(); highlight((active + 1) % suggestions.length); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); highlight(active <= 0 ? suggestions.length - 1 : active - 1); }
    else if (event.key === 'Enter' && active >= 0) { event.preventDefault(); pick(active); }
  });
  return { close: () => { clearTimeout(timer); request++; close(); } };
}
