// The trends page's state lives in the address: every control is a query parameter, so Back, reload and a shared link
// show the same chart. Empty controls are left out.

/** Writes these controls' values into the address: a new history entry when the user changed something, else in place. */
export function saveState(form, names, { push }) {
  const q = new URLSearchParams();
  for (const name of names) if (form.elements.namedItem(name).value) q.set(name, form.elements.namedItem(name).value);
  const address = `${location.pathname}${q.size ? `?${q}` : ''}`;
  if (address === `${location.pathname}${location.search}`) return;
  history[push ? 'pushState' : 'replaceState'](null, '', address);
}

/** Sets every control from the address (a control the address does not name gets its default back). */
export function restoreState(form) {
  const q = new URLSearchParams(location.search);
  for (const control of form.elements) {
    if (!control.name) continue;
    const wanted = q.get(control.name) ?? defaultOf(control);
    if (control.tagName === 'SELECT' && ![...control.options].some(o => o.value === wanted)) {
      if (control.name === 'topic' && wanted) control.dataset.pending = wanted; // topics arrive with the first answer
      continue;
    }
    control.value = wanted;
  }
}

function defaultOf(control) {
  if (control.tagName === 'SELECT') return ([...control.options].find(o => o.defaultSelected) ?? control.options[0])?.value ?? '';
  return control.defaultValue;
}
