import { Dec, LN2, ONE, type NumberLike } from './decimal';
import { fail, ok, type Result } from './errors';
import { yearlyFactor } from './root';
import { toPositive, toRate, toYear } from './validate';

export interface Level {
  readonly year: number;
  readonly value: NumberLike;
}

/**
 * The last rates worked out, by their two levels and the years between them. A page asks for the same
 * few rates dozens of times as it first renders (the preset scenarios, each table's bases, the audit: 66
 * calls, 15 distinct, measured on the report's page), and decimal.js's fractional pow, through ln and exp,
 * is the costliest step of a cold start. Results are immutable, so a hit is the same answer.
 */
const rates = new Map<string, Result<Dec>>();
const RATES_KEPT = 512;

/** The constant yearly rate that takes `from` to `to`: (to / from)^(1 / years) - 1. */
export function impliedCagr(from: Level, to: Level): Result<Dec> {
  const y0 = toYear(from.year, 'from.year');
  if (!y0.ok) return y0;
  const y1 = toYear(to.year, 'to.year');
  if (!y1.ok) return y1;
  if (y0.value === y1.value) return fail('same-year', 'to.year', 'A growth rate needs two different years.', { year: y0.value });
  const v0 = toPositive(from.value, 'from.value');
  if (!v0.ok) return v0;
  const v1 = toPositive(to.value, 'to.value');
  if (!v1.ok) return v1;
  const key = `${v0.value.toString()} ${v1.value.toString()} ${y1.value - y0.value}`;
  const known = rates.get(key);
  if (known) return known;
  if (rates.size >= RATES_KEPT) rates.clear();
  const result = rateBetween(v0.value, v1.value, y1.value - y0.value);
  rates.set(key, result);
  return result;
}

function rateBetween(v0: Dec, v1: Dec, years: number): Result<Dec> {
  const rate = yearlyFactor(v1.div(v0), years).minus(1);
  // A ratio beyond 10^±9e15 overflows to Infinity or underflows to 0 (a rate of exactly -100 %) in decimal.js.
  if (!rate.isFinite() || rate.lte(-1))
    return fail('not-finite', 'to.value', 'The two levels are too far apart for the engine to hold the rate between them.', {
      from: v0.toString(),
      to: v1.toString(),
    });
  return ok(rate);
}

/** The CAGR needed from a starting level to reach a target by a year (goal seek). */
export function cagrToReach(start: Level, target: NumberLike, byYear: number): Result<Dec> {
  return impliedCagr(start, { year: byYear, value: target });
}

/** Years for a value to double at a constant rate: ln 2 / ln(1 + rate). */
export function doublingTime(rateInput: NumberLike): Result<Dec> {
  const rate = toRate(rateInput, 'cagr');
  if (!rate.ok) return rate;
  if (rate.value.lte(0)) return fail('no-growth', 'cagr', 'A value that does not grow never doubles.', { input: rate.value.toString() });
  const growth = ONE.plus(rate.value).ln();
  // Below about 1e-34, 1 + rate rounds to 1 at 34 digits: the value does not grow as far as the engine can tell.
  if (growth.isZero())
    return fail('no-growth', 'cagr', 'The rate is too small for the engine to tell the value apart from one that does not grow.', {
      input: rate.value.toString(),
    });
  return ok(LN2.div(growth));
}
