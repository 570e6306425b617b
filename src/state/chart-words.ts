import type { ArrowKind } from '../model';
import { fitLine, fitText, type Doc } from './scenario';

/** A CAGR or difference arrow on one scenario's line, between two years (think-cell's arrows). */
export interface ChartArrow {
  readonly scenarioId: string;
  readonly from: number;
  readonly to: number;
  readonly kind: ArrowKind;
}

/**
 * The user's own words on one chart, kept with the document: a title in place of the series' name
 * (or none), a subtitle, a note, whether the assumptions footnote and the source line appear, and
 * the arrows. Absent fields keep the defaults (the series' name, footnote and source shown).
 */
export interface ChartWords {
  readonly title?: string;
  readonly hideTitle?: boolean;
  readonly subtitle?: string;
  readonly note?: string;
  readonly footnote?: boolean;
  readonly source?: boolean;
  readonly arrows?: readonly ChartArrow[];
}

export const MAX_ARROWS = 10;
export const NO_WORDS: ChartWords = {};

export const chartWordsOf = (doc: Doc, seriesId: string): ChartWords => doc.charts?.[seriesId] ?? NO_WORDS;

/** Only what differs from the defaults is kept, so an untouched chart stores nothing. */
export function tidyWords(words: ChartWords): ChartWords | undefined {
  const out: { -readonly [K in keyof ChartWords]: ChartWords[K] } = {};
  // Cut to what the saved-state schema takes (io/schemas chartWordsSchema), as the fields' maxLength does.
  const title = words.title === undefined ? undefined : fitLine(words.title, 200);
  const subtitle = fitLine(words.subtitle ?? '', 300);
  const note = fitText(words.note ?? '', 1000);
  if (title) out.title = title;
  if (words.hideTitle) out.hideTitle = true;
  if (subtitle) out.subtitle = subtitle;
  if (note) out.note = note;
  if (words.footnote === false) out.footnote = false;
  if (words.source === false) out.source = false;
  if (words.arrows?.length) out.arrows = words.arrows.slice(0, MAX_ARROWS);
  return Object.keys(out).length ? out : undefined;
}

/** The doc with one chart's words changed (`change` merged over what it had). */
export function withChartWords(doc: Doc, seriesId: string, change: Partial<ChartWords>): Doc {
  const words = tidyWords({ ...chartWordsOf(doc, seriesId), ...change });
  const { [seriesId]: _old, ...others } = doc.charts ?? {};
  const charts = words ? { ...others, [seriesId]: words } : others;
  const { charts: _charts, ...rest } = doc;
  return Object.keys(charts).length ? { ...rest, charts } : rest;
}
