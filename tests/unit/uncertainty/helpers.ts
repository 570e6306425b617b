import { expect } from 'vitest';
import { describeRange, inverseNormalCdf, type ParamKind, type RangeDistribution, type Result } from '../../../src/model/full';

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

export function dist(kind: ParamKind, low: string, high: string): RangeDistribution {
  return unwrap(describeRange(kind, low, high));
}

/**
 * The standard error of the sample p-quantile of n draws from a normal with standard deviation sd:
 * sqrt(p(1 - p) / n) / φ(z_p) · sd (the asymptotic variance of a sample quantile, p(1-p) / (n f(x_p)²)).
 */
export function quantileStandardError(p: number, n: number, sd: number): number {
  const z = inverseNormalCdf(p);
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
  return (Math.sqrt((p * (1 - p)) / n) / density) * sd;
}

/** Whether two arrays hold the same bits (toEqual on millions of elements takes seconds). */
export function sameBits(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  const x = new Uint32Array(a.buffer, a.byteOffset, a.length * 2);
  const y = new Uint32Array(b.buffer, b.byteOffset, b.length * 2);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

export function expectWithin(actual: number, expected: number, tolerance: number, what: string): void {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}, tolerance ${tolerance}`).toBeLessThanOrEqual(tolerance);
}
