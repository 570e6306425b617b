import { Dec, ONE, ZERO } from './decimal';
import { fail, MAX_YEAR, MIN_YEAR, ok, type Result } from './errors';
import type { LogisticModel, PositiveValue, Projection, ProjectionPoint, Year } from './types';
import { toDecimal, toPositive, toYear, toYearRange } from './validate';

export interface CheckedLogistic {
  readonly ceiling: PositiveValue;
  readonly midpoint: Dec;
  readonly steepness: Dec;
}

export function checkLogistic(model: LogisticModel): Result<CheckedLogistic> {
  const ceiling = toPositive(model.ceiling, 'ceiling');
  if (!ceiling.ok) return ceiling;
  const midpoint = toDecimal(model.midpoint, 'midpoint');
  if (!midpoint.ok) return midpoint;
  if (midpoint.value.lt(MIN_YEAR) || midpoint.value.gt(MAX_YEAR))
    return fail('year-out-of-range', 'midpoint', `The midpoint ${midpoint.value.toString()} is outside ${MIN_YEAR}-${MAX_YEAR}.`, {
      input: midpoint.value.toString(),
      min: MIN_YEAR,
      max: MAX_YEAR,
    });
  const steepness = toDecimal(model.steepness, 'steepness');
  if (!steepness.ok) return steepness;
  if (steepness.value.lte(0))
    return fail('steepness-not-positive', 'steepness', 'The steepness of an S-curve must be above zero.', {
      input: steepness.value.toString(),
    });
  return ok({ ceiling: ceiling.value, midpoint: midpoint.value, steepness: steepness.value });
}

/**
 * ceiling / (1 + q(year)) with q(year) = e^(-k·(year - midpoint)).
 * q is computed once and then multiplied by e^(-k) a year: two exponentials a path.
 */
// e^x at 20 significant digits: three times cheaper than at 34, and 1e-20 is still eight orders below
// what any figure needs (the tests hold the curve to 1e-12 of a 40-digit reference).
const Exp20 = Dec.clone({ precision: 20 });
const exp20 = (x: Dec): Dec => new Dec(new Exp20(x).exp());

export function logisticPath(model: CheckedLogistic, from: Year, to: Year): Projection {
  const step = exp20(model.steepness.neg());
  let q = exp20(model.steepness.neg().times(new Dec(from).minus(model.midpoint)));
  const points: ProjectionPoint[] = [];
  for (let year = from; year <= to; year++) {
    points.push({ year, value: model.ceiling.div(ONE.plus(q)) });
    q = q.times(step);
  }
  return points;
}

export function projectLogistic(model: LogisticModel, range: { from: number; to: number }): Result<Projection> {
  const checked = checkLogistic(model);
  if (!checked.ok) return checked;
  const years = toYearRange(range);
  if (!years.ok) return years;
  return ok(logisticPath(checked.value, years.value.from, years.value.to));
}

export interface FitPoint {
  readonly year: number;
  readonly value: string | Dec;
}

export interface LogisticFit {
  readonly model: LogisticModel;
  /** Root mean square of ln(fitted) - ln(anchor): how far, in log terms, the curve misses the anchors. */
  readonly logRmse: Dec;
}

/**
 * Fits midpoint and steepness for a given ceiling by least squares on the logit
 * ln(ceiling / value - 1) = -k · (year - midpoint), which is a straight line in the year.
 */
export function fitLogistic(points: readonly FitPoint[], ceilingInput: string | Dec): Result<LogisticFit> {
  if (points.length < 2) return fail('too-few-anchors', 'anchors', 'Fitting an S-curve needs at least two anchors.', { min: 2 });
  const ceiling = toPositive(ceilingInput, 'ceiling');
  if (!ceiling.ok) return ceiling;
  const xs: Dec[] = [];
  const ys: Dec[] = [];
  for (const [i, point] of points.entries()) {
    const year = toYear(point.year, `anchors[${i}].year`);
    if (!year.ok) return year;
    const value = toPositive(point.value, `anchors[${i}].value`);
    if (!value.ok) return value;
    if (value.value.gte(ceiling.value))
      return fail(
        'ceiling-not-above-value',
        'ceiling',
        `The ceiling (${ceiling.value.toString()}) must be above every anchor (${value.value.toString()} in ${year.value}).`,
        { ceiling: ceiling.value.toString(), value: value.value.toString(), year: year.value },
      );
    xs.push(new Dec(year.value));
    ys.push(ceiling.value.div(value.value).minus(1).ln());
  }
  const n = xs.length;
  const meanX = xs.reduce((s, x) => s.plus(x), ZERO).div(n);
  const meanY = ys.reduce((s, y) => s.plus(y), ZERO).div(n);
  let sxy = ZERO;
  let sxx = ZERO;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]!.minus(meanX);
    sxy = sxy.plus(dx.times(ys[i]!.minus(meanY)));
    sxx = sxx.plus(dx.times(dx));
  }
  if (sxx.isZero()) return fail('same-year', 'anchors', 'The anchors must fall in at least two different years.', {});
  const slope = sxy.div(sxx);
  const steepness = slope.neg();
  // An anchor within 10^-9e15 of zero (or of the ceiling) sends its logit past what decimal.js holds: Infinity, then NaN.
  if (!steepness.isFinite())
    return fail('not-finite', 'anchors', 'An anchor is too close to zero or to the ceiling for an S-curve to be fitted.', {});
  if (steepness.lte(0)) return fail('no-growth', 'anchors', 'The anchors do not grow, so no rising S-curve fits them.', {});
  // The least-squares line passes through the means: meanY = -k·(meanX - midpoint).
  const midpoint = meanX.plus(meanY.div(steepness));
  let squared = ZERO;
  for (let i = 0; i < n; i++) {
    const fitted = ceiling.value.div(ONE.plus(steepness.neg().times(xs[i]!.minus(midpoint)).exp()));
    const actual = ceiling.value.div(ONE.plus(ys[i]!.exp()));
    squared = squared.plus(fitted.ln().minus(actual.ln()).pow(2));
  }
  return ok({
    model: { type: 'logistic', ceiling: ceiling.value.toString(), midpoint: midpoint.toString(), steepness: steepness.toString() },
    logRmse: squared.div(n).sqrt(),
  });
}
