// The neighbourhood of a case as a small radial SVG graph: its concepts and similar cases around it.
import { el, svg } from './dom.js';

export const groups = [
  { kind: 'condition', label: 'Condition', colour: '#b3261e' },
  { kind: 'medication', label: 'Medication', colour: '#0b57d0' },
  { kind: 'drug-class', label: 'Drug class', colour: '#6f42c1' },
  { kind: 'intervention', label: 'Intervention', colour: '#1e6b34' },
  { kind: 'case', label: 'Similar case', colour: '#8a4b00' },
];

const width = 600, height = 400, cx = width / 2, cy = height / 2, radius = 150, maxLabel = 18;

const short = text => text.length > maxLabel ? text.slice(0, maxLabel - 1) + '…' : text;

// nodes: [{ kind, label, href? }]; returns a figure with the SVG and a legend.
export function neighbourhood(centre, nodes) {
  const edges = [], dots = [];
  nodes.forEach((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / nodes.length;
    const x = cx + radius * Math.cos(angle), y = cy + radius * 0.85 * Math.sin(angle);
    const colour = groups.find(g => g.kind === node.kind)?.colour ?? '#4a5360';
    const left = Math.cos(angle) < -0.01, centred = Math.abs(Math.cos(angle)) <= 0.01;
    edges.push(svg('line', { x1: cx, y1: cy, x2: x, y2: y, stroke: '#9aa5b1', 'stroke-width': 1.5, 'stroke-dasharray': node.kind === 'case' ? '5 4' : 'none' }));
    const label = svg('text', { x: centred ? x : x + (left ? -11 : 11), y: centred ? y + (y < cy ? -12 : 22) : y + 4,
      'text-anchor': centred ? 'middle' : left ? 'end' : 'start', 'font-size': 14, fill: '#1b1f24' }, short(node.label));
    const group = svg('g', { class: `node node-${node.kind}` }, svg('title', {}, `${node.kind}: ${node.label}`),
      svg('circle', { cx: x, cy: y, r: 7, fill: colour }), label);
    dots.push(node.href ? svg('a', { href: node.href }, group) : group);
  });
  const centreNode = svg('g', { class: 'node node-centre' }, svg('circle', { cx, cy, r: 12, fill: '#102a43' }),
    svg('text', { x: cx, y: cy + 30, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 700, fill: '#102a43' }, centre));
  const drawing = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'graph', role: 'img',
    'aria-label': `${centre} and its ${nodes.length} neighbours: ${nodes.map(n => n.label).join(', ')}` }, edges, centreNode, dots);
  const present = groups.filter(g => nodes.some(n => n.kind === g.kind));
  return el('figure', {}, drawing, el('figcaption', {}, el('ul', { class: 'legend', 'aria-label': 'Legend' },
    present.map(g => el('li', {}, el('span', { class: 'swatch', style: `background:${g.colour}` }), g.label)))));
}
