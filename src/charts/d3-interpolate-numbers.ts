/**
 * The part of d3-interpolate that d3-scale needs here, numbers only; vite.config.ts resolves
 * 'd3-interpolate' to this file. d3-scale's default interpolator (d3.interpolate) reads colours,
 * dates and strings too, and brings d3-color with it: about 6 KB gzipped of the first load for
 * ranges that here are always pixels. A range of anything but numbers is refused at once, by name,
 * rather than drawn as NaN. Same formulas as d3-interpolate 3 (number, round, piecewise).
 */
type Interpolator = (t: number) => number;

function numeric(a: unknown, b: unknown): [number, number] {
  if (typeof a !== 'number' || typeof b !== 'number') {
    throw new TypeError('d3-interpolate is resolved to numbers only in this build (src/charts/d3-interpolate-numbers.ts, vite.config.ts)');
  }
  return [a, b];
}

export function interpolateNumber(a: unknown, b: unknown): Interpolator {
  const [x, y] = numeric(a, b);
  return (t) => x * (1 - t) + y * t;
}

export const interpolate = interpolateNumber;

export function interpolateRound(a: unknown, b: unknown): Interpolator {
  const [x, y] = numeric(a, b);
  return (t) => Math.round(x * (1 - t) + y * t);
}

export function piecewise(interpolator: (a: number, b: number) => Interpolator, values: readonly number[]): Interpolator {
  const n = values.length - 1;
  const parts = Array.from({ length: Math.max(0, n) }, (_, i) => interpolator(values[i]!, values[i + 1]!));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i]!(t - i);
  };
}
