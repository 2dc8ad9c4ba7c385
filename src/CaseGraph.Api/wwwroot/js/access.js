// Who the caller is (GET /api/me): the key's name, its role, and which pages it may use. Asked once per key; the header
// asks again when the key changes and then fires 'casegraph:caller' so pages can redraw their links.
import { api } from './api.js';

let caller = null;

/** The caller, or { error } when the API refused (no key where one is needed, an unknown key). */
export function whoIsCalling() {
  caller ??= api('/api/me').catch(error => ({ error, may: {} }));
  return caller;
}

export function forgetCaller() { caller = null; }

/** The case page's address when this caller may open case records, else null (the title stays plain text). */
export function caseHref(me, caseId) {
  return me.may.cases && caseId ? `/case.html?id=${encodeURIComponent(caseId)}` : null;
}
