import { area } from 'd3-shape';
import type { ChartLayout } from './layout';
import { withBands } from './projection-chart';
import { linePath } from './scale';
import { svgElement } from './svg';
import { paletteColor } from './theme';
import type { BandPoint, ChartData, ChartTheme } from './types';

// Tints of the focus colour, stronger on the dark panel where a thin fill disappears.
const OPACITY = { light: { outer: 0.13, inner: 0.22 }, dark: { outer: 0.16, inner: 0.28 } } as const;

/** A closed area between two percentile curves: along the upper edge left to right, back along the lower. */
export function bandArea(points: readonly BandPoint[], layout: ChartLayout, lower: (p: BandPoint) => number, upper: (p: BandPoint) => number): string {
  const { x, y } = layout;
  const finite = points.filter((p) => Number.isFinite(lower(p)) && Number.isFinite(upper(p)));
  if (finite.length < 2) return '';
  // d3-shape's area: along y1 (the upper curve) left to right, back along y0 (the lower), closed.
  const shape = area<BandPoint>()
    .x((p) => x(p.year))
    .y0((p) => y(lower(p)))
    .y1((p) => y(upper(p)))
    .digits(2);
  return shape(finite) ?? '';
}

/**
 * The fan of the scenario in focus, under the lines: the 90% band (5th to 95th percentile) in a light
 * tint, the 50% band (25th to 75th) darker, and the median as a thin line of the same colour.
 */
export function drawBand(doc: Document, data: ChartData, layout: ChartLayout, theme: ChartTheme, parent: Element): void {
  const band = data.band;
  if (!band) return;
  const points = band.points.filter((p) => p.year >= data.yearFrom && p.year <= data.yearTo);
  if (points.length < 2) return;
  const color = paletteColor(theme, band.colorIndex);
  const tint = OPACITY[theme.name];
  const g = svgElement(doc, 'g', { class: 'chart-band', 'data-band': '', fill: color, stroke: 'none' }, parent);
  svgElement(doc, 'path', { class: 'chart-band__outer', d: bandArea(points, layout, (p) => p.p5, (p) => p.p95), 'fill-opacity': tint.outer }, g);
  svgElement(doc, 'path', { class: 'chart-band__inner', d: bandArea(points, layout, (p) => p.p25, (p) => p.p75), 'fill-opacity': tint.inner }, g);
  const median = linePath(points.map((p) => [layout.x(p.year), Number.isFinite(p.p50) ? layout.y(p.p50) : NaN]));
  svgElement(
    doc,
    'path',
    { class: 'chart-band__median', d: median, fill: 'none', stroke: color, 'stroke-width': 1.25, 'stroke-dasharray': '1 3', 'stroke-linecap': 'round' },
    g,
  );
}

// Loaded only where fans are made: from here on, every chart drawn with one draws its fan.
withBands(drawBand);
