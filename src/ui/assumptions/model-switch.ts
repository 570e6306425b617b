import {
  Dec,
  figureYear,
  fitLogistic,
  impliedCagr,
  type Anchor,
  type ForecastModel,
  type ModelType,
  type Projection,
  type SeriesDefinition,
} from '../../model';

/** The report's level figures of a series as anchors (a bound taken at its value, a range as a range). */
export function figureAnchors(series: SeriesDefinition): Anchor[] {
  const byYear = new Map<number, Anchor>();
  for (const f of series.figures) {
    if (f.quantity !== 'level' || f.kind === 'statement') continue;
    const year = figureYear(f);
    const anchor: Anchor =
      f.kind === 'range' && f.low && f.high ? { year, low: f.low, high: f.high, figureId: f.id } : { year, low: f.value!, figureId: f.id };
    byYear.set(year, anchor);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

const round = (d: Dec, digits: number) => d.toSignificantDigits(digits).toString();

/**
 * A model of another type that starts where the current one is: compound from the current path's
 * first and last values, anchors at the report's figures, an S-curve fitted to them.
 */
export function switchModel(type: ModelType, series: SeriesDefinition, current: Projection, citedCeiling: string): ForecastModel | undefined {
  const first = current[0];
  const last = current[current.length - 1];
  if (type === 'compound') {
    if (!first || !last) return undefined;
    const rate = impliedCagr(first, last);
    return { type, baseYear: first.year, baseValue: round(first.value, 6), cagr: rate.ok ? round(rate.value, 6) : '0.2' };
  }
  const anchors = figureAnchors(series);
  if (type === 'anchored') {
    if (series.baseModel?.type === 'anchored') return series.baseModel;
    if (!anchors.length && first) return { type, anchors: [{ year: first.year, low: round(first.value, 6) }], through: 'mid', rateBefore: '0.2', rateAfter: '0.2' };
    return { type, anchors, through: 'mid', rateBefore: '0.2', rateAfter: '0.2' };
  }
  if (series.baseModel?.type === 'logistic') return series.baseModel;
  const points = anchors.map((a) => ({ year: a.year, value: a.high ? new Dec(a.low).times(a.high).sqrt() : new Dec(a.low) }));
  const highest = points.reduce((m, p) => (p.value.gt(m) ? p.value : m), new Dec(0));
  const ceiling = series.unit.kind === 'people' ? citedCeiling : round(highest.times(3), 6);
  const fit = fitLogistic(points, ceiling);
  if (fit.ok)
    return { ...fit.value.model, midpoint: round(new Dec(fit.value.model.midpoint), 8), steepness: round(new Dec(fit.value.model.steepness), 6) };
  const year = last?.year ?? 2030;
  return { type, ceiling, midpoint: String(year), steepness: '0.5' };
}
