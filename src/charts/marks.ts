import { FONT } from './fonts';
import type { ChartLayout } from './layout';
import { haloText, px, svgElement } from './svg';
import { textWidth } from './text';
import type { ChartData, ChartMark, ChartSize, ChartTheme } from './types';

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Placement = 'above' | 'below' | 'left' | 'right' | 'above-left' | 'above-right' | 'below-left' | 'below-right';

// Where a label goes first: clear of the caret on a bound, beside the glyph otherwise.
const PREFERENCE: Record<Exclude<ChartMark['kind'], 'statement'>, readonly Placement[]> = {
  point: ['left', 'right', 'above-left', 'below-right', 'above', 'below'],
  approximate: ['left', 'right', 'above-left', 'below-right', 'above', 'below'],
  conditional: ['left', 'right', 'above-left', 'below-right', 'above', 'below'],
  'upper-bound': ['above', 'above-left', 'above-right', 'left', 'right', 'below'],
  'lower-bound': ['below', 'below-right', 'below-left', 'right', 'left', 'above'],
  range: ['right', 'left', 'above', 'below', 'above-right', 'below-left'],
};

const DOT = 4.5;
const RING = 5.5;
const BAR = 8;
const CARET = 10;

/** Draws the report's figures as what they are, each with its label placed clear of the others. */
export function drawMarks(doc: Document, data: ChartData, layout: ChartLayout, size: ChartSize, theme: ChartTheme, parent: Element): void {
  const drawn: { mark: ChartMark; group: SVGGElement; glyph: Rect; cy: number }[] = [];
  for (const mark of data.marks) {
    const group = svgElement(doc, 'g', { class: `chart-mark chart-mark--${mark.kind}`, 'data-mark-id': mark.figureId, 'data-kind': mark.kind });
    const drawnMark = drawGlyph(doc, mark, data, layout, theme, group);
    // A figure the value axis cannot hold (Infinity, past 1e300) has no place on the chart.
    if (!drawnMark || ![drawnMark.cy, ...Object.values(drawnMark.glyph)].every(Number.isFinite)) continue;
    encase(group, theme.background);
    parent.appendChild(group);
    drawn.push({ mark, group, ...drawnMark });
  }

  // Labels are placed after every glyph is known, so none is written over another mark.
  const taken: Rect[] = drawn.map((d) => d.glyph);
  const bounds: Rect = { x0: layout.plot.x - 2, y0: layout.plot.y - 8, x1: size.width - 4, y1: layout.plot.y + layout.plot.height };
  const polylines = drawn.length ? linePixels(data, layout) : [];
  for (const { mark, group, glyph, cy } of drawn) {
    const text = labelText(mark);
    if (!text) continue;
    const kind = mark.kind === 'statement' ? 'point' : mark.kind;
    const spot = placeLabel(text, glyph, cy, PREFERENCE[kind], taken, polylines, bounds);
    taken.push(spot.box);
    haloText(doc, text, {
      class: 'chart-mark__label',
      x: spot.x,
      y: spot.y,
      'text-anchor': spot.anchor,
      'font-size': FONT.label,
      'font-weight': 600,
      fill: theme.text,
    }, theme.background, group);
  }
}

/** A background-coloured outline under each glyph part, so a mark reads clearly where it sits on a line. */
function encase(group: SVGGElement, background: string): void {
  for (const part of Array.from(group.children)) {
    if (part.classList.contains('chart-mark__band')) continue;
    const casing = part.cloneNode() as SVGElement;
    const width = Number(part.getAttribute('stroke-width') ?? 0);
    casing.setAttribute('class', 'chart-mark__casing');
    casing.setAttribute('stroke', background);
    casing.setAttribute('stroke-width', String(width + 3));
    casing.setAttribute('stroke-linejoin', 'round');
    casing.removeAttribute('stroke-dasharray');
    casing.removeAttribute('stroke-opacity');
    casing.removeAttribute('data-direction');
    if (casing.getAttribute('fill') !== 'none') casing.setAttribute('fill', background);
    group.insertBefore(casing, group.firstChild);
  }
}

function labelText(mark: ChartMark): string {
  if (mark.kind === 'approximate' && mark.label && !/^[≈~约]/.test(mark.label)) return `≈${mark.label}`;
  return mark.label;
}

