import { anchorValue, checkAnchored } from './anchored';
import { checkCompound } from './compound';
import { ONE } from './decimal';
import { fail, ok, type Result } from './errors';
import { checkLogistic } from './logistic';
import type { ForecastModel } from './types';
import { anchorIndex, describeRange, paramKind, shownInput, type ParamKind, type RangeDistribution } from './uncertainty';

/** A range per parameter path of one model ("cagr", "anchors.1.low"), as Scenario.uncertainty holds them. */
export type ParamRanges = Readonly<Record<string, { readonly low: string | number; readonly high: string | number }>>;

/**
 * A model in float64 for sampling: its parameters as slots in the terms the path is linear in
 * (ln of a value, ln(1 + rate), a year as is), so a normal draw mu + sigma·z is a slot value directly.
 * Paths are computed a year at a time across all samples (a column per slot): the loops then read and write
 * memory in order, which is what makes 10,000 × 30 values cheap.
 */
export interface FloatModel {
  /** The model's own (deterministic) parameters. */
  readonly slots: Float64Array;
  /** Turns slot columns, in place, into what fillYear reads (e^x of a ln ceiling, say): once, not once a year. */
  readonly prepare: (columns: Float64Array[]) => void;
  /** Writes every sample's value in `year` into out[s], from one column per slot, prepared. */
  readonly fillYear: (columns: readonly Float64Array[], year: number, out: Float64Array) => void;
}

const asIs = (): void => {};

export interface UncertainParam {
  readonly path: string;
  readonly kind: ParamKind;
  readonly slot: number;
  readonly dist: RangeDistribution;
}

/** A parameter's value in slot terms: ln of a value, ln(1 + g) of a rate, a year as is. */
export function toSlot(kind: ParamKind, value: number): number {
  return kind === 'positive' ? Math.log(value) : kind === 'rate' ? Math.log1p(value) : value;
}

// Slot layouts, one per model type.
const COMPOUND = { baseValue: 0, cagr: 1 } as const;
const LOGISTIC = { ceiling: 0, midpoint: 1, steepness: 2 } as const;
const ANCHORED = { rateBefore: 0, rateAfter: 1, firstAnchor: 2 } as const;

/** Checks a model exactly (decimal.js, as project() does) and lays it out in float slots. */
export function toFloatModel(model: ForecastModel): Result<FloatModel> {
  if (typeof model !== 'object' || model === null) return fail('not-a-number', 'model', 'A simulation needs a model.', {});
  const shape = checkShape(model);
  if (!shape.ok) return shape;
  switch (model.type) {
    case 'compound': {
      const checked = checkCompound(model);
      if (!checked.ok) return checked;
      const { baseYear, baseValue, cagr } = checked.value;
      const slots = Float64Array.of(baseValue.ln().toNumber(), ONE.plus(cagr).ln().toNumber());
      return ok({ slots, prepare: asIs, fillYear: compoundYear(baseYear) });
    }
    case 'logistic': {
      const checked = checkLogistic(model);
      if (!checked.ok) return checked;
      const { ceiling, midpoint, steepness } = checked.value;
      return ok({ slots: Float64Array.of(ceiling.ln().toNumber(), midpoint.toNumber(), steepness.ln().toNumber()), prepare: logisticPrepare, fillYear: logisticYear });
    }
    case 'anchored': {
      if (!Array.isArray(model.anchors)) return fail('too-few-anchors', 'anchors', 'An anchored path needs at least one anchor.', { min: 1 });
      const checked = checkAnchored(model);
      if (!checked.ok) return checked;
      const { anchors, rateBefore, rateAfter, ceiling } = checked.value;
      const through = model.through === 'low' || model.through === 'high' ? model.through : 'mid';
      const slots = new Float64Array(ANCHORED.firstAnchor + anchors.length);
      slots[ANCHORED.rateBefore] = ONE.plus(rateBefore).ln().toNumber();
      slots[ANCHORED.rateAfter] = ONE.plus(rateAfter).ln().toNumber();
      anchors.forEach((a, i) => (slots[ANCHORED.firstAnchor + i] = anchorValue(a, through).ln().toNumber()));
      return ok({ slots, prepare: asIs, fillYear: anchoredYear(anchors.map((a) => a.year), ceiling?.toNumber()) });
    }
    default:
      return fail('not-a-number', 'type', 'A simulation needs a compound, anchored or logistic model.', { input: shownInput((model as { type?: unknown }).type) });
  }
}

const isNumberText = (x: unknown) => typeof x === 'string' || typeof x === 'number';

/**
 * The checks in validate.ts take decimal.js values too and trust anything with an isFinite key to be one; a model
 * from outside (a worker message, a fuzzer) could hold any object, so fields must be strings or numbers first.
 */
function checkShape(model: ForecastModel): Result<true> {
  const notNumber = (field: string) => fail<true>('not-a-number', field, `${field} is not a number.`, {});
  const fields = model.type === 'compound' ? ['baseValue', 'cagr'] : model.type === 'logistic' ? ['ceiling', 'midpoint', 'steepness'] : ['rateBefore', 'rateAfter'];
  for (const field of fields) if (!isNumberText((model as unknown as Record<string, unknown>)[field])) return notNumber(field);
  if (model.type === 'anchored' && model.ceiling !== undefined && !isNumberText(model.ceiling)) return notNumber('ceiling');
  if (model.type === 'compound' && typeof model.baseYear !== 'number') return notNumber('baseYear');
  if (model.type === 'anchored' && Array.isArray(model.anchors))
    for (const [i, anchor] of model.anchors.entries()) {
      if (typeof anchor !== 'object' || anchor === null) return notNumber(`anchors[${i}]`);
      if (typeof anchor.year !== 'number') return notNumber(`anchors[${i}].year`);
      if (!isNumberText(anchor.low)) return notNumber(`anchors[${i}].low`);
      if (anchor.high !== undefined && !isNumberText(anchor.high)) return notNumber(`anchors[${i}].high`);
    }
  return ok(true);
}

