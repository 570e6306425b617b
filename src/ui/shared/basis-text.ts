import {
  Dec,
  figureYear,
  formatPercent,
  formatQuantity,
  isOwnSeries,
  valueBasis,
  type BasisAssumption,
  type ForecastModel,
  type Lang,
  type Projection,
  type ReportFigure,
  type SeriesDefinition,
  type ValueBasis,
} from '../../model';
import type { ReportData } from '../../io/report-fixture';
import type { Messages } from '../i18n';
import type { SeriesDisplay } from './series-view';

/** What turns a basis into words: the series (the report's or one's own), the reader's language, the display unit and the report (for cited assumptions). */
export interface BasisWords {
  readonly series: Pick<SeriesDefinition, 'id'>;
  readonly display: SeriesDisplay;
  readonly lang: Lang;
  readonly t: Messages;
  readonly report: ReportData;
}

/** The words of a series' basis: a series of one's own credits its figures to its source, never to the report. */
export const basisOf = (t: Messages, series: Pick<SeriesDefinition, 'id'>): Messages['basis'] => (isOwnSeries(series) ? t.sourceBasis : t.basis);

// Bare (the column or the axis names the unit), but with its currency where money is shown converted.
const quantity = (value: string | Dec, w: Pick<BasisWords, 'display' | 'lang'>) =>
  formatQuantity(new Dec(value).times(w.display.factor), w.display.unit, w.lang, { digits: 4, bare: !w.display.own, style: w.display.style });
/** A report figure's amount as the report gave it: in the series' own currency when the display converts it. */
const reported = (value: string, w: Pick<BasisWords, 'display' | 'lang'>) =>
  w.display.own ? formatQuantity(new Dec(value), w.display.own, w.lang, { digits: 4, style: w.display.style }) : quantity(value, w);

/**
 * A report figure as short as the chart labels it: ≤10B, >20B, ≈10M, 150M–300M, could reach 500M. A conditional
 * figure (可能达到: could reach, if the market booms) carries no ≤: it is a possibility, not a ceiling.
 */
export function figureLabel(figure: ReportFigure, w: Pick<BasisWords, 'display' | 'lang'>): string {
  if (figure.kind === 'range') return figure.low && figure.high ? `${reported(figure.low, w)}–${reported(figure.high, w)}` : '';
  if (figure.value === undefined) return '';
  // 可能达到 in the reader's language: the report's own word for a conditional figure, not a bound.
  const couldReach = w.lang === 'zh' ? '可能达到' : 'could reach ';
  const prefix = { point: '', approximate: '≈', 'upper-bound': '≤', 'lower-bound': '>', conditional: couldReach, range: '', statement: '' }[figure.kind];
  return prefix + reported(figure.value, w);
}

/**
 * A value a figure does not allow: above an upper bound (百亿内), below a lower bound (突破), outside a range, another
 * value than a point; for an approximate figure (约1000万, 接近千亿) a value that does not round to it at the digits it
 * is given in (≈10M: 5M to 15M; ≈7.2M: 7.15M to 7.25M), and for a conditional one (可能达到5亿, a possibility, which a
 * path may fall short of) a value above that: beyond them it is the user's own number, not a reading of the figure.
 */
export function outside(figure: ReportFigure, value: Dec): boolean {
  // Beyond a figure by more than a part in 10^12 of it: a path fitted through a figure lands on it to the engine's last
  // digits, not to the last of 50.
  const past = (end: string, side: 1 | -1) => value.minus(end).times(side).gt(new Dec(end).abs().times('1e-12'));
  if (figure.kind === 'range') return figure.low !== undefined && figure.high !== undefined && (past(figure.low, -1) || past(figure.high, 1));
  if (figure.value === undefined) return false;
  const f = figure.value;
  if (figure.kind === 'approximate' || figure.kind === 'conditional') {
    // Half a unit of its last significant digit either side (7200000: two digits, ±50000, 5 × 10^(6 − 2)).
    const stated = new Dec(f);
    const half = new Dec(`5e${stated.e - stated.sd()}`);
    return past(stated.plus(half).toString(), 1) || (figure.kind === 'approximate' && past(stated.minus(half).toString(), -1));
  }
  return { 'upper-bound': past(f, 1), 'lower-bound': past(f, -1), point: past(f, 1) || past(f, -1) }[figure.kind as string] ?? false;
}

/** Whether a value stands on its figure: a path held there, at a value the figure allows. */
export const heldOnFigure = (basis: ValueBasis | undefined): boolean =>
  basis?.kind === 'figure' && basis.pinned && !(basis.readAs !== undefined && outside(basis.figure, new Dec(basis.readAs)));

