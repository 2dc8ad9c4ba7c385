// Trends page: topic shares over time as a chart and a table, with interval and filter controls, and CSV download.
import { api, showError } from './api.js';
import { initHeader } from './header.js';
import { trendChart, palette } from './chart.js';
import { el } from './dom.js';

const form = document.getElementById('trend-form');
const status = document.getElementById('trend-status');
const errors = document.getElementById('errors');
const topicSelect = document.getElementById('topic');

function query(format) {
  const q = new URLSearchParams({ format });
  for (const [name, value] of new FormData(form)) if (value) q.set(name, value);
  return q;
}

async function draw() {
  errors.replaceChildren();
  status.textContent = 'Loading…';
  try {
    const table = await api(`/api/topics/trends?${query('json')}`);
    if (topicSelect.options.length === 1) topicSelect.append(...table.series.map(s => el('option', { value: s.id }, s.name)));
    const suppressed = table.cells.filter(c => c.suppressed).length;
    status.textContent = `${table.periods.length} ${table.interval}s, ${table.series.length} topic${table.series.length === 1 ? '' : 's'}; ${suppressed} of ${table.cells.length} cells suppressed${table.rounding ? `; counts rounded to a multiple of ${table.rounding.base}` : ''}.`;
    document.getElementById('chart').replaceChildren(trendChart(table, 'Topic shares over time'));
    document.getElementById('legend').replaceChildren(...table.series.map((s, n) =>
      el('li', {}, el('span', { class: 'swatch', style: `background:${palette[n % palette.length]}` }), s.name)));
    document.getElementById('table').replaceChildren(dataTable(table));
  } catch (error) { status.textContent = ''; showError(errors, error); }
}

function dataTable({ series, periods, cells }) {
  const cell = new Map(cells.map(c => [`${c.period}|${c.series}`, c]));
  const text = c => !c || c.suppressed ? 'suppressed' : `${Math.round(c.share * 1000) / 10}% (${c.count})`;
  return el('table', {}, el('caption', { class: 'hint' }, 'Share (count) per period; suppressed cells are withheld'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Period'), el('th', { scope: 'col' }, 'Cases'), series.map(s => el('th', { scope: 'col' }, s.name)))),
    el('tbody', {}, periods.map(p => el('tr', {}, el('th', { scope: 'row' }, p.period), el('td', {}, p.suppressed ? 'suppressed' : String(p.cases)),
      series.map(s => el('td', {}, text(cell.get(`${p.period}|${s.id}`))))))));
}

async function download() {
  errors.replaceChildren();
  try {
    const q = query('csv');
    const csv = await api(`/api/topics/trends?${q}`, { as: 'text' });
    const link = el('a', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv' })), download: `topic-trends-${q.get('interval')}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    status.textContent = 'CSV downloaded (suppressed cells say "suppressed").';
  } catch (error) { showError(errors, error); }
}

initHeader();
form.addEventListener('change', draw);
form.addEventListener('submit', event => { event.preventDefault(); draw(); });
document.getElementById('download').addEventListener('click', download);
draw();
