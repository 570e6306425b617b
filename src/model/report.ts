import type { ForecastModel } from './types';
import type { Unit } from './units';

/** Text the app shows in the reader's language. */
export interface Localized {
  readonly zh: string;
  readonly en: string;
}

/**
 * How the report's wording reads: 在百亿内 is an upper bound, 突破 a lower bound, 接近 an approximate value,
 * 1.5至3亿 a range, 如果…可能 a conditional, and a sentence with no number a statement.
 */
export type FigureKind = 'point' | 'upper-bound' | 'lower-bound' | 'approximate' | 'range' | 'conditional' | 'statement';

/** A level (market size, users), a growth rate (CAGR) or a share of a whole. */
export type FigureQuantity = 'level' | 'cagr' | 'share';

export interface ReportFigure {
  readonly id: string;
  readonly quantity: FigureQuantity;
  /** A single year, or the first and last year of a span the report names ("2024至2025年"). */
  readonly years: readonly [number] | readonly [number, number];
  readonly kind: FigureKind;
  /** Point, bound, approximate and conditional figures (a plain decimal string; a rate as a fraction). */
  readonly value?: string;
  /** Range figures. */
  readonly low?: string;
  readonly high?: string;
  /** The report's own words, untouched. */
  readonly wording: string;
  readonly reading: Localized;
  readonly condition?: Localized;
}

export interface SeriesDefinition {
  readonly id: string;
  readonly name: Localized;
  readonly unit: Unit;
  /** Where in the report: section, figure (图表) and the source the report cites. */
  readonly section: string;
  readonly figure?: string;
  readonly citedSource: Localized;
  readonly figures: readonly ReportFigure[];
  /** The report's base case, as the app reads it; absent for series that are not charted. */
  readonly baseModel?: ForecastModel;
  readonly notes?: Localized;
}

/** The year a figure speaks for: a span ("by 2024-2025") is read as reached by its last year. */
export function figureYear(figure: ReportFigure): number {
  return figure.years[figure.years.length - 1]!;
}

/** A series a person added from a source of their own (issue 19): the series door (io/user-series) names them "user-…". */
export const isOwnSeries = (series: Pick<SeriesDefinition, 'id'>): boolean => series.id.startsWith('user-');
