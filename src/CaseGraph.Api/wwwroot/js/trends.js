// Trends page: topic or concept shares over time (chart, table, CSV/SVG/PNG downloads), or the themes LDA finds in
// the newest cases. Every control is in the address (trends-state.js). Faculty may click a point to list its cases.
import { api, showError } from './api.js';
import { initHeader } from './header.js';
import { caseHref, whoIsCalling } from './access.js';
import { trendChart, palette } from './chart.js';
import { el } from './dom.js';
import { restoreState, saveState } from './trends-state.js';

const form = document.getElementById('trend-form');
const status = document.getElementById('trend-status');
const errors = document.getElementById('errors');
const suppression = document.getElementById('suppression');
const drill = document.getElementById('drill');
const topicSelect = document.getElementById('topic');
const control = name => form.elements.namedItem(name);
const view = () => control('view').value;
const kind = () => view() === 'concepts' ? 'concept' : 'topic';

const fields = { topics: ['interval', 'topic', 'setting', 'from', 'to'], concepts: ['interval', 'concepts', 'from', 'to'], themes: [] };

function query(format) {
  const q = new URLSearchParams({ format });
  for (const name of fields[view()]) if (control(name).value) q.set(name, control(name).value);
  return q;
}

async function show() {
  errors.replaceChildren();
  for (const part of form.querySelectorAll('[data-for]')) part.hidden = !part.dataset.for.split(' ').includes(view());
  document.getElementById('trend-view').hidden = view() === 'themes';
  document.getElementById('themes').hidden = view() !== 'themes';
  suppression.hidden = true;
  drill.hidden = true;
  try {
    if (view() === 'themes') return await showThemes();
    status.textContent = 'Loading…';
    const [table, me] = await Promise.all([api(`/api/${kind()}s/trends?${query('json')}`), whoIsCalling()]);
    if (kind() === 'topic' && topicSelect.options.length === 1) fillTopics(table.series);
    const { cells: total, suppressed } = table.suppression;
    status.textContent = `${table.periods.length} ${table.interval}s, ${table.series.length} ${kind()} series; ${suppressed} of ${total} cells suppressed${table.rounding ? `; counts rounded to a multiple of ${table.rounding.base}` : ''}.`;
    explainSuppression(table.suppression);
    const pick = caseHref(me, 'x') ? (series, period) => listCases(series, period) : null; // only roles that may open cases
    document.getElementById('chart').replaceChildren(trendChart(table, `${kind() === 'topic' ? 'Topic' : 'Concept'} shares over time`, pick));
    document.getElementById('legend').replaceChildren(...table.series.map((s, n) =>
      el('li', {}, el('span', { class: 'swatch', style: `background:${palette[n % palette.length]}` }), s.name)));
    document.getElementById('table').replaceChildren(dataTable(table));
  } catch (error) { status.textContent = ''; showError(errors, error); }
}

function fillTopics(series) {
  topicSelect.append(...series.map(s => el('option', { value: s.id }, s.name)));
  if (topicSelect.dataset.pending) topicSelect.value = topicSelect.dataset.pending;
  delete topicSelect.dataset.pending;
  if (topicSelect.value) show(); // the address asked for one topic: draw it alone
}

function explainSuppression({ cells, suppressed, reason, suggestedInterval }) {
  if (!suppressed) return;
  const coarser = suggestedInterval ? el('button', { type: 'button', class: 'secondary' }, `Show by ${suggestedInterval}`) : null;
  coarser?.addEventListener('click', () => { control('interval').value = suggestedInterval; changed(); });
  suppression.replaceChildren(el('p', { class: suppressed * 2 > cells ? 'warning' : 'hint' },
    `${suppressed} of ${cells} cells are hidden: ${reason}. Hidden cells are gaps in the chart, never zeros.`,
    suggestedInterval ? ` Most cells are hidden at this interval; a coarser one holds more cases per cell. ` : ' ', coarser));
  suppression.hidden = false;
}

async function listCases(series, period) {
  drill.hidden = false;
  drill.replaceChildren(el('p', { class: 'hint' }, 'Loading cases…'));
  const q = kind() === 'concept'
    ? new URLSearchParams({ concepts: control('concepts').value, series: series.id, period: period.period })
    : new URLSearchParams({ topic: series.id, period: period.period, ...(control('setting').value ? { setting: control('setting').value } : {}) });
  try {
    const list = await api(`/api/${kind()}s/trends/cases?${q}`);
    drill.replaceChildren(el('h2', {}, `Cases behind ${series.name}, ${period.period}`),
      el('p', { class: 'hint' }, `${list.total} case${list.total === 1 ? '' : 's'}${list.cases.length < list.total ? `; the first ${list.cases.length} by id` : ''}.`),
      el('ul', { class: 'drill-cases' }, list.cases.map(c => el('li', {}, el('a', { href: `/case.html?id=${encodeURIComponent(c.caseId)}` }, c.title)))));
  } catch (error) { showError(drill, error); }
}

async function showThemes() {
  status.textContent = 'Finding themes in the newest cases… (this takes a few seconds)';
  const found = await api('/api/topics/discovered');
  status.textContent = `${found.themes.length} themes in the ${found.casesRead} newest cases.`;
  document.getElementById('themes-method').textContent = `Found by ${found.method}. Themes are unlabelled word groups: what the topic taxonomy may not cover yet.`;
  document.getElementById('theme-list').replaceChildren(...found.themes.map(t => el('li', {}, t.topWords.join(', '))));
}

function dataTable({ series, periods, cells }) {
  const cell = new Map(cells.map(c => [`${c.period}|${c.series}`, c]));
  const text = c => !c || c.suppressed ? 'suppressed' : `${Math.round(c.share * 1000) / 10}% (${c.count})`;
  return el('table', {}, el('caption', { class: 'hint' }, 'Share (count) per period; suppressed cells are withheld'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Period'), el('th', { scope: 'col' }, 'Cases'), series.map(s => el('th', { scope: 'col' }, s.name)))),
    el('tbody', {}, periods.map(p => el('tr', {}, el('th', { scope: 'row' }, p.period), el('td', {}, p.suppressed ? 'suppressed' : String(p.cases)),
      series.map(s => el('td', {}, text(cell.get(`${p.period}|${s.id}`))))))));
}

const downloads = { csv: ['text', 'text/csv', 'CSV downloaded (suppressed cells say "suppressed").'],
  svg: ['text', 'image/svg+xml', 'SVG chart downloaded.'], png: ['blob', 'image/png', 'PNG chart downloaded.'] };

async function download(format) {
  errors.replaceChildren();
  try {
    const [as, type, done] = downloads[format];
    const q = query(format);
    const body = await api(`/api/${kind()}s/trends?${q}`, { as });
    const link = el('a', { href: URL.createObjectURL(body instanceof Blob ? body : new Blob([body], { type })), download: `${kind()}-trends-${q.get('interval')}.${format}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    status.textContent = done;
  } catch (error) { showError(errors, error); }
}

function changed() {
  saveState(form, ['view', ...fields[view()]], { push: true });
  show();
}

initHeader();
restoreState(form);
saveState(form, ['view', ...fields[view()]], { push: false });
form.addEventListener('change', changed);
form.addEventListener('submit', event => { event.preventDefault(); changed(); });
for (const button of form.querySelectorAll('[data-format]')) button.addEventListener('click', () => download(button.dataset.format));
window.addEventListener('popstate', () => { restoreState(form); show(); });
window.addEventListener('casegraph:caller', show);
show();
