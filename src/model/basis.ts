import { Dec } from './decimal';
import { figureYear, type ReportFigure, type SeriesDefinition } from './report';
import type { ForecastModel } from './types';
import { impliedCagr } from './solvers';

/**
 * What a model adds of its own where the report is silent, so the UI can name it:
 * - 'rate': a constant yearly rate before the first or after the last anchor. When it equals a CAGR the
 *   report states (`reportCagr`) or the growth between two of the path's own anchors (`segment`), that
 *   is said too: "56.6% a year, the report's 2024–2030 CAGR carried on", "100%, the 2024→2025 growth".
 * - 's-curve': the logistic curve, its ceiling the app's choice.
 * - 'compound': constant growth from one base year and value.
 * - 'own-anchor': the path runs to an anchor that stands for no report figure (the user's own).
 */
export type BasisAssumption =
  | {
      readonly kind: 'rate';
      readonly rate: string;
      /** The anchor the rate runs back from (before its first) or on from (after its last): the first or last figure's year, unless the user moved it. */
      readonly edge: { readonly year: number; readonly after: boolean };
      readonly reportCagr?: ReportFigure;
      readonly segment?: { readonly from: number; readonly to: number };
      /** After the last anchor of a path that bends into a ceiling (AnchoredModel.ceiling). */
      readonly ceiling?: string;
    }
  | { readonly kind: 's-curve'; readonly ceiling: string }
  | { readonly kind: 'compound'; readonly rate: string; readonly baseYear: number; readonly reportCagr?: ReportFigure }
  | { readonly kind: 'own-anchor'; readonly year: number };

/**
 * Where a projected value comes from:
 * - 'figure': a year the report gives a figure for; `pinned` when the path is held on it by an anchor
 *   standing for that figure (so a bound or an approximate value is read as a point: `readAs`, the
 *   value the path takes there), not pinned when the path is a fit that merely passes near it (`readAs` is then
 *   the value at the year the figure is read at, to hold it against the figure).
 * - 'between': between two report figures (interpolated or fitted); with `assumption` when the path there is not
 *   the report's but the user's or the model's: through an anchor of the user's own, or past the path's anchors.
 * - 'back-cast': before the report's first figure, by the model's own assumption.
 * - 'assumption': after the report's last figure, by the model's own assumption.
 */
export type ValueBasis =
  | { readonly kind: 'figure'; readonly figure: ReportFigure; readonly pinned: boolean; readonly readAs?: string }
  | { readonly kind: 'between'; readonly previous: ReportFigure; readonly next: ReportFigure; readonly assumption?: BasisAssumption }
  | { readonly kind: 'back-cast'; readonly first: ReportFigure; readonly assumption: BasisAssumption }
  | { readonly kind: 'assumption'; readonly last: ReportFigure; readonly assumption: BasisAssumption };

export type BasisKind = ValueBasis['kind'];

/** The report's level figures that carry a number (statements without one give no basis). */
export function levelFigures(series: SeriesDefinition): readonly ReportFigure[] {
  return series.figures.filter((f) => f.quantity === 'level' && f.kind !== 'statement');
}

/** A figure's years as a closed span: [2024] is 2024–2024, [2024, 2025] is 2024–2025. */
const spanOf = (f: ReportFigure) => ({ first: f.years[0], last: figureYear(f) });
/** The figure whose span holds `year`, if any. */
const figureAt = (figures: readonly ReportFigure[], year: number) => figures.find((f) => year >= spanOf(f).first && year <= spanOf(f).last);

/** Two decimal strings that are the same number (a broken string is never equal). */
function sameNumber(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  try {
    return new Dec(a).eq(new Dec(b));
  } catch {
    return false;
  }
}

/** The report's stated CAGR (quantity 'cagr') equal to `rate`, if any. */
function reportCagrOf(series: SeriesDefinition, rate: string): ReportFigure | undefined {
  return series.figures.find((f) => f.quantity === 'cagr' && sameNumber(f.value, rate));
}

/** The value an anchored model's anchor stands at: its low end, its high end or the geometric middle. */
function anchorLevel(anchor: { low: string; high?: string }, through: 'low' | 'mid' | 'high'): Dec | undefined {
  try {
    const low = new Dec(anchor.low);
    const high = anchor.high === undefined ? low : new Dec(anchor.high);
    if (through === 'low') return low;
    if (through === 'high') return high;
    return low.eq(high) ? low : low.times(high).sqrt();
  } catch {
    return undefined;
  }
}

/** The growth between two consecutive anchors equal to `rate` (to 12 digits), for naming a carried-on rate. */
function segmentWithRate(model: Extract<ForecastModel, { type: 'anchored' }>, rate: string): { from: number; to: number } | undefined {
  let r: Dec;
  try {
    r = new Dec(rate);
  } catch {
    return undefined;
  }
  for (let i = 1; i < model.anchors.length; i++) {
    const a = model.anchors[i - 1]!;
    const b = model.anchors[i]!;
    const va = anchorLevel(a, model.through);
    const vb = anchorLevel(b, model.through);
    if (!va || !vb || b.year <= a.year) continue;
    const growth = impliedCagr({ year: a.year, value: va }, { year: b.year, value: vb });
    if (growth.ok && growth.value.minus(r).abs().lt('1e-12')) return { from: a.year, to: b.year };
  }
  return undefined;
}

function rateAssumption(series: SeriesDefinition, model: Extract<ForecastModel, { type: 'anchored' }>, rate: string, edge: { year: number; after: boolean }): BasisAssumption {
  const reportCagr = reportCagrOf(series, rate);
  const segment = reportCagr ? undefined : segmentWithRate(model, rate);
  return { kind: 'rate', rate, edge, ...(reportCagr ? { reportCagr } : {}), ...(segment ? { segment } : {}) };
}

