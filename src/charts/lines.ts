import type { clipPolyline } from './clip';
import type { Box, ChartLayout } from './layout';
import { markerPath, markerShapeFor } from './markers';
import { linePath } from './scale';
import { paletteColor } from './theme';
import { svgElement } from './svg';
import type { ChartData, ChartLine, ChartTheme } from './types';

type Point = ChartLine['points'][number];

const WIDTH = 1.75;
const FOCUS_WIDTH = 2.75;
const MARKER = 2.75;
const FOCUS_MARKER = 3.5;

/** One line as it is drawn: its paths (SVG path data), colour and widths. */
export interface LineShapes {
  readonly color: string;
  readonly width: number;
  /** The background-coloured outline under a focus line. */
  readonly casing: string | undefined;
  /** Before the first year the report speaks for: the model run back, dashed. */
  readonly backcast: string | undefined;
  readonly reported: string | undefined;
  readonly projected: string | undefined;
  readonly markers: string;
  readonly shape: ReturnType<typeof markerShapeFor>;
  readonly shown: readonly Point[];
}

/** The years a line is drawn over, and the first and last the report speaks for (solid between them, dashed outside). */
export type LineYears = Pick<ChartData, 'yearFrom' | 'yearTo' | 'reportedFrom' | 'reportedUntil'>;

/** A box to cut a line to, and the cutting (handed in by the canvas, so the SVG chart's first load does not carry it). */
export interface LineClip {
  readonly box: Box;
  readonly polyline: typeof clipPolyline;
}

/**
 * The paths of one line on a layout: the SVG chart and the canvas a drag draws on share them.
 * With `clip`, only what lies inside its box is drawn (a dragged line off the held axis).
 */
export function lineShapes(line: ChartLine, data: LineYears, layout: Pick<ChartLayout, 'x' | 'y'>, theme: ChartTheme, clip?: LineClip): LineShapes {
  const { x, y } = layout;
  const pixels = (points: readonly Point[]) => points.map((p): [number, number] => [x(p.year), Number.isFinite(p.value) ? y(p.value) : NaN]);
  const path = (points: readonly Point[]) => (clip ? clip.polyline(pixels(points), clip.box).map(linePath).join('') : linePath(pixels(points)));
  const points = line.points.filter((p) => p.year >= data.yearFrom && p.year <= data.yearTo);
  // Dashed before the first year the report speaks for and after the last, solid between; the parts
  // share their joining points, so the line has no gap.
  const from = data.reportedFrom ?? -Infinity;
  let start = 0;
  while (start < points.length - 1 && (points[start] as Point).year < from) start++;
  let split = -1;
  for (let i = 0; i < points.length; i++) if ((points[i] as Point).year <= data.reportedUntil) split = i;
  const backcast = start > 0 ? points.slice(0, start + 1) : [];
  const reported = split >= start ? points.slice(start, split + 1) : [];
  const projected = points.slice(Math.max(split, start));
  const shape = markerShapeFor(line.colorIndex);
  const r = line.focus ? FOCUS_MARKER : MARKER;
  const box = clip?.box;
  const inside = (p: Point) => !box || (x(p.year) >= box.x && x(p.year) <= box.x + box.width && y(p.value) >= box.y && y(p.value) <= box.y + box.height);
  const shown = points.filter((p) => Number.isFinite(p.value) && inside(p));
  return {
    color: paletteColor(theme, line.colorIndex),
    width: line.focus ? FOCUS_WIDTH : WIDTH,
    casing: line.focus ? path(points) || undefined : undefined,
    backcast: backcast.length > 1 ? path(backcast) : undefined,
    reported: reported.length > 1 ? path(reported) : undefined,
    projected: projected.length > 1 ? path(projected) : undefined,
    markers: shown.map((p) => markerPath(shape, x(p.year), y(p.value), r)).join(''),
    shape,
    shown,
  };
}

/** Dashes of the projected part of a line, for SVG and canvas alike. */
export const PROJECTED_DASH = [6, 5] as const;

/**
 * Each scenario as a line, solid while the report speaks for the years and dashed before and after;
 * the paths share their join points so the line has no gap. The focus scenario is drawn last, on top.
 */
export function drawLines(doc: Document, data: ChartData, layout: ChartLayout, theme: ChartTheme, parent: Element): void {
  const ordered = [...data.lines.filter((l) => !l.focus), ...data.lines.filter((l) => l.focus)];
  for (const line of ordered) drawLine(doc, line, data, layout, theme, parent);
}

/** One line as a group of paths: casing, back-cast, reported, projected, markers. */
function drawLine(doc: Document, line: ChartLine, data: ChartData, layout: ChartLayout, theme: ChartTheme, parent: Element): Element {
  const shapes = lineShapes(line, data, layout, theme);
  const { color, width } = shapes;
  const g = svgElement(doc, 'g', { class: line.focus ? 'chart-line chart-line--focus' : 'chart-line', 'data-line-id': line.id, stroke: color }, parent);
  const common = { fill: 'none', 'stroke-width': width, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' };
  // A background-coloured casing lifts the focus line off the lines it crosses.
  if (shapes.casing) svgElement(doc, 'path', { ...common, class: 'chart-line__casing', d: shapes.casing, stroke: theme.background, 'stroke-width': width + 3 }, g);
  if (shapes.backcast) svgElement(doc, 'path', { ...common, class: 'chart-line__backcast', d: shapes.backcast, 'stroke-dasharray': PROJECTED_DASH.join(' '), 'stroke-linecap': 'butt' }, g);
  if (shapes.reported) svgElement(doc, 'path', { ...common, class: 'chart-line__reported', d: shapes.reported }, g);
  if (shapes.projected) svgElement(doc, 'path', { ...common, class: 'chart-line__projected', d: shapes.projected, 'stroke-dasharray': PROJECTED_DASH.join(' '), 'stroke-linecap': 'butt' }, g);

  // All of a line's markers in one path, one subpath each (each starts at its centre, `M x,y`):
  // ten lines make ten nodes, not two hundred, for the browser to restyle, lay out and paint in
  // every frame of a drag. The years and values ride along, in order, for readers and tests.
  if (shapes.shown.length)
    svgElement(doc, 'path', {
      class: 'chart-line__points',
      d: shapes.markers,
      fill: color,
      stroke: theme.background,
      'stroke-width': 1,
      'data-shape': shapes.shape,
      'data-years': shapes.shown.map((p) => p.year).join(' '),
      'data-values': shapes.shown.map((p) => String(p.value)).join(' '),
    }, g);
  return g;
}
