import { extent } from 'd3-array';
import { chartHeader, chartFooter, chartLegend, type FooterLayout, type HeaderLayout, type LegendLayout } from './blocks';
import { FONT, LEADING } from './fonts';
import { chartKey, type KeyLayout } from './key';
import { linearScale, logTicks, niceLinear, niceLog, valueScale, type Scale } from './scale';
import { textWidth, wrapText } from './text';
import type { ChartData, ChartSize } from './types';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A value-to-pixel function that also tells its domain, so callers can check or invert it. */
export interface YScale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  invert(pixel: number): number;
}

export interface YTick {
  readonly value: number;
  readonly y: number;
  readonly label: string;
}

export interface XTick {
  readonly year: number;
  readonly x: number;
}

export interface ChartLayout {
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  readonly plot: Box;
  /** Year to pixel; `x.invert` maps a pointer position back to a (fractional) year. */
  readonly x: Scale;
  /** Value to pixel, linear or log; on a log scale values ≤ 0 sit on the axis floor. */
  readonly y: YScale;
  readonly scale: 'linear' | 'log';
  readonly yTicks: readonly YTick[];
  readonly xTicks: readonly XTick[];
  readonly header: HeaderLayout;
  readonly legend: LegendLayout;
  readonly footer: FooterLayout;
  /** The key to line styles and markers, between the year labels and the footer. */
  readonly key: KeyLayout;
}

/** Outer padding: generous on an export, tighter on a phone. */
export function chartPadding(size: ChartSize): number {
  return Math.round(Math.min(24, Math.max(12, size.width * 0.025)));
}

/** Where everything goes, computed from the data and the size alone (text measured by its characters, text.ts). */
export function chartLayout(data: ChartData, size: ChartSize): ChartLayout {
  const pad = chartPadding(size);
  const innerWidth = Math.max(40, size.width - 2 * pad);
  const header = chartHeader(data, pad, innerWidth);
  // The legend takes at most an eighth of the height (two rows at least).
  const legend = chartLegend(data, pad, header.bottom, innerWidth, Math.max(2, Math.floor((size.height * 0.13) / LEADING.legend)));
  // The unit label sits on its own row above the top gridline's tick label.
  const top = legend.bottom + FONT.tick + 20;
  // The year labels under the plot; the plot keeps at least half the height (35% when the footer's least needs
  // it), the footer takes what is left.
  const yearRow = FONT.tick + 14;
  // The key sits between the year labels and the footer, measured, in at most a fifth of the height (two rows at least);
  // it takes the footer's room first, the plot's only when the footer has none left.
  const keyRows = Math.max(2, Math.floor(size.height / 5 / LEADING.footer));
  const key = chartKey(data, pad, innerWidth, 0, keyRows);
  // The footer's least: the note (the user's own words), the source and the first line of the assumptions with the
  // count of those left out, taken from the plot's half where a crowded legend leaves no room, down to 35% of the height.
  const least = (text: string | undefined) => (text ? wrapText(text, FONT.footer, innerWidth).length : 0);
  // (The first line is the exchange rate where money is converted; a count of the rest goes under it.)
  const footnoteLeast = !data.footnote ? 0 : data.footnote.includes('\n') && data.footnoteMore ? 1 + least(data.footnoteMore(99)) : 1;
  const leastRoom = (least(data.note) + least(data.sourceLine) + footnoteLeast) * LEADING.footer + pad + 6;
  const room = size.height - top - yearRow - key.height;
  const footer = chartFooter(data, pad, innerWidth, size.height, Math.max(room - Math.ceil(size.height / 2), Math.min(leastRoom, room - Math.ceil(size.height * 0.35))));
  const placedKey = chartKey(data, pad, innerWidth, footer.top, keyRows);
  const bottom = size.height - placedKey.top + yearRow;
  const plotHeight = Math.max(40, size.height - top - bottom);

  const values = domainValues(data);
  const range: [number, number] = [top + plotHeight, top];
  const { y, yTicks } = data.scale === 'log' ? logAxis(values, range, data.formatValue) : linearAxis(values, range, data.formatValue);

  const tickWidth = Math.max(textWidth(data.unitLabel, FONT.tick) - 8, ...yTicks.map((t) => textWidth(t.label, FONT.tick)));
  const left = pad + Math.ceil(tickWidth) + 8;
  const right = pad + 4;
  const plot: Box = { x: left, y: top, width: Math.max(40, size.width - left - right), height: plotHeight };

  // Inset so the first and last year's markers stay clear of the axis and the edge.
  const inset = Math.min(10, plot.width * 0.02);
  const x = linearScale([data.yearFrom, Math.max(data.yearTo, data.yearFrom + 1)], [plot.x + inset, plot.x + plot.width - inset]);

  return {
    margin: { top, right, bottom: size.height - top - plotHeight, left },
    plot,
    x,
    y,
    scale: data.scale,
    yTicks,
    xTicks: yearTicks(data.yearFrom, data.yearTo, x),
    header,
    legend,
    footer,
    key: placedKey,
  };
}

