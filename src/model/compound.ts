import { ONE, type Dec } from './decimal';
import { ok, type Result } from './errors';
import type { CompoundModel, PositiveValue, Projection, ProjectionPoint, Rate, Year } from './types';
import { toPositive, toRate, toYear, toYearRange } from './validate';

/**
 * value(year) = base · (1 + rate)^(year - baseYear), for every year of [from, to].
 * One power for the first year, then a multiplication a year: exact to the engine's precision and cheap.
 */
export function compoundPath(baseYear: Year, base: PositiveValue, rate: Rate, from: Year, to: Year): Projection {
  const factor = ONE.plus(rate);
  const points: ProjectionPoint[] = [];
  let value: Dec = base.times(factor.pow(from - baseYear));
  for (let year = from; year <= to; year++) {
    points.push({ year, value: year === baseYear ? base : value });
    value = value.times(factor);
  }
  return points;
}

export interface CheckedCompound {
  readonly baseYear: Year;
  readonly baseValue: PositiveValue;
  readonly cagr: Rate;
}

export function checkCompound(model: CompoundModel): Result<CheckedCompound> {
  const baseYear = toYear(model.baseYear, 'baseYear');
  if (!baseYear.ok) return baseYear;
  const baseValue = toPositive(model.baseValue, 'baseValue');
  if (!baseValue.ok) return baseValue;
  const cagr = toRate(model.cagr, 'cagr');
  if (!cagr.ok) return cagr;
  return ok({ baseYear: baseYear.value, baseValue: baseValue.value, cagr: cagr.value });
}

export function projectCompound(model: CompoundModel, range: { from: number; to: number }): Result<Projection> {
  const checked = checkCompound(model);
  if (!checked.ok) return checked;
  const years = toYearRange(range);
  if (!years.ok) return years;
  const { baseYear, baseValue, cagr } = checked.value;
  return ok(compoundPath(baseYear, baseValue, cagr, years.value.from, years.value.to));
}
