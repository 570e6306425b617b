import { fail, MAX_YEAR, MIN_YEAR, ok, type Result } from './errors';
import type { ModelType } from './types';
import { toDecimal } from './validate';

/**
 * How a range typed by the user ("40% to 70%") is read: as a 90% interval, the low end the 5th percentile and
 * the high end the 95th. A value, a ceiling or a steepness is lognormal (it stays positive); a growth rate is
 * lognormal on its growth factor 1 + g (so it never reaches -100%); a midpoint year is normal.
 */
export const DEFAULT_SAMPLES = 10_000;
/** The bounds the saved scenario allows (src/io/schemas.ts); a request outside them is clamped, not refused. */
export const MIN_SAMPLES = 100;
export const MAX_SAMPLES = 100_000;

export type ParamKind = 'positive' | 'rate' | 'year';

export type DistributionName = 'lognormal' | 'lognormal-growth' | 'normal';

export interface RangeDistribution {
  readonly distribution: DistributionName;
  /** Mean and standard deviation of ln x (lognormal), ln(1 + g) (lognormal-growth) or x itself (normal). */
  readonly mu: number;
  readonly sigma: number;
  /** The quantiles in the parameter's own terms (a rate as a fraction): p5 and p95 are the typed ends. */
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

/** Φ⁻¹(0.95): a 90% interval spans ±Z90 standard deviations. */
export const Z90 = 1.6448536269514722;

const UNCERTAIN_FIELDS: Readonly<Record<ModelType, readonly string[]>> = {
  compound: ['baseValue', 'cagr'],
  anchored: ['rateBefore', 'rateAfter'],
  logistic: ['ceiling', 'midpoint', 'steepness'],
};

const ANCHOR_LOW = /^anchors\.(0|[1-9]\d{0,3})\.low$/;

/** The index of the anchor an 'anchors.<i>.low' path names, or undefined for any other path. */
export function anchorIndex(path: string): number | undefined {
  const match = ANCHOR_LOW.exec(path);
  return match ? Number(match[1]) : undefined;
}

/**
 * What kind of quantity a parameter of a model is, or an error when that parameter cannot carry a range
 * (a base year, an anchor's year, a field the model does not have).
 */
export function paramKind(modelType: ModelType, path: string): Result<ParamKind> {
  if (modelType === 'anchored' && anchorIndex(path) !== undefined) return ok('positive');
  if (UNCERTAIN_FIELDS[modelType]?.includes(path)) {
    if (path === 'cagr' || path === 'rateBefore' || path === 'rateAfter') return ok('rate');
    if (path === 'midpoint') return ok('year');
    return ok('positive');
  }
  // No error kind fits a parameter that cannot be uncertain; 'not-a-number' with a reason keeps the UI's catalogue whole.
  const reason = path === 'baseYear' ? 'base-year-fixed' : 'not-uncertain';
  const why = path === 'baseYear' ? 'the base year anchors the path and cannot be uncertain' : `a ${modelType} model has no uncertain parameter by that name`;
  return fail('not-a-number', path, `${path} cannot take a range: ${why}.`, { reason, path, model: modelType });
}

/** An input as error params can carry it: objects by their type, since String() on some of them throws. */
export function shownInput(input: unknown): string {
  return typeof input === 'object' || typeof input === 'function' ? (input === null ? 'null' : typeof input) : String(input);
}

/** Reads a range's end: a decimal string or a finite number. */
function readEnd(input: string | number, field: string): Result<number> {
  if (typeof input !== 'string' && typeof input !== 'number') return fail('not-a-number', field, `${field} is not a number.`, { input: shownInput(input) });
  const d = toDecimal(input, field);
  if (!d.ok) return d;
  const value = d.value.toNumber();
  // Past float64's range a decimal string becomes ±Infinity or 0; the simulation runs on floats.
  if (!Number.isFinite(value)) return fail('not-finite', field, `${field} is too large for a simulation.`, { input: String(input) });
  return ok(value);
}

/**
 * The distribution a range stands for, read as a 90% interval (see ParamKind). `field` names the
 * parameter in error values. low = high is allowed: a point, with sigma 0.
 */
export function describeRange(kind: ParamKind, lowInput: string | number, highInput: string | number, field = 'range'): Result<RangeDistribution> {
  const low = readEnd(lowInput, `${field}.low`);
  if (!low.ok) return low;
  const high = readEnd(highInput, `${field}.high`);
  if (!high.ok) return high;
  const lo = low.value;
  const hi = high.value;
  if (hi < lo)
    return fail('range-reversed', `${field}.high`, `The range of ${field} has its high end (${hi}) below its low end (${lo}).`, { low: lo, high: hi });
  if (kind === 'year') {
    const out = lo < MIN_YEAR ? lo : hi > MAX_YEAR ? hi : undefined;
    if (out !== undefined)
      return fail('year-out-of-range', field, `The range of ${field} reaches ${out}, outside ${MIN_YEAR}-${MAX_YEAR}.`, { input: out, min: MIN_YEAR, max: MAX_YEAR });
    return ok({ distribution: 'normal', mu: (lo + hi) / 2, sigma: (hi - lo) / (2 * Z90), p5: lo, p50: (lo + hi) / 2, p95: hi });
  }
  if (kind === 'rate') {
    if (lo <= -1)
      return fail('rate-too-low', `${field}.low`, `${field} must stay above -100 % (the range starts at ${lo * 100} %).`, { input: lo });
    const a = Math.log1p(lo);
    const b = Math.log1p(hi);
    const mu = (a + b) / 2;
    return ok({ distribution: 'lognormal-growth', mu, sigma: (b - a) / (2 * Z90), p5: lo, p50: Math.expm1(mu), p95: hi });
  }
  if (lo <= 0) return fail('not-positive', `${field}.low`, `${field} must be above zero (the range starts at ${lo}).`, { input: lo });
  const a = Math.log(lo);
  const b = Math.log(hi);
  const mu = (a + b) / 2;
  return ok({ distribution: 'lognormal', mu, sigma: (b - a) / (2 * Z90), p5: lo, p50: Math.exp(mu), p95: hi });
}

/**
 * The value below which a share p of the distribution lies, p in [0, 1]; p = 0 and p = 1 give the ends of the
 * support (0 or -100 % or -∞, and +∞). A point (sigma 0) is the same value at every p.
 */
export function quantile(dist: RangeDistribution, p: number): Result<number> {
  if (typeof p !== 'number' || Number.isNaN(p) || p < 0 || p > 1)
    return fail('not-a-number', 'p', `A quantile needs a probability between 0 and 1, not ${shownInput(p)}.`, { input: shownInput(p) });
  if (dist.sigma === 0) return ok(dist.p50);
  const x = dist.mu + dist.sigma * inverseNormalCdf(p);
  if (dist.distribution === 'normal') return ok(x);
  return ok(dist.distribution === 'lognormal' ? Math.exp(x) : Math.expm1(x));
}

// AS 241's coefficients, lowest power first, as published: the digits past double precision are the paper's
// and round to the same doubles, so they are kept for checking against it.
/* eslint-disable no-loss-of-precision */
const A = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];
const B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561];
const C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4];
const D = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];
const E = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
const F = [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15];
/* eslint-enable no-loss-of-precision */

function horner(coefficients: readonly number[], x: number): number {
  let sum = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) sum = sum * x + coefficients[i]!;
  return sum;
}

/**
 * Φ⁻¹(p), the standard normal quantile, by Wichura's algorithm AS 241 (PPND16, Applied Statistics 37(3),
 * 1988, 477-484): rational approximations good to about 1e-16 relative over all of (0, 1).
 * Returns -Infinity at 0, +Infinity at 1 and NaN outside [0, 1] (callers check p first).
 */
export function inverseNormalCdf(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * horner(A, r)) / horner(B, r);
  }
  // In the tails, work from the smaller of p and 1 - p: r = sqrt(-ln tail) is near-linear in the quantile.
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const value = r <= 5 ? horner(C, r - 1.6) / horner(D, r - 1.6) : horner(E, r - 5) / horner(F, r - 5);
  return q < 0 ? -value : value;
}
