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
