import type { ChartArrowMark, ChartData } from '../../charts/types';
import { arrowValues, Dec, formatPercent, formatQuantity } from '../../model';
import type { ChartWords } from '../../state';
import type { Messages } from '../i18n';
import type { SeriesDisplay } from '../shared';
import type { SeriesEntry } from './chart-data';

const signed = (text: string) => (text.startsWith('-') ? `−${text.slice(1)}` : `+${text}`);

/**
 * The arrows of one chart with their numbers from the engine (arrowValues, exact) and their labels in
 * the reader's language; an arrow on a scenario not compared, or a year outside the line, is left out.
 */
export function chartArrows(words: ChartWords, entries: readonly SeriesEntry[], display: SeriesDisplay, lang: 'en' | 'zh', t: Messages): ChartArrowMark[] {
  const factor = display.factor;
  return (words.arrows ?? []).flatMap((arrow): ChartArrowMark[] => {
    const entry = entries.find((e) => e.scenario.id === arrow.scenarioId);
    if (!entry?.result?.ok) return [];
    const values = arrowValues(entry.result.value, arrow.from, arrow.to);
    if (!values.ok) return [];
    const { from, to, cagr, difference, relative } = values.value;
    let label: string;
    if (arrow.kind === 'cagr') {
      if (!cagr) return [];
      label = t.slides.cagrLabel(signed(formatPercent(cagr, 1)));
    } else {
      // To the table's four digits, so the change ties out with the two values beside it (3713亿 − 1000亿 = +2713亿).
      const change = signed(formatQuantity(difference.times(factor), display.unit, lang, { digits: 4, style: display.style }));
      label = relative ? `${change} (${signed(formatPercent(relative, 0))})` : change;
    }
    const point = (p: { year: number; value: Dec }) => ({ year: p.year, value: p.value.times(factor).toNumber() });
    return [{ kind: arrow.kind, colorIndex: entry.scenario.colorIndex, from: point(from), to: point(to), label }];
  });
}

/** The chart with the user's title (or none), subtitle and arrows; the note, source and footnote go to exports. */
export function withWords(data: ChartData, words: ChartWords, arrows: readonly ChartArrowMark[]): ChartData {
  const title = words.hideTitle ? '' : (words.title ?? data.title);
  const subtitle = words.hideTitle ? undefined : words.subtitle;
  return { ...data, title, ...(subtitle ? { subtitle } : {}), ...(arrows.length ? { arrows } : {}) };
}
