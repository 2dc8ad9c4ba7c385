// Small DOM helpers: every piece of API text goes in as a text node, never as HTML.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.flat().filter(c => c !== undefined && c !== null && c !== false));
  return node;
}

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e) =>
    e[0] !== '#' ? entities[e.toLowerCase()] : String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));
}

// The API's snippets are HTML-encoded text with <mark>…</mark> around matched words: rebuild them as nodes.
export function snippet(encoded) {
  const fragment = document.createDocumentFragment();
  encoded.split(/(<mark>.*?<\/mark>)/s).forEach(part => {
    const marked = part.startsWith('<mark>') && part.endsWith('</mark>');
    if (marked) fragment.append(el('mark', {}, decode(part.slice(6, -7))));
    else if (part) fragment.append(decode(part));
  });
  return fragment;
}

export function params() {
  return new URLSearchParams(location.search);
}

const contextLabels = { affirmed: 'present', negated: 'negated', historical: 'historical', hypothetical: 'hypothetical', other: 'about someone else' };

export function contextLabel(context) {
  return contextLabels[context] ?? context;
}

export function mmeText(mme, band) {
  if (mme === null || mme === undefined) return 'no opioid analgesic dose to convert';
  const note = mme >= 90 ? ' — at or above 90: avoid or justify' : mme >= 50 ? ' — at or above 50: reassess, offer naloxone' : '';
  return `${Number(mme.toFixed(1))} MME/day (band ${band})${note}`;
}

export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children.flat().filter(c => c !== undefined && c !== null));
  return node;
}

/** "Close in meaning" and the sentence that carried it, for a result the ranking by meaning found (else null). */
export function meaningReason(meaning) {
  if (!meaning) return null;
  return meaning.sentence ? `close in meaning: “${meaning.sentence}”` : 'close in meaning';
}

/** The API's note when ranking by meaning covered only part of the archive (embeddings still filling in), else ''. */
export function semanticNote(semantic) {
  return semantic?.partial && semantic.note ? ` ${semantic.note}` : '';
}
