import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';

/** A map from data to pixels: d3-scale's linear or log scale, as much of it as the charts use. */
export interface Scale {
  (value: number): number;
  invert(pixel: number): number;
  domain(): [number, number];
  range(): [number, number];
}

/** A d3 scale built from a two-number domain and range, which its domain() and range() then return. */
const twoEnded = (scale: ScaleContinuousNumeric<number, number, never>) => scale as unknown as Scale;

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  return twoEnded(scaleLinear().domain(domain).range(range));
}

export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  return twoEnded(scaleLog().domain(domain).range(range));
}

/**
 * The value axis's map: linear, or log with values ≤ 0 (which have no logarithm) drawn at the floor
 * rather than dropped. Built from plain numbers, so the canvas a dragged line is drawn on rebuilds the chart's own.
 */
export function valueScale(kind: 'linear' | 'log', domain: readonly [number, number], range: readonly [number, number]): Scale {
  if (kind === 'linear') return linearScale(domain, range);
  const scale = logScale(domain, range);
  return Object.assign((value: number) => scale(value > 0 ? value : domain[0]), { domain: () => scale.domain(), range: () => scale.range(), invert: (pixel: number) => scale.invert(pixel) });
}

/** A linear domain widened to round tick steps, and its ticks: d3-scale's nice() and ticks(). */
export function niceLinear(d0: number, d1: number, count: number): { domain: [number, number]; ticks: number[] } {
  const scale = scaleLinear().domain([d0, d1]).nice(count);
  const [n0 = d0, n1 = d1] = scale.domain();
  return { domain: [n0, n1], ticks: scale.ticks(count) };
}

/** A log domain widened to whole powers of ten (d3-scale's nice()), at least one decade wide. */
export function niceLog(lo: number, hi: number): [number, number] {
  const [d0 = lo, d1 = hi] = scaleLog().domain([lo, hi]).nice().domain();
  return [d0, Math.max(d1, d0 * 10)];
}

/**
 * A log axis's ticks: d3-scale's (every multiple within a decade when there are few decades, every
 * k-th power of ten when there are many), kept to 1, 2 and 5 times a power of ten, or 1 and 3, or the
 * powers alone: the first of these that fits in maxTicks.
 */
export function logTicks(d0: number, d1: number, maxTicks: number): number[] {
  const all = scaleLog().domain([d0, d1]).ticks(maxTicks);
  const mantissa = (v: number) => Number((v / 10 ** Math.floor(Math.log10(v) + 1e-9)).toPrecision(12));
  for (const steps of [[1, 2, 5], [1, 3]]) {
    const kept = all.filter((v) => steps.includes(mantissa(v)));
    if (kept.length <= maxTicks) return kept;
  }
  return all.filter((v) => mantissa(v) === 1);
}

type Pixel = readonly [number, number];
const finite = ([x, y]: Pixel) => Number.isFinite(x) && Number.isFinite(y);
/** d3-shape's line (curveLinear), to two decimals, with a gap wherever a value is not finite. */
const pathOf = line<Pixel>().defined(finite).digits(2);

/** An SVG path through points, with a gap wherever a value is not finite. */
export function linePath(points: readonly Pixel[]): string {
  return pathOf(points as Pixel[]) ?? '';
}
