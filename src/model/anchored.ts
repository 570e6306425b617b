import { Dec, ONE } from './decimal';
import { fail, ok, type Result } from './errors';
import type { AnchoredModel, PositiveValue, Projection, ProjectionPoint, RangePick, Rate, Year } from './types';
import { toPositive, toRate, toYear, toYearRange } from './validate';
import { yearlyFactor } from './root';

export interface CheckedAnchor {
  readonly year: Year;
  readonly low: PositiveValue;
  readonly high: PositiveValue;
}

/** The value a path runs through at an anchor: the low end, the high end, or the geometric middle √(low·high). */
export function anchorValue(anchor: CheckedAnchor, through: RangePick): PositiveValue {
  if (through === 'low') return anchor.low;
  if (through === 'high') return anchor.high;
  if (anchor.low.eq(anchor.high)) return anchor.low; // √(v·v) is v: skip the square root
  return anchor.low.times(anchor.high).sqrt() as PositiveValue;
}

/** The most anchors a path holds: what saved work and every file may carry (io/schemas), so the page adds no more. */
export const MAX_ANCHORS = 50;

/**
 * Each anchor list's check, kept while the list lives. Models are immutable, and a slider dragging a
 * rate (or the goal seek trying rates) makes a new model on the same anchors each time: the anchors
 * and the factors between them (anchorSegments) are worked out once for all of those models.
 */
const checkedLists = new WeakMap<AnchoredModel['anchors'], Result<readonly CheckedAnchor[]>>();

export function checkAnchors(anchors: AnchoredModel['anchors']): Result<readonly CheckedAnchor[]> {
  let checked = checkedLists.get(anchors);
  if (!checked) {
    checked = checkAnchorList(anchors);
    checkedLists.set(anchors, checked);
  }
  return checked;
}

function checkAnchorList(anchors: AnchoredModel['anchors']): Result<readonly CheckedAnchor[]> {
  if (anchors.length === 0) return fail('too-few-anchors', 'anchors', 'An anchored path needs at least one anchor.', { min: 1 });
  const checked: CheckedAnchor[] = [];
  for (const [i, anchor] of anchors.entries()) {
    const year = toYear(anchor.year, `anchors[${i}].year`);
    if (!year.ok) return year;
    const low = toPositive(anchor.low, `anchors[${i}].low`);
    if (!low.ok) return low;
    const high = anchor.high === undefined ? low : toPositive(anchor.high, `anchors[${i}].high`);
    if (!high.ok) return high;
    if (high.value.lt(low.value))
      return fail('anchor-range-reversed', `anchors[${i}].high`, `The anchor in ${year.value} has its high end below its low end.`, {
        year: year.value,
        low: low.value.toString(),
        high: high.value.toString(),
      });
    const previous = checked[i - 1];
    if (previous && year.value <= previous.year)
      return fail(
        'anchors-out-of-order',
        `anchors[${i}].year`,
        `Anchors must be in increasing years: ${year.value} follows ${previous.year}.`,
        { year: year.value, previous: previous.year },
      );
    checked.push({ year: year.value, low: low.value, high: high.value });
  }
  return ok(checked);
}

interface Segments {
  /** The value the path runs through at each anchor. */
  readonly levels: readonly { readonly year: number; readonly value: Dec }[];
  /** The yearly factor from each anchor to the next (one fewer than the anchors). */
  readonly factors: readonly Dec[];
}
const segmentsOf = new WeakMap<readonly CheckedAnchor[], Partial<Record<RangePick, Segments>>>();

/** The levels and segment factors of checked anchors run through at `through`, kept per (cached) list. */
function anchorSegments(anchors: readonly CheckedAnchor[], through: RangePick): Segments {
  let byPick = segmentsOf.get(anchors);
  if (!byPick) {
    byPick = {};
    segmentsOf.set(anchors, byPick);
  }
  let segments = byPick[through];
  if (!segments) {
    const levels = anchors.map((a) => ({ year: a.year, value: anchorValue(a, through) as Dec }));
    const factors = levels.slice(1).map((end, i) => yearlyFactor(end.value.div(levels[i]!.value), end.year - levels[i]!.year));
    segments = { levels, factors };
    byPick[through] = segments;
  }
  return segments;
}

