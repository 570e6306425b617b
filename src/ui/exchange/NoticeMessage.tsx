import type { SeriesProblem } from '../../io/exchange-series';
import type { Lang } from '../../model';
import { otherLang, type Messages } from '../i18n';
import type { ExchangeMessages } from '../i18n/exchange';
import type { SeriesMessages } from '../i18n/series';
import { fieldLabel, problemText, useSeriesText } from '../series/use-series-text';
import { isErrorNotice, usePage, useApp, useT, type Notice } from '../shared';
import { useExchangeText } from './use-exchange-text';

/** The words a refused series is told in: the page's (a value's limits) and the series form's (its fields, its faults). */
export interface SeriesWords {
  readonly lang: Lang;
  readonly t: Messages;
  readonly w: SeriesMessages;
}

/** Which series of a file was refused, and why, in the words the series form uses for the same fault. */
function seriesRefusal(problem: SeriesProblem, x: ExchangeMessages, { lang, t, w }: SeriesWords): string {
  const name = problem.name?.[lang] ?? problem.name?.[otherLang(lang)];
  const reason = problemText({ field: problem.error.field, from: 'series', kind: problem.error.kind, params: problem.error.params }, t, w);
  return x.seriesRefused(problem.index + 1, name, fieldLabel(problem.error.field, w) || undefined, reason);
}

const withSeries = (text: string, series: { readonly count: number; readonly present: number } | undefined, x: ExchangeMessages) =>
  series ? `${text} ${x.seriesAdded(series.count, series.present)}` : text;

/** A notice as a sentence in the reader's language. */
export function noticeText(notice: Notice, x: ExchangeMessages, words?: SeriesWords): string {
  switch (notice.kind) {
    case 'imported':
      return withSeries(x.imported(notice.count, notice.present), notice.series, x);
    case 'shared':
      return withSeries(
        notice.yearsRefused ? `${x.sharedOpened(notice.count, notice.present)} ${x.sharedYearsRefused}` : x.sharedOpened(notice.count, notice.present),
        notice.series,
        x,
      );
    case 'series-added':
      return x.seriesAdded(notice.count, notice.present);
    case 'import-none':
      return x.importNone;
    case 'import-error':
      return (notice.from === 'link' ? x.linkFailed : x.importFailed)(
        notice.seriesProblem && words ? seriesRefusal(notice.seriesProblem, x, words) : x.errors[notice.error],
      );
    case 'saved':
      return x.saved(notice.file);
    case 'printing':
      return x.printing;
    case 'copied':
      return { image: x.copiedImage, link: x.copiedLink, code: x.copiedCode, table: x.copiedTable }[notice.what];
    case 'clipboard':
      return x.clipboard[notice.reason];
    case 'failed':
      return x.failed(notice.reason);
    case 'language-unavailable':
      return x.languageUnavailable;
  }
}

/** One notice, worded in the current language, with a button to dismiss it. */
export default function NoticeMessage({ notice }: { notice: Notice }) {
  const x = useExchangeText();
  const lang = useApp((s) => s.settings.lang);
  const words = { lang, t: useT(), w: useSeriesText() };
  const clearNotice = usePage((s) => s.clearNotice);
  const error = isErrorNotice(notice);
  return (
    <p className={error ? 'exchange-notice exchange-notice--error' : 'exchange-notice'} data-testid={error ? 'exchange-error' : 'exchange-notice'}>
      {noticeText(notice, x, words)}
      <button type="button" className="icon-button" onClick={clearNotice} aria-label={x.close}>
        ×
      </button>
    </p>
  );
}
