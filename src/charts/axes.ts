import { FONT } from './fonts';
import type { ChartLayout } from './layout';
import { svgElement, svgText } from './svg';
import type { ChartData, ChartTheme } from './types';

/** Horizontal gridlines with their value labels, and the unit above them. */
export function drawValueAxis(doc: Document, data: ChartData, layout: ChartLayout, theme: ChartTheme, parent: Element): void {
  const { plot } = layout;
  const g = svgElement(doc, 'g', { class: 'chart-y-axis', 'font-size': FONT.tick, fill: theme.muted }, parent);
  let grid = '';
  for (const tick of layout.yTicks) grid += `M${plot.x},${Math.round(tick.y) + 0.5}H${plot.x + plot.width}`;
  svgElement(doc, 'path', { class: 'chart-grid', d: grid, stroke: theme.grid, 'stroke-width': 1, fill: 'none', 'shape-rendering': 'crispEdges' }, g);
  for (const tick of layout.yTicks) {
    svgText(doc, tick.label, { class: 'chart-y-tick', x: plot.x - 8, y: tick.y + FONT.tick * 0.35, 'text-anchor': 'end', 'data-value': String(tick.value) }, g);
  }
  if (data.unitLabel) {
    svgText(doc, data.unitLabel, { class: 'chart-unit', x: layout.header.title[0]?.x ?? 0, y: plot.y - 14 }, g);
  }
}

/** The baseline with a tick at every year and a label at every step that leaves room for it. */
export function drawYearAxis(doc: Document, layout: ChartLayout, data: ChartData, theme: ChartTheme, parent: Element): void {
  const { plot, x } = layout;
  const base = Math.round(plot.y + plot.height) + 0.5;
  const g = svgElement(doc, 'g', { class: 'chart-x-axis', 'font-size': FONT.tick, fill: theme.muted }, parent);
  let d = `M${plot.x},${base}H${plot.x + plot.width}`;
  const labelled = new Set(layout.xTicks.map((t) => t.year));
  const spacing = Math.abs(x(data.yearFrom + 1) - x(data.yearFrom));
  for (let year = Math.ceil(data.yearFrom); year <= data.yearTo; year++) {
    if (labelled.has(year) || spacing >= 6) d += `M${Math.round(x(year)) + 0.5},${base}v${labelled.has(year) ? 5 : 3}`;
  }
  svgElement(doc, 'path', { class: 'chart-axis', d, stroke: theme.axis, 'stroke-width': 1, fill: 'none', 'shape-rendering': 'crispEdges' }, g);
  for (const tick of layout.xTicks) {
    // String(year), not a number format: a year never gets a thousands separator.
    svgText(doc, String(tick.year), { class: 'chart-x-tick', x: tick.x, y: base + 7 + FONT.tick * 0.8, 'text-anchor': 'middle', 'data-year': String(tick.year) }, g);
  }
}
