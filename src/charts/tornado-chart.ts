import { FONT } from './fonts';
import { linearScale, logScale, type Scale } from './scale';
import { declareNamespace, haloText, svgElement, svgText } from './svg';
import { textWidth, truncateText } from './text';
import { paletteColor } from './theme';
import type { ChartSize, ChartTheme } from './types';

/** One uncertain parameter: the output when it sits at the low end of its range, and at the high end. */
export interface TornadoChartBar {
  readonly id: string;
  readonly label: string;
  readonly low: number;
  readonly high: number;
}

export interface TornadoData {
  /** Largest swing first; drawn in the order given. */
  readonly bars: readonly TornadoChartBar[];
  /** The output with every parameter at its value in force. */
  readonly base: number;
  readonly baseLabel: string;
  /** Legend words for the two ends of a range ("at the low end", "at the high end"). */
  readonly lowLegend: string;
  readonly highLegend: string;
  /** Said beside a parameter that does not move the output in this year (a market anchor after the last one, say). */
  readonly noEffect: string;
  readonly colorIndex: number;
  readonly scale: 'linear' | 'log';
  readonly formatValue: (value: number) => string;
  readonly description: string;
}

const ROW = 26;
const BAR = 14;
const PAD = 8;
const HEAD = 40;

/** The height that fits `bars` rows, so a caller can size the box before drawing. */
export const tornadoHeight = (bars: number): number => HEAD + Math.max(1, bars) * ROW + PAD;

export interface TornadoLayout {
  readonly x: Scale;
  readonly labelRight: number;
  readonly rows: readonly { readonly bar: TornadoChartBar; readonly y: number }[];
  readonly plot: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };
}

/** Where the bars go: labels in a left column, then value labels either side of a common value axis. */
export function tornadoLayout(data: TornadoData, size: ChartSize): TornadoLayout {
  const labelWidth = Math.min(size.width * 0.38, Math.max(40, ...data.bars.map((b) => textWidth(b.label, FONT.label))));
  const labelRight = PAD + labelWidth;
  const ends = data.bars.flatMap((b) => [b.low, b.high]);
  const values = [data.base, ...ends].filter((v) => Number.isFinite(v) && (data.scale === 'linear' || v > 0));
  const endWidth = Math.max(24, ...ends.map((v) => textWidth(data.formatValue(v), FONT.tick))) + 8;
  const x0 = labelRight + 10 + endWidth;
  const x1 = Math.max(x0 + 40, size.width - PAD - endWidth);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span: [number, number] = lo === hi ? [lo * 0.9 || -1, hi * 1.1 || 1] : [lo, hi];
  const x = data.scale === 'log' && lo > 0 ? logScale(span, [x0, x1]) : linearScale(span, [x0, x1]);
  const rows = data.bars.map((bar, i) => ({ bar, y: HEAD + i * ROW + ROW / 2 }));
  return { x, labelRight, rows, plot: { x0, x1, y0: HEAD - 6, y1: HEAD + data.bars.length * ROW } };
}

/**
 * A tornado chart as a standalone SVG: one horizontal bar a parameter, from the output at the low end
 * of its range to the output at its high end, around a rule at the base value; largest swing on top.
 */
export function renderTornadoChart(doc: Document, data: TornadoData, size: ChartSize, theme: ChartTheme): SVGSVGElement {
  const { width, height } = size;
  const layout = tornadoLayout(data, size);
  const { x, plot } = layout;
  const color = paletteColor(theme, data.colorIndex);
  const svg = svgElement(doc, 'svg', {
    class: 'tornado-chart',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': data.description,
    'font-family': theme.fontFamily,
    'data-theme': theme.name,
    style: 'font-variant-numeric: tabular-nums',
  });
  declareNamespace(svg);
  svgElement(doc, 'rect', { class: 'chart-background', x: 0, y: 0, width, height, fill: theme.background }, svg);

  // Legend: which shade is which end of a range.
  const legend = svgElement(doc, 'g', { class: 'tornado-legend', 'font-size': FONT.tick, fill: theme.muted }, svg);
  let lx = plot.x0;
  for (const [label, opacity] of [
    [data.lowLegend, 0.45],
    [data.highLegend, 1],
  ] as const) {
    svgElement(doc, 'rect', { x: lx, y: 6, width: 10, height: 10, rx: 2, fill: color, 'fill-opacity': opacity }, legend);
    svgText(doc, label, { x: lx + 14, y: 15 }, legend);
    lx += 14 + textWidth(label, FONT.tick) + 16;
  }

  const bx = x(data.base);
  const rows = svgElement(doc, 'g', { class: 'tornado-bars' }, svg);
  for (const { bar, y } of layout.rows) {
    const g = svgElement(doc, 'g', { class: 'tornado-bar', 'data-param': bar.id }, rows);
    svgText(
      doc,
      truncateText(bar.label, FONT.label, layout.labelRight - PAD),
      { class: 'tornado-bar__label', x: layout.labelRight, y: y + FONT.label * 0.35, 'text-anchor': 'end', 'font-size': FONT.label, fill: theme.text },
      g,
    );
    // Value labels sit outside the bar's ends, so they never cover it.
    const left = Math.min(bar.low, bar.high, data.base);
    const right = Math.max(bar.low, bar.high, data.base);
    const text = { 'font-size': FONT.tick, fill: theme.muted };
    if (Math.abs(bar.high - bar.low) <= 1e-9 * Math.abs(data.base)) {
      haloText(doc, data.noEffect, { class: 'tornado-bar__none', x: bx + 6, y: y + FONT.tick * 0.35, ...text }, theme.background, g);
      continue;
    }
    for (const [end, opacity] of [
      ['low', 0.45],
      ['high', 1],
    ] as const) {
      const value = bar[end];
      if (!Number.isFinite(value)) continue;
      const vx = x(value);
      svgElement(
        doc,
        'rect',
        { class: `tornado-bar__${end}`, x: Math.min(vx, bx), y: y - BAR / 2, width: Math.max(1, Math.abs(vx - bx)), height: BAR, fill: color, 'fill-opacity': opacity, 'data-value': String(value) },
        g,
      );
    }
    haloText(doc, data.formatValue(Math.min(bar.low, bar.high)), { class: 'tornado-bar__min', x: x(left) - 5, y: y + FONT.tick * 0.35, 'text-anchor': 'end', ...text }, theme.background, g);
    haloText(doc, data.formatValue(Math.max(bar.low, bar.high)), { class: 'tornado-bar__max', x: x(right) + 5, y: y + FONT.tick * 0.35, ...text }, theme.background, g);
  }

  const rule = svgElement(doc, 'g', { class: 'tornado-base' }, svg);
  svgElement(doc, 'path', { d: `M${Math.round(bx) + 0.5},${plot.y0}V${plot.y1}`, stroke: theme.text, 'stroke-width': 1, 'shape-rendering': 'crispEdges' }, rule);
  haloText(doc, data.baseLabel, { x: bx, y: plot.y0 - 4, 'text-anchor': 'middle', 'font-size': FONT.tick, fill: theme.text }, theme.background, rule);
  return svg;
}