/**
 * After the last anchor (v0 in year t0) under a ceiling C: the odds v / (C - v) grow at the rate, so
 * v(t) = C·o / (1 + o) with o = v0 / (C - v0) · (1 + rate)^(t - t0). Far below C it is compound growth at
 * the rate; near C it slows; o / (1 + o) ≤ 1 however large o grows (rounding too), so v never passes C.
 */
export function bentValue(ceiling: Dec, lastValue: Dec, factor: Dec, years: number): Dec {
  const odds = lastValue.div(ceiling.minus(lastValue)).times(factor.pow(years));
  return ceiling.times(odds.div(ONE.plus(odds)));
}

/**
 * A path through the anchors growing at a constant rate inside each segment (log-linear),
 * at rateBefore before the first anchor and rateAfter after the last (bending into `ceiling` if given).
 */
export function anchoredPath(
  anchors: readonly CheckedAnchor[],
  through: RangePick,
  rateBefore: Rate,
  rateAfter: Rate,
  from: Year,
  to: Year,
  ceiling?: PositiveValue,
): Projection {
  const { levels, factors } = anchorSegments(anchors, through);
  const first = levels[0]!;
  const points: ProjectionPoint[] = [];
  let segment = -1; // index of the anchor that starts the segment holding `year`
  let factor = ONE.plus(rateBefore);
  let value = first.value.times(factor.pow(from - first.year));
  for (let year = from; year <= to; year++) {
    // Entering a new segment: restart exactly on the anchor's value, so no rounding drift crosses anchors.
    while (segment + 1 < levels.length && levels[segment + 1]!.year <= year) {
      segment++;
      const start = levels[segment]!;
      factor = factors[segment] ?? ONE.plus(rateAfter);
      value = start.value.times(factor.pow(year - start.year));
    }
    const start = levels[segment];
    const bent = ceiling && start && segment === levels.length - 1 && year > start.year;
    const exact = start?.year === year ? start.value : bent ? bentValue(ceiling, start.value, factor, year - start.year) : value;
    points.push({ year, value: exact });
    value = value.times(factor);
  }
  return points;
}

export interface CheckedAnchored {
  readonly anchors: readonly CheckedAnchor[];
  readonly rateBefore: Rate;
  readonly rateAfter: Rate;
  readonly ceiling?: PositiveValue;
}

export function checkAnchored(model: AnchoredModel): Result<CheckedAnchored> {
  const anchors = checkAnchors(model.anchors);
  if (!anchors.ok) return anchors;
  const before = toRate(model.rateBefore, 'rateBefore');
  if (!before.ok) return before;
  const after = toRate(model.rateAfter, 'rateAfter');
  if (!after.ok) return after;
  if (model.ceiling === undefined) return ok({ anchors: anchors.value, rateBefore: before.value, rateAfter: after.value });
  const ceiling = toPositive(model.ceiling, 'ceiling');
  if (!ceiling.ok) return ceiling;
  // As an S-curve's fit (logistic.ts): the ceiling lies above every anchor, whichever end a path runs through.
  const above = anchors.value.find((a) => a.high.gte(ceiling.value));
  if (above)
    return fail('ceiling-not-above-value', 'ceiling', `The ceiling (${ceiling.value.toString()}) must be above every anchor (${above.high.toString()} in ${above.year}).`, {
      ceiling: ceiling.value.toString(),
      value: above.high.toString(),
      year: above.year,
    });
  return ok({ anchors: anchors.value, rateBefore: before.value, rateAfter: after.value, ceiling: ceiling.value });
}

export function projectAnchored(model: AnchoredModel, range: { from: number; to: number }): Result<Projection> {
  const checked = checkAnchored(model);
  if (!checked.ok) return checked;
  const years = toYearRange(range);
  if (!years.ok) return years;
  const { anchors, rateBefore, rateAfter, ceiling } = checked.value;
  return ok(anchoredPath(anchors, model.through, rateBefore, rateAfter, years.value.from, years.value.to, ceiling));
}
