import { nice, ticks } from 'd3-array';
import { line } from 'd3-shape';

/**
 * Linear and log maps from data to pixels. d3-scale would do it, but it brings colour interpolation
 * and number formatting (about 8 KB gzipped) into the first page load for two straight lines;
 * d3-array's nice() and ticks() give the same axis steps.
 */
export interface Scale {
  (value: number): number;
  invert(pixel: number): number;
  domain(): [number, number];
  range(): [number, number];
}

function makeScale(d0: number, d1: number, r0: number, r1: number, forward: (v: number) => number, back: (t: number) => number): Scale {
  const f0 = forward(d0);
  const span = forward(d1) - f0 || 1;
  return Object.assign((value: number) => r0 + ((forward(value) - f0) / span) * (r1 - r0), {
    invert: (pixel: number) => back(f0 + ((pixel - r0) / (r1 - r0 || 1)) * span),
    domain: (): [number, number] => [d0, d1],
    range: (): [number, number] => [r0, r1],
  });
}

export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  return makeScale(d0, d1, r0, r1, (v) => v, (t) => t);
}

export function logScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  return makeScale(d0, d1, r0, r1, Math.log10, (t) => 10 ** t);
}

/**
 * The value axis's map: linear, or log with values ≤ 0 (which have no logarithm) drawn at the floor
 * rather than dropped. Built from plain numbers, so the canvas a dragged line is drawn on rebuilds the chart's own.
 */
export function valueScale(kind: 'linear' | 'log', domain: readonly [number, number], range: readonly [number, number]): Scale {
  if (kind === 'linear') return linearScale(domain, range);
  const scale = logScale(domain, range);
  return Object.assign((value: number) => scale(value > 0 ? value : domain[0]), { domain: scale.domain, range: scale.range, invert: scale.invert });
}

/** A linear domain widened to round tick steps, and its ticks (d3's algorithm). */
export function niceLinear(d0: number, d1: number, count: number): { domain: [number, number]; ticks: number[] } {
  const [n0, n1] = nice(d0, d1, count);
  return { domain: [n0, n1], ticks: ticks(n0, n1, count) };
}

type Pixel = readonly [number, number];
const finite = ([x, y]: Pixel) => Number.isFinite(x) && Number.isFinite(y);
/** d3-shape's line (curveLinear), to two decimals, with a gap wherever a value is not finite. */
const pathOf = line<Pixel>().defined(finite).digits(2);

/** An SVG path through points, with a gap wherever a value is not finite. */
export function linePath(points: readonly Pixel[]): string {
  return pathOf(points as Pixel[]) ?? '';
}
