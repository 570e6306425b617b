import { projectAnchored } from './anchored';
import { projectCompound } from './compound';
import { fail, type Result } from './errors';
import { projectLogistic } from './logistic';
import type { ForecastModel, Projection, YearRange } from './types';

/** The one entry point for drawing a forecast: any model, any year range, a value per year or a reason why not. */
export function project(model: ForecastModel, range: YearRange): Result<Projection> {
  const path = projectModel(model, range);
  if (!path.ok) return path;
  // decimal.js does not throw past 10^±9e15: it overflows to Infinity (NaN after Infinity·0) and underflows to 0.
  const lost = path.value.find((p) => !p.value.isFinite() || !p.value.gt(0));
  if (lost)
    return fail('not-finite', 'projection', `The projection leaves the numbers the engine can hold in ${lost.year}.`, {
      year: lost.year,
      value: lost.value.toString(),
    });
  return path;
}

function projectModel(model: ForecastModel, range: YearRange): Result<Projection> {
  switch (model.type) {
    case 'compound':
      return projectCompound(model, range);
    case 'anchored':
      return projectAnchored(model, range);
    case 'logistic':
      return projectLogistic(model, range);
  }
}

/** The projected value in one year, or undefined when the year is outside the projection. */
export function valueIn(projection: Projection, year: number) {
  const first = projection[0];
  if (!first) return undefined;
  return projection[year - first.year]?.value;
}
