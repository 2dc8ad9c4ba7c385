// Calls the CaseGraph API, sending the API key entered in the page header (kept for this tab only).
// Without a key, a service bound to loopback serves this machine as faculty.
import { el } from './dom.js';

export const keyName = 'casegraph-api-key';

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(`${status} ${title}${detail ? ': ' + detail : ''}`);
    this.status = status;
  }
}

export async function api(path, { body, as = 'json' } = {}) {
  const headers = {};
  const key = sessionStorage.getItem(keyName);
  if (key) headers['X-Api-Key'] = key;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw await problemOf(response);
  return as === 'text' ? response.text() : as === 'blob' ? response.blob() : response.json();
}

// A ProblemDetails (title, detail, validation errors) as one readable error.
async function problemOf(response) {
  let title = response.statusText || 'Request failed', detail = '';
  try {
    const problem = await response.json();
    title = problem.title ?? title;
    detail = [problem.detail, ...Object.values(problem.errors ?? {}).flat()].filter(Boolean).join(' ');
  } catch { /* not JSON: the status says enough */ }
  if (response.status === 401) detail += ' Enter a valid API key at the top of the page.';
  return new ApiError(response.status, title, detail.trim());
}

export function showError(region, error) {
  region.replaceChildren(el('p', { class: 'error', role: 'alert' }, error instanceof ApiError ? error.message : `Could not reach CaseGraph: ${error.message}`));
}