/** The glyph of one mark; undefined when the mark is a statement, lacks its numbers or lies outside the years shown. */
function drawGlyph(doc: Document, mark: ChartMark, data: ChartData, layout: ChartLayout, theme: ChartTheme, g: SVGGElement): { glyph: Rect; cy: number } | undefined {
  if (mark.kind === 'statement') return undefined;
  const first = mark.years[0];
  const last = mark.years[1] ?? first;
  if (last < data.yearFrom || first > data.yearTo) return undefined;
  const x0 = layout.x(Math.max(first, data.yearFrom));
  const x1 = layout.x(Math.min(last, data.yearTo));
  const cx = (x0 + x1) / 2;
  const ink = theme.markFill;

  if (mark.kind === 'range') {
    if (mark.low === undefined || mark.high === undefined) return undefined;
    const yHigh = layout.y(Math.max(mark.low, mark.high));
    const yLow = layout.y(Math.min(mark.low, mark.high));
    if (x1 - x0 >= 4) {
      svgElement(doc, 'rect', { class: 'chart-mark__band', x: x0, y: yHigh, width: x1 - x0, height: Math.max(1, yLow - yHigh), fill: ink, 'fill-opacity': 0.12, stroke: ink, 'stroke-opacity': 0.5, 'stroke-width': 1 }, g);
      return { glyph: { x0, y0: yHigh, x1, y1: yLow }, cy: (yHigh + yLow) / 2 };
    }
    const cap = 4;
    const d = `M${px(cx - cap)},${px(yHigh)}H${px(cx + cap)}M${px(cx)},${px(yHigh)}V${px(yLow)}M${px(cx - cap)},${px(yLow)}H${px(cx + cap)}`;
    svgElement(doc, 'path', { class: 'chart-mark__range', d, fill: 'none', stroke: ink, 'stroke-width': 2, 'stroke-linecap': 'round' }, g);
    return { glyph: { x0: cx - cap - 1, y0: yHigh - 1, x1: cx + cap + 1, y1: yLow + 1 }, cy: (yHigh + yLow) / 2 };
  }

  if (mark.value === undefined) return undefined;
  const cy = layout.y(mark.value);
  const span: Rect = { x0: Math.min(x0, cx), y0: cy, x1: Math.max(x1, cx), y1: cy };
  if (x1 - x0 >= 4) {
    svgElement(doc, 'line', {
      class: 'chart-mark__span', x1: x0, y1: cy, x2: x1, y2: cy, stroke: ink, 'stroke-width': 1.5, 'stroke-opacity': 0.7, 'stroke-linecap': 'round',
      'stroke-dasharray': mark.kind === 'conditional' ? '0.01 3.5' : undefined,
    }, g);
  }

  const glyph = (r: Rect): { glyph: Rect; cy: number } => ({
    glyph: { x0: Math.min(r.x0, span.x0), y0: Math.min(r.y0, span.y0), x1: Math.max(r.x1, span.x1), y1: Math.max(r.y1, span.y1) },
    cy,
  });
  const around = (r: number) => glyph({ x0: cx - r - 1, y0: cy - r - 1, x1: cx + r + 1, y1: cy + r + 1 });

  switch (mark.kind) {
    case 'point':
      svgElement(doc, 'circle', { class: 'chart-mark__dot', cx, cy, r: DOT, fill: ink, stroke: theme.background, 'stroke-width': 1.5 }, g);
      return around(DOT);
    case 'approximate':
      svgElement(doc, 'circle', { class: 'chart-mark__ring', cx, cy, r: RING, fill: 'none', stroke: ink, 'stroke-width': 1.75 }, g);
      return around(RING);
    case 'conditional':
      // Round caps on near-zero dashes draw a ring of dots: a figure that holds only if its condition does.
      svgElement(doc, 'circle', { class: 'chart-mark__ring chart-mark__ring--dotted', cx, cy, r: RING, fill: 'none', stroke: ink, 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-dasharray': '0.01 3.2' }, g);
      return around(RING);
    case 'upper-bound':
    case 'lower-bound': {
      // A ceiling has its caret below the bar (the value is at most this), a floor above it.
      const down = mark.kind === 'upper-bound';
      const dir = down ? 1 : -1;
      svgElement(doc, 'line', { class: 'chart-mark__bar', x1: cx - BAR, y1: cy, x2: cx + BAR, y2: cy, stroke: ink, 'stroke-width': 2.25, 'stroke-linecap': 'round' }, g);
      const d = `M${px(cx - 4.5)},${px(cy + dir * 3.5)}L${px(cx + 4.5)},${px(cy + dir * 3.5)}L${px(cx)},${px(cy + dir * CARET)}Z`;
      svgElement(doc, 'path', { class: `chart-mark__caret chart-mark__caret--${down ? 'down' : 'up'}`, 'data-direction': down ? 'down' : 'up', d, fill: ink }, g);
      return glyph({ x0: cx - BAR - 1, y0: down ? cy - 2 : cy - CARET - 1, x1: cx + BAR + 1, y1: down ? cy + CARET + 1 : cy + 2 });
    }
  }
}

/** The first preferred spot that is free and inside the chart, else the least crowded one. */
function placeLabel(text: string, glyph: Rect, cy: number, preference: readonly Placement[], taken: readonly Rect[], polylines: readonly Float64Array[], bounds: Rect) {
  const w = textWidth(text, FONT.label);
  const ascent = FONT.label * 0.8;
  const descent = FONT.label * 0.25;
  const midX = (glyph.x0 + glyph.x1) / 2;
  let best: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; box: Rect } | undefined;
  let bestScore = Infinity;
  for (const placement of preference) {
    let x: number;
    let y: number;
    let anchor: 'start' | 'middle' | 'end';
    switch (placement) {
      case 'above': [x, y, anchor] = [midX, glyph.y0 - 4 - descent, 'middle']; break;
      case 'below': [x, y, anchor] = [midX, glyph.y1 + 3 + ascent, 'middle']; break;
      case 'left': [x, y, anchor] = [glyph.x0 - 4, cy + FONT.label * 0.35, 'end']; break;
      case 'right': [x, y, anchor] = [glyph.x1 + 4, cy + FONT.label * 0.35, 'start']; break;
      case 'above-left': [x, y, anchor] = [glyph.x0, glyph.y0 - 2 - descent, 'end']; break;
      case 'above-right': [x, y, anchor] = [glyph.x1, glyph.y0 - 2 - descent, 'start']; break;
      case 'below-left': [x, y, anchor] = [glyph.x0, glyph.y1 + 2 + ascent, 'end']; break;
      case 'below-right': [x, y, anchor] = [glyph.x1, glyph.y1 + 2 + ascent, 'start']; break;
    }
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    const box: Rect = { x0: left, y0: y - ascent, x1: left + w, y1: y + descent };
    // A label over another label or glyph is unreadable; over a line it only needs its halo.
    const score = taken.reduce((sum, r) => sum + overlap(box, r), 0) + outside(box, bounds) * 4 + crossings(box, polylines) * 40;
    if (score === 0) return { x, y, anchor, box };
    if (score < bestScore || !best) [best, bestScore] = [{ x, y, anchor, box }, score];
  }
  return best!;
}

/** Each line's points in pixels, as x0,y0,x1,y1,… in year order. */
function linePixels(data: ChartData, layout: ChartLayout): Float64Array[] {
  return data.lines.map((line) => {
    const points = line.points.filter((p) => p.year >= data.yearFrom && p.year <= data.yearTo && Number.isFinite(p.value));
    const xy = new Float64Array(points.length * 2);
    points.forEach((p, i) => {
      xy[2 * i] = layout.x(p.year);
      xy[2 * i + 1] = layout.y(p.value);
    });
    return xy;
  });
}

/** How many lines pass through the box (lines run left to right, so each segment is clipped to the box's x span). */
function crossings(box: Rect, polylines: readonly Float64Array[]): number {
  let count = 0;
  for (const xy of polylines) {
    for (let i = 0; i + 3 < xy.length; i += 2) {
      const [ax, ay, bx, by] = [xy[i]!, xy[i + 1]!, xy[i + 2]!, xy[i + 3]!];
      const left = Math.max(ax, box.x0);
      const right = Math.min(bx, box.x1);
      if (left > right) continue;
      const at = (x: number) => (bx === ax ? ay : ay + ((by - ay) * (x - ax)) / (bx - ax));
      const [ya, yb] = [at(left), at(right)];
      if (Math.max(ya, yb) >= box.y0 && Math.min(ya, yb) <= box.y1) {
        count += 1;
        break;
      }
    }
  }
  return count;
}

function overlap(a: Rect, b: Rect): number {
  const gap = 2;
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) + gap;
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) + gap;
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(a: Rect, bounds: Rect): number {
  const w = a.x1 - a.x0;
  const h = a.y1 - a.y0;
  const inside = Math.max(0, Math.min(a.x1, bounds.x1) - Math.max(a.x0, bounds.x0)) * Math.max(0, Math.min(a.y1, bounds.y1) - Math.max(a.y0, bounds.y0));
  return w * h - inside;
}

