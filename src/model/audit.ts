import { Dec, ONE } from './decimal';
import { figureYear, type ReportFigure, type SeriesDefinition } from './report';
import { impliedCagr } from './solvers';
import type { CompoundModel } from './types';

/** What a figure says about a level: unbounded ends are undefined (an upper bound has no low end). */
export interface LevelBounds {
  readonly figureId: string;
  readonly year: number;
  readonly low: Dec | undefined;
  readonly high: Dec | undefined;
}

export function levelBounds(figure: ReportFigure): LevelBounds | undefined {
  if (figure.quantity !== 'level') return undefined;
  const year = figureYear(figure);
  const at = (low: string | undefined, high: string | undefined) => ({
    figureId: figure.id,
    year,
    low: low === undefined ? undefined : new Dec(low),
    high: high === undefined ? undefined : new Dec(high),
  });
  switch (figure.kind) {
    case 'point':
    case 'approximate':
    case 'conditional':
      return figure.value === undefined ? undefined : at(figure.value, figure.value);
    case 'upper-bound':
      return at(undefined, figure.value);
    case 'lower-bound':
      return at(figure.value, undefined);
    case 'range':
      return at(figure.low, figure.high);
    case 'statement':
      return undefined;
  }
}

export interface ImpliedGrowth {
  readonly type: 'implied-growth';
  readonly seriesId: string;
  readonly from: LevelBounds;
  readonly to: LevelBounds;
  /** The slowest yearly growth the two figures allow; undefined when the wording sets no floor. */
  readonly min: Dec | undefined;
  /** The fastest; undefined when the wording sets no ceiling. */
  readonly max: Dec | undefined;
}

export type ReconciliationId = 'trust-endpoints' | 'trust-base-and-rate' | 'trust-end-and-rate';

export interface Reconciliation {
  readonly id: ReconciliationId;
  readonly model: CompoundModel;
}

/** A level, a later level and a stated CAGR that cannot all be true. */
export interface GrowthConflict {
  readonly type: 'growth-conflict';
  readonly seriesId: string;
  readonly base: { readonly figureId: string; readonly year: number; readonly value: Dec };
  readonly end: { readonly figureId: string; readonly year: number; readonly value: Dec };
  readonly rate: { readonly figureId: string; readonly from: number; readonly to: number; readonly value: Dec };
  /** The CAGR the two levels imply. */
  readonly impliedRate: Dec;
  /** The end year's level that the base and the stated rate give. */
  readonly endFromBase: Dec;
  /** end / endFromBase: how many times too large the end figure is for the base and rate. */
  readonly endRatio: Dec;
  /** The base year's level that the end and the stated rate give. */
  readonly baseFromEnd: Dec;
  /** The level at the start of the rate's period that the end and the rate give. */
  readonly rateStartFromEnd: Dec;
  readonly reconciliations: readonly Reconciliation[];
}

export type AuditFinding = ImpliedGrowth | GrowthConflict;

function growthBetween(a: Dec | undefined, b: Dec | undefined, years: number): Dec | undefined {
  if (a === undefined || b === undefined) return undefined;
  const rate = impliedCagr({ year: 2000, value: a }, { year: 2000 + years, value: b });
  return rate.ok ? rate.value : undefined;
}

export function impliedGrowth(seriesId: string, from: LevelBounds, to: LevelBounds): ImpliedGrowth {
  const years = to.year - from.year;
  return {
    type: 'implied-growth',
    seriesId,
    from,
    to,
    // Slowest: start as high as allowed, end as low as allowed; fastest: the other way round.
    min: growthBetween(from.high, to.low, years),
    max: growthBetween(from.low, to.high, years),
  };
}

/**
 * How far a stated rate reaches, from the digits of its percentage: 56.6% (0.566) stands for anything within
 * ±0.05 points, 30% (0.3, its zero dropped) and 100% (1) for ±0.5 points, as a whole percentage does.
 */
export function statedTolerance(text: string, wording = ''): Dec {
  const decimals = text.includes('.') ? text.split('.')[1]!.length : 0;
  // Its wording may give digits the stored fraction drops: "30.0%" is stated to a tenth of a point.
  const worded = /\d(?:\.(\d+))?\s*[%％]/.exec(wording);
  return new Dec(10).pow(-Math.max(2, decimals, worded ? 2 + (worded[1]?.length ?? 0) : 0)).div(2);
}

