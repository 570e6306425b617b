import { drawValueAxis, drawYearAxis } from './axes';
import { drawArrows } from './arrows';
import type { drawBand } from './band';
import { SWATCH, type TextLine } from './blocks';
import { FONT } from './fonts';
import { chartLayout, type ChartLayout } from './layout';
import { drawGuides } from './guides';
import { drawKey } from './key';
import { drawLines } from './lines';
import { drawMarks, drawTarget } from './marks';
import { markerPath } from './markers';
import { declareNamespace, svgElement, svgText } from './svg';
import { paletteColor } from './theme';
import type { ChartData, ChartSize, ChartTheme } from './types';

/**
 * The fan's drawing (./band, with d3-shape's area), handed in when ./band is loaded: by the code that makes fans
 * (the simulation's scheduler, the exports), so a page that never shows one never loads it.
 */
let bandDrawer: typeof drawBand | undefined;
export function withBands(draw: typeof drawBand): void {
  bandDrawer = draw;
}

// Ids must be unique in a page that shows several charts; a counter is enough and stays deterministic.
let serial = 0;

/**
 * The projection chart as a standalone SVG element, built with the `doc` handed in (the page's,
 * jsdom's or an export's) so the screen, the tests and the exported file draw the same nodes.
 */
export function renderProjectionChart(
  doc: Document,
  data: ChartData,
  size: ChartSize,
  theme: ChartTheme,
  // `layout` when the caller already has chartLayout(data, size), as the screen does for its hover.
  options: { readonly id?: string; readonly layout?: ChartLayout } = {},
): SVGSVGElement {
  const layout = options.layout ?? chartLayout(data, size);
  // A chart redrawn in place keeps its ids (the caller's), so its title and description stay put.
  const id = options.id ?? `projection-chart-${++serial}`;
  const { width, height } = size;

  const svg = svgElement(doc, 'svg', {
    class: 'projection-chart',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': `${id}-title`,
    'aria-describedby': `${id}-desc`,
    'font-family': theme.fontFamily,
    'data-theme': theme.name,
    style: 'font-variant-numeric: tabular-nums',
  });
  declareNamespace(svg);
  const title = svgElement(doc, 'title', { id: `${id}-title` }, svg);
  // An SVG image needs a name: an empty <title> leaves it without one (axe: svg-img-alt).
  title.textContent = data.title ? (data.subtitle ? `${data.title} — ${data.subtitle}` : data.title) : (data.name ?? data.description);
  const desc = svgElement(doc, 'desc', { id: `${id}-desc` }, svg);
  desc.textContent = data.description;

  svgElement(doc, 'rect', { class: 'chart-background', x: 0, y: 0, width, height, fill: theme.background }, svg);

  const header = svgElement(doc, 'g', { class: 'chart-header' }, svg);
  textBlock(doc, layout.header.title, { class: 'chart-title', 'font-size': FONT.title, 'font-weight': 600, fill: theme.text }, header);
  textBlock(doc, layout.header.subtitle, { class: 'chart-subtitle', 'font-size': FONT.subtitle, fill: theme.muted }, header);

  if (layout.legend.items.length) drawLegend(doc, layout.legend.items, theme, svg);

  drawValueAxis(doc, data, layout, theme, svg);
  drawYearAxis(doc, layout, data, theme, svg);
  bandDrawer?.(doc, data, layout, theme, svg);
  drawGuides(doc, data, layout, theme, svg);
  drawLines(doc, data, layout, theme, svgElement(doc, 'g', { class: 'chart-lines' }, svg));
  drawTarget(doc, data, layout, theme, svg);
  drawMarks(doc, data, layout, size, theme, svgElement(doc, 'g', { class: 'chart-marks' }, svg));
  drawArrows(doc, data, layout, theme, svg);
  drawKey(doc, layout.key, theme, svg);

  const footer = svgElement(doc, 'g', { class: 'chart-footer', 'font-size': FONT.footer, fill: theme.muted }, svg);
  textBlock(doc, layout.footer.note, { class: 'chart-note', fill: theme.text }, footer);
  textBlock(doc, layout.footer.source, { class: 'chart-source' }, footer);
  textBlock(doc, layout.footer.footnote, { class: 'chart-footnote' }, footer);
  return svg;
}

/** Wrapped lines as one text element, a tspan per line. */
function textBlock(doc: Document, lines: readonly TextLine[], attributes: Record<string, string | number>, parent: Element): void {
  if (!lines.length) return;
  const text = svgElement(doc, 'text', attributes, parent);
  for (const line of lines) svgElement(doc, 'tspan', { x: line.x, y: line.y }, text).textContent = line.text;
}

function drawLegend(doc: Document, items: ReturnType<typeof chartLayout>['legend']['items'], theme: ChartTheme, parent: Element): void {
  const g = svgElement(doc, 'g', { class: 'chart-legend', 'font-size': FONT.legend, fill: theme.text }, parent);
  for (const item of items) {
    const color = paletteColor(theme, item.line.colorIndex);
    const entry = svgElement(doc, 'g', { class: 'chart-legend__item', 'data-line-id': item.line.id }, g);
    const width = item.line.focus ? 2.75 : 1.75;
    svgElement(doc, 'line', { x1: item.x, y1: item.y, x2: item.x + SWATCH, y2: item.y, stroke: color, 'stroke-width': width, 'stroke-linecap': 'round' }, entry);
    svgElement(doc, 'path', { d: markerPath(item.shape, item.x + SWATCH / 2, item.y, 3.5), fill: color, stroke: theme.background, 'stroke-width': 1 }, entry);
    svgText(doc, item.name, { x: item.x + SWATCH + 6, y: item.y + FONT.legend * 0.35, 'font-weight': item.line.focus ? 600 : undefined }, entry);
  }
}
