// Where guidance comes from: source, section, date, grade and a link (only to an http or https address).
import { el } from './dom.js';

/** A link that opens the source in a new tab without handing it this page, or null for anything not http(s). */
export function sourceLink(url, text = 'Read the source') {
  let parsed;
  try { parsed = new URL(url); } catch { return null; }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return el('a', { href: parsed.href, target: '_blank', rel: 'noopener noreferrer', class: 'source-link' }, text);
}

/** One line: "Source — Section · published 2022-11-04 · Grade · link". */
export function citationLine(citation) {
  const parts = [`${citation.source} — ${citation.section}`];
  if (citation.published) parts.push(`published ${citation.published}`);
  if (citation.grade) parts.push(citation.grade);
  const link = citation.url ? sourceLink(citation.url) : null;
  return el('p', { class: 'citation' }, parts.join(' · '), link ? ' · ' : null, link);
}

export function passageHref(id) {
  return `/passage.html?id=${encodeURIComponent(id)}`;
}
