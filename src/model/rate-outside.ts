import { Dec, ONE } from './decimal';
import { growthConflict, impliedGrowth, levelsOf, statedTolerance, type GrowthConflict, type ImpliedGrowth, type LevelBounds, type Reconciliation } from './audit';
import type { ReportFigure, SeriesDefinition } from './report';
import type { CompoundModel } from './types';

// Imported by path, by the audit panel alone (loaded after the first paint): only a series of one's own states a rate
// against a range or a bound, and the report's three need none of it on the first load (exported from the index, it
// would be there).

/**
 * A stated CAGR that the levels at its ends cannot give, where one of them is a bound or a range (其中一端为区间或界限):
 * 约15亿 in 2024, 150亿–200亿 in 2030 and 30% a year over 2024–2030. Exact ends are a GrowthConflict instead.
 */
export interface RateOutside {
  readonly type: 'rate-outside';
  readonly seriesId: string;
  readonly from: LevelBounds;
  readonly to: LevelBounds;
  readonly rate: GrowthConflict['rate'];
  /** The slowest and fastest yearly growth the two figures allow; undefined where the wording sets no limit. */
  readonly min: Dec | undefined;
  readonly max: Dec | undefined;
  /** The end year's level that the base and the stated rate give, where the base is one amount. */
  readonly endFromBase: Dec | undefined;
  /**
   * Both figures at the allowed rate nearest the stated one (from the base's end that rate starts from); the base at the
   * stated rate, where the base is one amount; the end at the stated rate, where the end is one amount.
   */
  readonly reconciliations: readonly Reconciliation[];
}

const compound = (baseYear: number, value: Dec, cagr: Dec): CompoundModel => ({
  type: 'compound',
  baseYear,
  baseValue: value.toString(),
  cagr: cagr.toString(),
});

const isOneAmount = (l: LevelBounds) => l.low !== undefined && l.high !== undefined && l.low.eq(l.high);

/** The levels a stated rate joins: at its end year, and at its start, the start year itself or the year before it (as growthConflict reads them). */
function rateEnds(rateFigure: ReportFigure, levels: readonly LevelBounds[]) {
  const rateFrom = rateFigure.years[0]!;
  const rateTo = rateFigure.years[rateFigure.years.length - 1]!;
  const at = (year: number) => levels.find((l) => l.year === year);
  const starts = [at(rateFrom - 1), at(rateFrom)].filter((l): l is LevelBounds => l !== undefined && l.year < rateTo);
  return { rateFrom, rateTo, end: at(rateTo), starts };
}

/**
 * A stated rate against ends of which one at least is a bound or a range: no conflict while the rate, to the digits it
 * is stated in, lies within the growth the two figures allow for either start (the start year or the year before it).
 */
function rateOutside(series: SeriesDefinition, rateFigure: ReportFigure, levels: readonly LevelBounds[]): RateOutside | undefined {
  const { rateFrom, rateTo, end, starts } = rateEnds(rateFigure, levels);
  if (!end || rateFigure.value === undefined) return undefined;
  const stated = new Dec(rateFigure.value);
  const tolerance = statedTolerance(rateFigure.value, rateFigure.wording);
  const readings = starts.map((from) => impliedGrowth(series.id, from, end));
  const allows = (r: ImpliedGrowth) => !(r.min && stated.plus(tolerance).lt(r.min)) && !(r.max && stated.minus(tolerance).gt(r.max));
  if (!readings.length || readings.some(allows)) return undefined;
  const { from, min, max } = readings[0]!;
  const years = end.year - from.year;
  const factor = ONE.plus(stated);
  // The nearest rate the figures allow: their slowest (from the base's high end to the end's low end) when the stated
  // rate is slower, their fastest (low to high) when it is faster.
  const slower = min !== undefined && stated.lt(min);
  const nearest = slower ? { rate: min, base: from.high! } : { rate: max!, base: from.low! };
  const reconciliations: Reconciliation[] = [{ id: 'trust-endpoints', model: compound(from.year, nearest.base, nearest.rate) }];
  if (isOneAmount(from)) reconciliations.push({ id: 'trust-base-and-rate', model: compound(from.year, from.low!, stated) });
  if (isOneAmount(end)) reconciliations.push({ id: 'trust-end-and-rate', model: compound(end.year, end.low!, stated) });
  return {
    type: 'rate-outside',
    seriesId: series.id,
    from,
    to: end,
    rate: { figureId: rateFigure.id, from: rateFrom, to: rateTo, value: stated },
    min,
    max,
    endFromBase: isOneAmount(from) ? from.low!.times(factor.pow(years)) : undefined,
    reconciliations,
  };
}


/** Each stated rate of a series that the range or bound at one of its ends cannot allow (none where an exact pair is a GrowthConflict). */
export function ratesOutside(series: SeriesDefinition): RateOutside[] {
  const levels = levelsOf(series);
  return series.figures.flatMap((rateFigure) => {
    if (rateFigure.quantity !== 'cagr' || growthConflict(series, rateFigure, levels)) return [];
    const found = rateOutside(series, rateFigure, levels);
    return found ? [found] : [];
  });
}