/**
 * The largest magnitude the value axis stretches to. Past it a double has no room left for nice ticks
 * (10 ** 309 is Infinity, and a log axis would count decades for ever): such a value, like a non-finite
 * one, is left off the axis and the chart shows the rest (issue 15: a saved exchange rate of 1e-300).
 */
const MAX_PLOTTED = 1e300;
const plottable = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v) && Math.abs(v) <= MAX_PLOTTED;

/** Every value the chart must show: line points, the band's outer edges, mark values and range ends, the target. */
function domainValues(data: ChartData): number[] {
  const values: number[] = [];
  const inYears = (year: number) => year >= data.yearFrom && year <= data.yearTo;
  for (const line of data.lines) for (const p of line.points) if (inYears(p.year) && plottable(p.value)) values.push(p.value);
  for (const p of data.band?.points ?? []) if (inYears(p.year)) for (const v of [p.p5, p.p95]) if (plottable(v)) values.push(v);
  for (const mark of data.marks) {
    if (mark.kind === 'statement' || !mark.years.some(inYears)) continue;
    for (const v of [mark.value, mark.low, mark.high]) if (plottable(v)) values.push(v);
  }
  if (data.target && plottable(data.target.value)) values.push(data.target.value);
  for (const guide of data.guides ?? []) for (const p of guide.points) if (inYears(p.year) && plottable(p.value)) values.push(p.value);
  for (const v of data.holdValues ?? []) if (plottable(v)) values.push(v);
  return values;
}

function linearAxis(values: number[], range: [number, number], format: (v: number) => string) {
  const [lo = 0, hi = 1] = extent(values);
  const d0 = Math.min(0, lo);
  const d1 = Math.max(0, hi) === d0 ? d0 + 1 : Math.max(0, hi);
  const count = Math.max(2, Math.min(8, Math.floor((range[0] - range[1]) / 48)));
  const { domain, ticks } = niceLinear(d0, d1, count);
  const y: YScale = valueScale('linear', domain, range);
  return { y, yTicks: ticks.map((value) => ({ value, y: y(value), label: format(value) })) };
}

function logAxis(values: number[], range: [number, number], format: (v: number) => string) {
  const positive = values.filter((v) => v > 0);
  const [lo = 1, hi = 10] = extent(positive);
  const domain = niceLog(lo, hi);
  const y: YScale = valueScale('log', domain, range);
  const maxTicks = Math.max(3, Math.floor((range[0] - range[1]) / 34));
  return { y, yTicks: logTickValues(domain[0], domain[1], maxTicks).map((value) => ({ value, y: y(value), label: format(value) })) };
}

/** Powers of ten, with 2 and 5 (or 3) between them when there is room; every k-th decade when not (d3-scale's log ticks). */
export const logTickValues = logTicks;

/** Whole years only, spaced so their labels never touch. */
function yearTicks(from: number, to: number, x: Scale): XTick[] {
  const perYear = Math.abs(x(from + 1) - x(from));
  const needed = textWidth('2035', FONT.tick) + 14;
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => s * perYear >= needed) ?? 100;
  const ticks: XTick[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push({ year, x: x(year) });
  return ticks;
}