/** The slot a parameter path fills in a model of this type, if it has one. */
function slotOf(model: ForecastModel, path: string): number | undefined {
  if (model.type === 'compound') return COMPOUND[path as keyof typeof COMPOUND];
  if (model.type === 'logistic') return LOGISTIC[path as keyof typeof LOGISTIC];
  const anchor = anchorIndex(path);
  if (anchor !== undefined) return anchor < model.anchors.length ? ANCHORED.firstAnchor + anchor : undefined;
  return path === 'rateBefore' || path === 'rateAfter' ? ANCHORED[path] : undefined;
}

/** Reads every range of a model into a distribution on its slot, in path order (so the result does not depend on key order). */
export function readRanges(model: ForecastModel, ranges: ParamRanges): Result<UncertainParam[]> {
  if (typeof ranges !== 'object' || ranges === null) return fail('not-a-number', 'ranges', 'The ranges must be an object of parameter ranges.', {});
  const params: UncertainParam[] = [];
  for (const path of Object.keys(ranges).sort()) {
    const kind = paramKind(model.type, path);
    if (!kind.ok) return kind;
    const slot = slotOf(model, path);
    if (slot === undefined)
      return fail('not-a-number', path, `${path} names an anchor the model does not have.`, { reason: 'not-uncertain', path, model: model.type });
    const range = ranges[path];
    if (typeof range !== 'object' || range === null) return fail('not-a-number', path, `The range of ${path} is not a range.`, { input: shownInput(range) });
    const dist = describeRange(kind.value, range.low, range.high, path);
    if (!dist.ok) return dist;
    params.push({ path, kind: kind.value, slot, dist: dist.value });
  }
  return ok(params);
}

function compoundYear(baseYear: number) {
  return (columns: readonly Float64Array[], year: number, out: Float64Array): void => {
    const lnBase = columns[COMPOUND.baseValue]!;
    const lnFactor = columns[COMPOUND.cagr]!;
    const t = year - baseYear;
    for (let s = 0; s < out.length; s++) out[s] = Math.exp(lnBase[s]! + t * lnFactor[s]!);
  };
}

/** The ceiling and the steepness are sampled as logarithms, so that they stay positive. */
function logisticPrepare(columns: Float64Array[]): void {
  for (const slot of [LOGISTIC.ceiling, LOGISTIC.steepness]) {
    const column = columns[slot]!;
    for (let s = 0; s < column.length; s++) column[s] = Math.exp(column[s]!);
  }
}

/** ceiling / (1 + e^(-k·(year - midpoint))). */
function logisticYear(columns: readonly Float64Array[], year: number, out: Float64Array): void {
  const ceiling = columns[LOGISTIC.ceiling]!;
  const midpoint = columns[LOGISTIC.midpoint]!;
  const k = columns[LOGISTIC.steepness]!;
  for (let s = 0; s < out.length; s++) out[s] = ceiling[s]! / (1 + Math.exp(-k[s]! * (year - midpoint[s]!)));
}

/** Log-linear between anchors, at rateBefore before the first and rateAfter after the last, bent into a ceiling if any (as anchoredPath). */
function anchoredYear(years: readonly number[], ceiling?: number) {
  const last = years.length - 1;
  return (columns: readonly Float64Array[], year: number, out: Float64Array): void => {
    const level = (j: number) => columns[ANCHORED.firstAnchor + j]!;
    // Which segment holds the year is the same for every sample.
    let segment = -1; // the last anchor at or before the year
    while (segment < last && years[segment + 1]! <= year) segment++;
    if (segment < 0 || segment === last) {
      const [anchor, rate] = segment < 0 ? [0, columns[ANCHORED.rateBefore]!] : [last, columns[ANCHORED.rateAfter]!];
      const lnLevel = level(anchor);
      const t = year - years[anchor]!;
      if (ceiling !== undefined && segment === last && t > 0) {
        // The odds v / (C - v) grow at the rate (bentValue); a sampled last anchor at or above C stays at C.
        for (let s = 0; s < out.length; s++) {
          const v0 = Math.exp(lnLevel[s]!);
          const odds = v0 >= ceiling ? Infinity : (v0 / (ceiling - v0)) * Math.exp(t * rate[s]!);
          out[s] = Number.isFinite(odds) ? ceiling * (odds / (1 + odds)) : ceiling; // o/(1+o) ≤ 1 in float too
        }
        return;
      }
      for (let s = 0; s < out.length; s++) out[s] = Math.exp(lnLevel[s]! + t * rate[s]!);
      return;
    }
    const start = level(segment);
    const end = level(segment + 1);
    const w = (year - years[segment]!) / (years[segment + 1]! - years[segment]!);
    for (let s = 0; s < out.length; s++) out[s] = Math.exp(start[s]! + w * (end[s]! - start[s]!));
  };
}
