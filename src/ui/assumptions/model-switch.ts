import {
  Dec,
  figureYear,
  fitLogistic,
  impliedCagr,
  isOwnSeries,
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

/** A figure's level as one number: its value, or a range at its geometric middle. */
const levelOf = (a: Anchor): Dec => (a.high ? new Dec(a.low).times(a.high).sqrt() : new Dec(a.low));

/**
 * Constant growth from the series' first reported figure, at the growth rate the report states for
 * the series where it states one (text-to-video: 56.6%), else the rate its first and last figures imply.
 * Without figures, from the current path's first value at the rate its ends imply.
 */
function compoundFromReport(series: SeriesDefinition, current: Projection): ForecastModel | undefined {
  const anchors = figureAnchors(series);
  const stated = series.figures.find((f) => f.quantity === 'cagr' && f.value !== undefined)?.value;
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  if (first && last) {
    const from = { year: first.year, value: levelOf(first) };
    const implied = first === last ? undefined : impliedCagr(from, { year: last.year, value: levelOf(last) });
    const cagr = stated ?? (implied?.ok ? round(implied.value, 6) : '0.2');
    return { type: 'compound', baseYear: first.year, baseValue: first.high ? round(from.value, 6) : first.low, cagr };
  }
  const start = current[0];
  const end = current[current.length - 1];
  if (!start || !end) return undefined;
  const rate = impliedCagr(start, end);
  return { type: 'compound', baseYear: start.year, baseValue: round(start.value, 6), cagr: stated ?? (rate.ok ? round(rate.value, 6) : '0.2') };
}

/**
 * A model of another type that keeps the report's figures: constant growth from the first figure
 * (see compoundFromReport), anchors at the report's figures, an S-curve fitted to them.
 */
export function switchModel(type: ModelType, series: SeriesDefinition, current: Projection, citedCeiling: string): ForecastModel | undefined {
  const first = current[0];
  const last = current[current.length - 1];
  if (type === 'compound') return compoundFromReport(series, current);
  const anchors = figureAnchors(series);
  if (type === 'anchored') {
    if (series.baseModel?.type === 'anchored') return series.baseModel;
    if (!anchors.length && first) return { type, anchors: [{ year: first.year, low: round(first.value, 6) }], through: 'mid', rateBefore: '0.2', rateAfter: '0.2' };
    return { type, anchors, through: 'mid', rateBefore: '0.2', rateAfter: '0.2' };
  }
  if (series.baseModel?.type === 'logistic') return series.baseModel;
  const points = anchors.map((a) => ({ year: a.year, value: levelOf(a) }));
  const highest = points.reduce((m, p) => (p.value.gt(m) ? p.value : m), new Dec(0));
  // The report cites China's internet users as the ceiling for its people; a series of one's own counts
  // other people, so it starts at three times its highest figure, for its user to replace with one they cite.
  const ceiling = series.unit.kind === 'people' && !isOwnSeries(series) ? citedCeiling : round(highest.times(3), 6);
  const fit = fitLogistic(points, ceiling);
  if (fit.ok)
    return { ...fit.value.model, midpoint: round(new Dec(fit.value.model.midpoint), 8), steepness: round(new Dec(fit.value.model.steepness), 6) };
  const year = last?.year ?? 2030;
  return { type, ceiling, midpoint: String(year), steepness: '0.5' };
}

/**
 * The model of each kind a person left by switching kinds, by store, scenario and series, for this visit:
 * switching back brings back their own (the anchors and rates they set), not the report's defaults again.
 */
const left = new WeakMap<object, Map<string, ForecastModel>>();

export function rememberLeft(owner: object, key: string, model: ForecastModel): void {
  const byKey = left.get(owner) ?? new Map<string, ForecastModel>();
  left.set(owner, byKey);
  byKey.set(`${key}|${model.type}`, model);
}

export function leftModel(owner: object, key: string, type: ModelType): ForecastModel | undefined {
  return left.get(owner)?.get(`${key}|${type}`);
}