export function growthConflict(series: SeriesDefinition, rateFigure: ReportFigure, levels: readonly LevelBounds[]): GrowthConflict | undefined {
  const rateFrom = rateFigure.years[0]!;
  const rateTo = rateFigure.years[rateFigure.years.length - 1]!;
  // The amounts the rate joins: one at its end year, and one at its start, read as the start year itself or the year
  // before it, which a span's growth starts from (the report's 720万美元 in 2023 and its 2024–2030 CAGR). Amounts
  // elsewhere say nothing of an average (growth may vary from year to year); where both starts are given, a rate
  // that agrees with either is no conflict.
  const exactIn = (year: number) => levels.find((l) => l.year === year && l.low !== undefined && l.high !== undefined && l.low.eq(l.high));
  const end = exactIn(rateTo);
  if (!end || rateFigure.value === undefined) return undefined;
  const stated = new Dec(rateFigure.value);
  const endValue = end.low!;
  const readings = [exactIn(rateFrom - 1), exactIn(rateFrom)]
    .filter((l): l is LevelBounds => l !== undefined && l.year < rateTo)
    .map((base) => ({ base, implied: growthBetween(base.low, endValue, rateTo - base.year)! }));
  if (!readings.length || readings.some((r) => r.implied.minus(stated).abs().lte(statedTolerance(rateFigure.value!, rateFigure.wording)))) return undefined;
  const { base, implied } = readings[0]!;
  const baseValue = base.low!;
  const factor = ONE.plus(stated);
  const endFromBase = baseValue.times(factor.pow(end.year - base.year));
  const compound = (baseYear: number, value: Dec, cagr: Dec): CompoundModel => ({
    type: 'compound',
    baseYear,
    baseValue: value.toString(),
    cagr: cagr.toString(),
  });
  return {
    type: 'growth-conflict',
    seriesId: series.id,
    base: { figureId: base.figureId, year: base.year, value: baseValue },
    end: { figureId: end.figureId, year: end.year, value: endValue },
    rate: { figureId: rateFigure.id, from: rateFrom, to: rateTo, value: stated },
    impliedRate: implied,
    endFromBase,
    endRatio: endValue.div(endFromBase),
    baseFromEnd: endValue.div(factor.pow(end.year - base.year)),
    rateStartFromEnd: endValue.div(factor.pow(end.year - rateFrom)),
    reconciliations: [
      { id: 'trust-endpoints', model: compound(base.year, baseValue, implied) },
      { id: 'trust-base-and-rate', model: compound(base.year, baseValue, stated) },
      { id: 'trust-end-and-rate', model: compound(end.year, endValue, stated) },
    ],
  };
}

/** Each series' findings, kept while the series lives: definitions are immutable, and the preset scenarios, the audit panel and the charts all ask. */
const audited = new WeakMap<SeriesDefinition, readonly AuditFinding[]>();

/**
 * Checks each group of figures a series states together: a stated CAGR against the levels it
 * joins, and the yearly growth that each pair of neighbouring levels (and the first and last) demands.
 */
export function auditSeries(series: SeriesDefinition): readonly AuditFinding[] {
  let findings = audited.get(series);
  if (!findings) audited.set(series, (findings = findingsOf(series)));
  return findings;
}

/** A series' levels as their figures bound them, by year. */
export const levelsOf = (series: SeriesDefinition): LevelBounds[] =>
  series.figures
    .map(levelBounds)
    .filter((l): l is LevelBounds => l !== undefined)
    .sort((a, b) => a.year - b.year);

function findingsOf(series: SeriesDefinition): AuditFinding[] {
  const levels = levelsOf(series);
  const findings: AuditFinding[] = [];
  for (const rateFigure of series.figures.filter((f) => f.quantity === 'cagr')) {
    const conflict = growthConflict(series, rateFigure, levels);
    if (conflict) findings.push(conflict);
  }
  const pairs: [LevelBounds, LevelBounds][] = [];
  for (let i = 1; i < levels.length; i++) pairs.push([levels[i - 1]!, levels[i]!]);
  if (levels.length > 2) pairs.push([levels[0]!, levels[levels.length - 1]!]);
  for (const [from, to] of pairs) if (to.year > from.year) findings.push(impliedGrowth(series.id, from, to));
  return findings;
}

export function auditReport(series: readonly SeriesDefinition[]): AuditFinding[] {
  return series.flatMap(auditSeries);
}
