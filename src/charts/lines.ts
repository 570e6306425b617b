import type { ChartLayout } from './layout';
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

/**
 * Each scenario as a line, solid while the report speaks for the years and dashed after; the two
 * paths share the join point so the line has no gap. The focus scenario is drawn last, on top.
 */
export function drawLines(doc: Document, data: ChartData, layout: ChartLayout, theme: ChartTheme, parent: Element): void {
  const { x, y } = layout;
  const path = (points: readonly Point[]) => linePath(points.map((p) => [x(p.year), Number.isFinite(p.value) ? y(p.value) : NaN]));
  const ordered = [...data.lines.filter((l) => !l.focus), ...data.lines.filter((l) => l.focus)];
  for (const line of ordered) {
    const color = paletteColor(theme, line.colorIndex);
    const width = line.focus ? FOCUS_WIDTH : WIDTH;
    const g = svgElement(doc, 'g', { class: line.focus ? 'chart-line chart-line--focus' : 'chart-line', 'data-line-id': line.id, stroke: color }, parent);
    const points = line.points.filter((p) => p.year >= data.yearFrom && p.year <= data.yearTo);
    let split = -1;
    for (let i = 0; i < points.length; i++) if ((points[i] as Point).year <= data.reportedUntil) split = i;
    const reported = points.slice(0, split + 1);
    const projected = points.slice(Math.max(0, split));
    const common = { fill: 'none', 'stroke-width': width, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' };
    if (line.focus) {
      // A background-coloured casing lifts the focus line off the lines it crosses.
      const casing = path(points);
      if (casing) svgElement(doc, 'path', { ...common, class: 'chart-line__casing', d: casing, stroke: theme.background, 'stroke-width': width + 3 }, g);
    }
    if (reported.length > 1) svgElement(doc, 'path', { ...common, class: 'chart-line__reported', d: path(reported) }, g);
    if (projected.length > 1) svgElement(doc, 'path', { ...common, class: 'chart-line__projected', d: path(projected), 'stroke-dasharray': '6 5', 'stroke-linecap': 'butt' }, g);

    const shape = markerShapeFor(line.colorIndex);
    const r = line.focus ? FOCUS_MARKER : MARKER;
    // All of a line's markers in one path, one subpath each (each starts at its centre, `M x,y`):
    // ten lines make ten nodes, not two hundred, for the browser to restyle, lay out and paint in
    // every frame of a drag. The years and values ride along, in order, for readers and tests.
    const shown = points.filter((p) => Number.isFinite(p.value));
    if (shown.length) svgElement(doc, 'path', {
      class: 'chart-line__points',
      d: shown.map((p) => markerPath(shape, x(p.year), y(p.value), r)).join(''),
      fill: color,
      stroke: theme.background,
      'stroke-width': 1,
      'data-shape': shape,
      'data-years': shown.map((p) => p.year).join(' '),
      'data-values': shown.map((p) => String(p.value)).join(' '),
    }, g);
  }
}
