import type { Dec } from './decimal';
import { fail, ok, type Result } from './errors';
import { impliedCagr } from './solvers';
import type { Projection, ProjectionPoint } from './types';

/** What an arrow between two years of a line says: the yearly growth rate, or the change in level. */
export type ArrowKind = 'cagr' | 'difference';

export interface ArrowValues {
  readonly from: ProjectionPoint;
  readonly to: ProjectionPoint;
  /** (to / from)^(1 / years) − 1; absent when a level is not positive (no rate takes 0 anywhere). */
  readonly cagr?: Dec;
  /** to − from, in the projection's unit. */
  readonly difference: Dec;
  /** (to − from) / from; absent when `from` is 0. */
  readonly relative?: Dec;
}

/**
 * The numbers a CAGR or difference arrow shows between two years of one projection, exact to the
 * engine's 34 digits (think-cell's arrows on consulting slides). An arrow runs forward in time
 * whichever year was picked first.
 */
export function arrowValues(projection: Projection, firstYear: number, secondYear: number): Result<ArrowValues> {
  const [fromYear, toYear] = firstYear <= secondYear ? [firstYear, secondYear] : [secondYear, firstYear];
  if (fromYear === toYear) return fail('same-year', 'to', 'An arrow needs two different years.', { year: fromYear });
  const at = (year: number, field: string): Result<ProjectionPoint> => {
    const point = projection.find((p) => p.year === year);
    return point ? ok(point) : fail('year-out-of-range', field, 'The line has no value in this year.', { year });
  };
  const from = at(fromYear, 'from');
  if (!from.ok) return from;
  const to = at(toYear, 'to');
  if (!to.ok) return to;
  const a = from.value.value;
  const b = to.value.value;
  const rate = a.gt(0) && b.gt(0) ? impliedCagr({ year: fromYear, value: a }, { year: toYear, value: b }) : undefined;
  const difference = b.minus(a);
  return ok({
    from: from.value,
    to: to.value,
    difference,
    ...(rate?.ok ? { cagr: rate.value } : {}),
    ...(a.isZero() ? {} : { relative: difference.div(a) }),
  });
}