/** A goal-seek target: a rule across the plot at its value, a crosshair at its year, its label at the left. */
export function drawTarget(doc: Document, data: ChartData, layout: ChartLayout, theme: ChartTheme, parent: Element): void {
  const target = data.target;
  if (!target || !Number.isFinite(target.value)) return;
  const g = svgElement(doc, 'g', { class: 'chart-target', 'data-value': String(target.value), 'data-year': String(target.year) }, parent);
  const y = layout.y(target.value);
  const right = layout.plot.x + layout.plot.width;
  svgElement(doc, 'line', { class: 'chart-target__rule', x1: layout.plot.x, y1: y, x2: right, y2: y, stroke: theme.muted, 'stroke-width': 1, 'stroke-dasharray': '4 3' }, g);
  if (target.year >= data.yearFrom && target.year <= data.yearTo) {
    const x = layout.x(target.year);
    const d = `M${px(x - 9)},${px(y)}H${px(x + 9)}M${px(x)},${px(y - 9)}V${px(y + 9)}`;
    svgElement(doc, 'circle', { class: 'chart-target__ring', cx: x, cy: y, r: 6, fill: 'none', stroke: theme.text, 'stroke-width': 1.5 }, g);
    svgElement(doc, 'path', { class: 'chart-target__cross', d, stroke: theme.text, 'stroke-width': 1 }, g);
  }
  // Growth lines start low, so the rule's left end is usually the clear one.
  haloText(doc, target.label, { class: 'chart-target__label', x: layout.plot.x + 4, y: y - 5, 'font-size': FONT.label, fill: theme.muted }, theme.background, g);
}
