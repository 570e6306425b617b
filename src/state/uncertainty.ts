import { DEFAULT_SAMPLES, Dec, MAX_SAMPLES, type ForecastModel, type ParamKind } from '../model';
import { DEFAULT_SEED, MIN_OFFERED_SAMPLES, type ParamRange, type Scenario, type Uncertainty } from './scenario';

/** Whether a parameter path ("cagr", "anchors.1.low") names a number of this model. */
export function modelHasParam(model: ForecastModel, path: string): boolean {
  const [head, index, leaf] = path.split('.');
  if (index === undefined) return head !== 'type' && head !== 'anchors' && typeof (model as unknown as Record<string, unknown>)[head!] === 'string';
  if (model.type !== 'anchored' || head !== 'anchors') return false;
  const anchor = model.anchors[Number(index)] as unknown as Record<string, unknown> | undefined;
  return leaf !== undefined && typeof anchor?.[leaf] === 'string';
}

/** The ranges of one series of a scenario, empty when it has none. */
export function seriesRanges(scenario: Scenario, seriesId: string): Readonly<Record<string, ParamRange>> {
  return scenario.uncertainty?.ranges[seriesId] ?? {};
}

/** Whether a scenario has at least one range on this series (so a simulation has something to draw). */
export const hasRanges = (scenario: Scenario, seriesId: string): boolean => Object.keys(seriesRanges(scenario, seriesId)).length > 0;

/**
 * The scenario's uncertainty with one range set or cleared. The first range brings the default seed
 * and sample count; clearing the last range keeps them, so a re-rolled seed survives an edit.
 */
export function withRange(uncertainty: Uncertainty | undefined, seriesId: string, path: string, range: ParamRange | undefined): Uncertainty | undefined {
  const current = uncertainty ?? { ranges: {}, seed: DEFAULT_SEED, samples: DEFAULT_SAMPLES };
  const { [path]: _old, ...others } = current.ranges[seriesId] ?? {};
  const series = range ? { ...others, [path]: { low: range.low, high: range.high } } : others;
  const { [seriesId]: _series, ...otherSeries } = current.ranges;
  const ranges = Object.keys(series).length ? { ...otherSeries, [seriesId]: series } : otherSeries;
  if (!uncertainty && !range) return undefined;
  return { ...current, ranges };
}

/**
 * Keeps a series' ranges on the parameters they were typed for when its model changes: an anchor added or
 * removed moves the others' indices, so their ranges follow them by year; ranges on parameters the new model
 * no longer has (a model switch, a removed anchor) are dropped.
 */
export function pruneRanges(uncertainty: Uncertainty | undefined, seriesId: string, previous: ForecastModel | undefined, model: ForecastModel): Uncertainty | undefined {
  const ranges = uncertainty?.ranges[seriesId];
  if (!uncertainty || !ranges) return uncertainty;
  const reindexed = previous?.type === 'anchored' && model.type === 'anchored' && previous.anchors.length !== model.anchors.length;
  let changed = false;
  const kept: [string, ParamRange][] = [];
  for (const [path, range] of Object.entries(ranges)) {
    let next = path;
    const [head, index, leaf] = path.split('.');
    if (reindexed && head === 'anchors') {
      const year = previous.anchors[Number(index)]?.year;
      const moved = model.anchors.findIndex((a) => a.year === year);
      next = moved < 0 ? '' : `anchors.${moved}.${leaf}`;
    }
    if (next !== path) changed = true;
    if (next && modelHasParam(model, next)) kept.push([next, range]);
    else changed = true;
  }
  if (!changed) return uncertainty;
  const { [seriesId]: _pruned, ...otherSeries } = uncertainty.ranges;
  return { ...uncertainty, ranges: kept.length ? { ...otherSeries, [seriesId]: Object.fromEntries(kept) } : otherSeries };
}

/** A seed the saved-state schema accepts (an unsigned 32-bit integer). */
export const clampSeed = (seed: number): number => (Number.isFinite(seed) ? Math.min(4294967295, Math.max(0, Math.trunc(seed))) : DEFAULT_SEED);
export const clampSamples = (samples: number): number =>
  Number.isFinite(samples) ? Math.min(MAX_SAMPLES, Math.max(MIN_OFFERED_SAMPLES, Math.round(samples))) : DEFAULT_SAMPLES;

/**
 * The value in force while a parameter carries a range: the median of the distribution the range is read
 * as (model/uncertainty): the geometric mean for a positive value, the geometric mean of 1 + g less 1 for a
 * rate, the middle for a year. Computed in decimals and kept to 8 significant digits, so it reads back clean.
 */
export function rangeMedian(kind: ParamKind, range: ParamRange): string {
  const low = new Dec(range.low);
  const high = new Dec(range.high);
  const median = kind === 'rate' ? low.plus(1).times(high.plus(1)).sqrt().minus(1) : kind === 'year' ? low.plus(high).div(2) : low.times(high).sqrt();
  return median.toSignificantDigits(8).toString();
}