/** The short key of a year's basis, the same for every scenario: the table's basis column and the CSV's. */
export function basisKey(basis: ValueBasis | undefined, w: BasisWords): string {
  if (!basis) return '';
  const b = basisOf(w.t, w.series);
  switch (basis.kind) {
    case 'figure':
      return b.figure(figureLabel(basis.figure, w), b.kind[basis.figure.kind]);
    case 'between':
      return b.between;
    case 'back-cast':
      return b.backCast;
    case 'assumption':
      return b.assumption;
  }
}

/**
 * A ceiling in its series' unit as shown (money in the page's currency), and the cited source when it is the
 * report's cited count of people (China's netizens) on a series of the report's: a revenue ceiling of the same number
 * is no count of people, and a series of one's own cites its own ceiling.
 */
function ceilingWords(ceiling: string, w: BasisWords): [string, string] {
  const cited = w.report.assumptions.chinaNetizens;
  const isCited = !isOwnSeries(w.series) && w.display.unit.kind === 'people' && new Dec(ceiling).eq(new Dec(cited.value));
  const amount = formatQuantity(new Dec(ceiling).times(w.display.factor), w.display.unit, w.lang, { digits: 4, style: w.display.style });
  // A count of people says so in English too (Chinese writes 人).
  return [w.display.unit.kind === 'people' && w.lang === 'en' ? `${amount} people` : amount, isCited ? cited.source[w.lang] : ''];
}

/** An assumption the model adds, named with its source where it has one. */
export function assumptionText(assumption: BasisAssumption, w: BasisWords): string {
  const b = basisOf(w.t, w.series);
  switch (assumption.kind) {
    case 'rate': {
      const rate = formatPercent(new Dec(assumption.rate), 1);
      // Run back from the path's first anchor or on from its last (the first or last figure's year, unless moved).
      const { year, after } = assumption.edge;
      const text = assumption.reportCagr
        ? b.reportCagr(rate, assumption.reportCagr.years[0], figureYear(assumption.reportCagr), after)
        : assumption.segment
          ? b.segment(rate, assumption.segment.from, assumption.segment.to, after)
          : b.rate(rate, year, after);
      return assumption.ceiling === undefined ? text : `${text}${b.bent(...ceilingWords(assumption.ceiling, w))}`;
    }
    case 's-curve':
      return b.sCurve(...ceilingWords(assumption.ceiling, w));
    case 'compound':
      return b.compound(formatPercent(new Dec(assumption.rate), 1), assumption.baseYear, assumption.reportCagr ? formatPercent(new Dec(assumption.rate), 1) : undefined);
    case 'own-anchor':
      return b.ownAnchor(assumption.year);
  }
}

/** The basis of one value in a sentence, for the hover readout: what the number stands on, and which reading it uses. */
export function basisNote(basis: ValueBasis | undefined, w: BasisWords): string {
  if (!basis) return '';
  const b = basisOf(w.t, w.series);
  switch (basis.kind) {
    case 'figure': {
      const label = figureLabel(basis.figure, w);
      const readAs = basis.readAs === undefined ? undefined : quantity(basis.readAs, w);
      // A value the figure does not allow (above 百亿内, another value than a point) is no reading of it, the path held
      // there or not.
      if (readAs !== undefined && outside(basis.figure, new Dec(basis.readAs!))) return b.offFigure(label, readAs);
      if (!basis.pinned) return b.fitted(label);
      // A point figure the path holds is just the figure; any other kind is read as a point, and says so.
      return basis.figure.kind === 'point' || readAs === undefined ? b.exact(label) : b.readAs(label, readAs);
    }
    case 'between':
      // Where the path runs through an anchor of the user's own, or past the anchors, on the model's rate: not the figures'.
      return basis.assumption ? assumptionText(basis.assumption, w) : b.betweenFigures(figureYear(basis.previous), basis.next.years[0]);
    case 'back-cast':
    case 'assumption':
      return assumptionText(basis.assumption, w);
  }
}

/**
 * What one scenario's path stands on, each thing once: the figures it reads as points, the figures it
 * only fits, and the assumptions before the first figure and after the last.
 */
export function scenarioBasisNotes(series: SeriesDefinition, model: ForecastModel, path: Projection, w: BasisWords): string[] {
  const notes: string[] = [];
  for (const point of path) {
    const basis = valueBasis(series, model, point.year, point.value);
    if (!basis || (basis.kind === 'between' && !basis.assumption)) continue;
    if (basis.kind === 'figure' && basis.figure.kind === 'point' && heldOnFigure(basis)) continue;
    const note = basisNote(basis, w);
    if (note && !notes.includes(note)) notes.push(note);
  }
  return notes;
}
