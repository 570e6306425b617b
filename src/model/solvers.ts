import { Dec, LN2, ONE, type NumberLike } from './decimal';
import { fail, MAX_YEAR, ok, type Result } from './errors';
import { checkLogistic, type CheckedLogistic } from './logistic';
import { project } from './project';
import type { ForecastModel, PositiveValue, Projection } from './types';
import { toPositive, toRate, toYear } from './validate';

export interface Level {
  readonly year: number;
  readonly value: NumberLike;
}

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
  const rate = v1.value
    .div(v0.value)
    .pow(ONE.div(y1.value - y0.value))
    .minus(1);
  // A ratio beyond 10^±9e15 overflows to Infinity or underflows to 0 (a rate of exactly -100 %) in decimal.js.
  if (!rate.isFinite() || rate.lte(-1))
    return fail('not-finite', 'to.value', 'The two levels are too far apart for the engine to hold the rate between them.', {
      from: v0.value.toString(),
      to: v1.value.toString(),
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

export interface Crossing {
  /** The first whole year whose value is at or above the target. */
  readonly year: number;
  /** When within the preceding year the target is crossed, growing at that year's constant rate. */
  readonly exactYear: Dec;
}

export interface CrossingOptions {
  /** A level the path approaches and never reaches (an S-curve's ceiling): a target at or above it is never reached. */
  readonly ceiling?: NumberLike;
}

const neverUnderCeiling = (target: PositiveValue, ceiling: Dec, year: number): Result<Crossing> =>
  fail('target-not-reached', 'target', `An S-curve approaches its ceiling ${ceiling.toString()} and never reaches ${target.toString()}.`, {
    target: target.toString(),
    ceiling: ceiling.toString(),
    year,
  });

/** The first year a path reaches a target, or an error value when it never does within the path. */
export function firstCrossing(path: Projection, targetInput: NumberLike, options: CrossingOptions = {}): Result<Crossing> {
  const target = toPositive(targetInput, 'target');
  if (!target.ok) return target;
  const last = path[path.length - 1];
  if (options.ceiling !== undefined) {
    const ceiling = toPositive(options.ceiling, 'ceiling');
    if (!ceiling.ok) return ceiling;
    // At 34 digits the path's late values round to the ceiling itself; the curve still never gets there.
    if (target.value.gte(ceiling.value)) return neverUnderCeiling(target.value, ceiling.value, last?.year ?? 0);
  }
  for (let i = 0; i < path.length; i++) {
    const point = path[i]!;
    if (point.value.gte(target.value)) {
      const previous = path[i - 1];
      if (!previous) return ok({ year: point.year, exactYear: new Dec(point.year) });
      // Log-linear inside the year: previous · (point / previous)^f = target.
      const fraction = target.value.div(previous.value).ln().div(point.value.div(previous.value).ln());
      return ok({ year: point.year, exactYear: new Dec(previous.year).plus(fraction) });
    }
  }
  return notReached(target.value, last?.year ?? 0);
}

const notReached = (target: PositiveValue, year: number | string): Result<Crossing> =>
  fail('target-not-reached', 'target', `The path does not reach ${target.toString()} by ${year || '-'}.`, {
    target: target.toString(),
    year: Number(year) || 0,
  });

// An S-curve's crossing is solved from its formula at 50 digits, where the 34-digit path would round
// values within 1e-34 of the ceiling up to it and report a target just under the ceiling years early.
const Wide = Dec.clone({ precision: 50 });

/**
 * When an S-curve reaches a target: t* = midpoint + ln(target / (ceiling − target)) / steepness, the
 * curve being above the target from t* on. The first whole year at or after t* (or `from` when t* is
 * earlier) reaches it; exactYear is t* itself. A target at or above the ceiling is never reached.
 */
function logisticCrossing(model: CheckedLogistic, target: PositiveValue, from: number, until: number): Result<Crossing> {
  const ceiling = new Wide(model.ceiling);
  const goal = new Wide(target);
  if (goal.gte(ceiling)) return neverUnderCeiling(target, model.ceiling, until);
  const t = new Wide(model.midpoint).plus(goal.div(ceiling.minus(goal)).ln().div(new Wide(model.steepness)));
  if (t.lte(from)) return ok({ year: from, exactYear: new Dec(from) });
  const year = t.ceil().toNumber();
  if (year > until) return notReached(target, until);
  return ok({ year, exactYear: new Dec(t) });
}

/** When a model first reaches a target, searching from `fromYear` up to `untilYear` (2100 at most). */
export function yearReaching(model: ForecastModel, target: NumberLike, fromYear: number, untilYear = 2100): Result<Crossing> {
  const until = Math.min(untilYear, fromYear + 100, MAX_YEAR);
  const path = project(model, { from: fromYear, to: until });
  if (!path.ok) return path;
  // A path that bends into a ceiling after its last anchor never reaches it either (anchored.ts bentValue).
  if (model.type === 'anchored') return firstCrossing(path.value, target, model.ceiling === undefined ? {} : { ceiling: model.ceiling });
  if (model.type !== 'logistic') return firstCrossing(path.value, target);
  const goal = toPositive(target, 'target');
  if (!goal.ok) return goal;
  const checked = checkLogistic(model);
  if (!checked.ok) return checked;
  return logisticCrossing(checked.value, goal.value, fromYear, until);
}
