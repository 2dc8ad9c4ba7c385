// A line chart of trend shares as inline SVG; suppressed cells are gaps, never drawn as numbers. With onPick, each
// shown point is a button that lists the cases behind it (suppressed cells have no point, so are never drillable).
import { svg } from './dom.js';

export const palette = ['#0b57d0', '#b3261e', '#1e6b34', '#8a4b00', '#6f42c1', '#00696b', '#a0146e', '#4a5360',
  '#3b6e00', '#7a3e00', '#1d3f8f', '#8c1d40', '#005a9c', '#5b3a29', '#2f4f4f'];

const width = 960, height = 380, left = 56, right = 40, top = 16, bottom = 48;
const percent = share => `${Math.round(share * 1000) / 10}%`;

export function trendChart({ series, periods, cells }, title, onPick = null) {
  const cell = new Map(cells.map(c => [`${c.period}|${c.series}`, c]));
  const highest = Math.max(0.1, ...cells.map(c => c.share ?? 0));
  const yMax = Math.ceil(highest * 10) / 10;
  const x = i => left + (periods.length < 2 ? (width - left - right) / 2 : (i * (width - left - right)) / (periods.length - 1));
  const y = share => top + (1 - share / yMax) * (height - top - bottom);
  const grid = [0, 0.25, 0.5, 0.75, 1].map(f => f * yMax).map(v => svg('g', {},
    svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: '#dde3ea' }),
    svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#4a5360' }, percent(v))));
  const step = Math.max(1, Math.ceil(periods.length / 12));
  const ticks = periods.map((p, i) => i % step === 0 ? svg('text', { x: x(i), y: height - bottom + 18, 'text-anchor': 'middle', 'font-size': 12, fill: '#4a5360' }, p.period) : null);
  const lines = series.map((s, n) => {
    const colour = palette[n % palette.length];
    let path = '', pen = false;
    const points = [];
    periods.forEach((p, i) => {
      const c = cell.get(`${p.period}|${s.id}`);
      if (!c || c.suppressed || c.share === null) { pen = false; return; }
      path += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(c.share).toFixed(1)}`;
      pen = true;
      const label = `${s.name}, ${p.period}: ${percent(c.share)} (${c.count} of ${p.cases} cases)`;
      const point = svg('circle', { cx: x(i), cy: y(c.share), r: onPick ? 5 : 3, fill: colour }, svg('title', {}, label));
      if (onPick && c.count > 0) drillable(point, `${label}: list the cases`, () => onPick(s, p));
      points.push(point);
    });
    return svg('g', { class: 'series', 'data-series': s.id }, svg('path', { d: path, fill: 'none', stroke: colour, 'stroke-width': 2 }), points);
  });
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': `${title}; the table below holds the same numbers` },
    grid, ticks, svg('text', { x: left, y: height - 8, 'font-size': 12, fill: '#4a5360' }, 'Share of the period\'s cases; gaps are suppressed cells'), lines);
}

function drillable(point, label, pick) {
  for (const [name, value] of Object.entries({ class: 'drillable', tabindex: 0, role: 'button', 'aria-label': label })) point.setAttribute(name, value);
  point.addEventListener('click', pick);
  point.addEventListener('keydown', event => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); pick(); } });
}