/** What the model assumes at `year`, outside the report's figures (before the first or after the last). */
function modelAssumption(series: SeriesDefinition, model: ForecastModel, year: number, side: 'before' | 'after'): BasisAssumption {
  switch (model.type) {
    case 'logistic':
      return { kind: 's-curve', ceiling: model.ceiling };
    case 'compound': {
      const reportCagr = reportCagrOf(series, model.cagr);
      return { kind: 'compound', rate: model.cagr, baseYear: model.baseYear, ...(reportCagr ? { reportCagr } : {}) };
    }
    case 'anchored': {
      const years = model.anchors.map((a) => a.year);
      if (side === 'before') {
        const first = Math.min(...years);
        // Before the first anchor the path runs back at rateBefore; between an own anchor and the report's first figure, on that anchor.
        return year < first ? rateAssumption(series, model, model.rateBefore, { year: first, after: false }) : { kind: 'own-anchor', year: first };
      }
      const last = Math.max(...years);
      if (year > last) return { ...rateAssumption(series, model, model.rateAfter, { year: last, after: true }), ...(model.ceiling !== undefined ? { ceiling: model.ceiling } : {}) };
      return { kind: 'own-anchor', year: Math.min(...years.filter((y) => y >= year)) };
    }
  }
}

/**
 * What a path stands on at a year between two figures, when it is not those figures: a model of constant growth or
 * an S-curve; an anchor of the user's own there or on either side (one at no figure's year); or the model's rate before
 * its first anchor or after its last (the anchors moved off the figures around it). Undefined for a path between two
 * anchors on figures.
 */
function betweenAssumption(series: SeriesDefinition, model: ForecastModel, year: number, figures: readonly ReportFigure[]): BasisAssumption | undefined {
  // Constant growth or an S-curve: the model's own path, whatever figures it passes near.
  if (model.type !== 'anchored') return modelAssumption(series, model, year, 'after');
  const years = model.anchors.map((a) => a.year);
  // The anchors on either side (±Infinity where there is none: the model's rate runs on from the last or back from the first).
  const before = Math.max(...years.filter((y) => y <= year));
  const after = Math.min(...years.filter((y) => y >= year));
  if (!isFinite(before) || !isFinite(after)) return modelAssumption(series, model, year, isFinite(before) ? 'after' : 'before');
  const own = [before, after].find((y) => !figureAt(figures, y));
  return own === undefined ? undefined : { kind: 'own-anchor', year: own };
}

/**
 * Whether a model holds its path on `figure` at `year`: an anchor tied to it or on its value there, or a
 * compound model whose base is that year and value (the "trust base and rate" reading starts on $7.2M).
 */
function pinnedAt(model: ForecastModel, figure: ReportFigure, year: number, figures: readonly ReportFigure[]): boolean {
  if (model.type === 'compound') return model.baseYear === year && sameNumber(model.baseValue, figure.value);
  if (model.type !== 'anchored') return false;
  const anchor = model.anchors.find((a) => a.year === year);
  if (!anchor) return false;
  if (anchor.figureId === figure.id) return true;
  // An id naming another figure of this year ties the anchor to that one; an id of another year's figure, or
  // of none, is stale (a series of one's own edited with a figure added before it, or one deleted): the value decides.
  const named = anchor.figureId === undefined ? undefined : figures.find((f) => f.id === anchor.figureId);
  if (named && figureYear(named) === year) return false;
  return sameNumber(anchor.low, figure.value ?? figure.low);
}

/**
 * The basis of a model's value for one series and year: a report figure (and how the path reads it),
 * between figures, a back-cast before the first, or an assumption after the last. `value` is the
 * projection's value at that year (the series' own unit), recorded as the reading of a pinned figure.
 * Undefined when the series has no level figure at all (nothing to stand on).
 */
export function valueBasis(series: SeriesDefinition, model: ForecastModel, year: number, value?: Dec): ValueBasis | undefined {
  const figures = levelFigures(series);
  if (figures.length === 0) return undefined;
  const here = figureAt(figures, year);
  if (here) {
    const pinned = pinnedAt(model, here, year, figures);
    // The value is recorded where the path is held, and where the figure is read (a span's last year) though the path
    // is not held there, so a value it does not allow can be named (goal seek's constant rate run back to 2024).
    return { kind: 'figure', figure: here, pinned, ...(value && (pinned || year === figureYear(here)) ? { readAs: value.toString() } : {}) };
  }
  const sorted = [...figures].sort((a, b) => spanOf(a).first - spanOf(b).first);
  const first = sorted[0]!;
  const last = sorted.reduce((a, b) => (spanOf(b).last > spanOf(a).last ? b : a));
  if (year < spanOf(first).first) return { kind: 'back-cast', first, assumption: modelAssumption(series, model, year, 'before') };
  if (year > spanOf(last).last) return { kind: 'assumption', last, assumption: modelAssumption(series, model, year, 'after') };
  const previous = sorted.filter((f) => spanOf(f).last < year).pop()!;
  const next = sorted.find((f) => spanOf(f).first > year)!;
  const assumption = betweenAssumption(series, model, year, figures);
  return { kind: 'between', previous, next, ...(assumption ? { assumption } : {}) };
}

/** The basis of every year of a projection, in order. */
export function projectionBasis(series: SeriesDefinition, model: ForecastModel, points: readonly { readonly year: number; readonly value: Dec }[]): (ValueBasis | undefined)[] {
  return points.map((p) => valueBasis(series, model, p.year, p.value));
}
