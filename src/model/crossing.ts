import { Dec, ONE, type NumberLike } from './decimal';
import { fail, MAX_YEAR, ok, type Result } from './errors';
import { checkLogistic, type CheckedLogistic } from './logistic';
import { project } from './project';
import type { ForecastModel, PositiveValue, Projection } from './types';
import { toPositive } from './validate';

// When a path or a model first reaches a target (goal seek's "when"). Not re-exported by ./index: only
// goal seek, loaded when it is opened, asks, so this stays out of the page's first load. ./full has it.

/**
 * A part in 10^18: above what a century of rates carried at 20 digits can lose (the report's base cases and a proposed
 * path keep theirs so: 5e-21 a year), below the 15 digits any table or spreadsheet shows; a rate a person cut to 14
 * digits, short by a part in 10^14, still falls short.
 */
const ROUNDING = new Dec('1e-18');

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
  // Within the engine's own rounding of the target is at it: a path worked at 34 digits loses up to half its last digit
  // a year (1亿 at 10^(1/5) − 1 a year came to 9.99…96亿, 35 digits down, in the fifth year, "reaching" 10亿 a year late).
  const reached = target.value.times(ONE.minus(ROUNDING));
  for (let i = 0; i < path.length; i++) {
    const point = path[i]!;
    if (point.value.gte(reached)) {
      const previous = path[i - 1];
      if (!previous) return ok({ year: point.year, exactYear: new Dec(point.year) });
      // Log-linear inside the year: previous · (point / previous)^f = target.
      const fraction = Dec.min(ONE, target.value.div(previous.value).ln().div(point.value.div(previous.value).ln()));
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
