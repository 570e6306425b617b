import type { ExchangeMessages } from '../i18n/exchange';
import { isErrorNotice, usePage, type Notice } from '../shared';
import { useExchangeText } from './use-exchange-text';

const withSeries = (text: string, series: { readonly count: number; readonly present: number } | undefined, x: ExchangeMessages) =>
  series ? `${text} ${x.seriesAdded(series.count, series.present)}` : text;

/** A notice as a sentence in the reader's language. */
export function noticeText(notice: Notice, x: ExchangeMessages): string {
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
      return (notice.from === 'link' ? x.linkFailed : x.importFailed)(x.errors[notice.error]);
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
  const clearNotice = usePage((s) => s.clearNotice);
  const error = isErrorNotice(notice);
  return (
    <p className={error ? 'exchange-notice exchange-notice--error' : 'exchange-notice'} data-testid={error ? 'exchange-error' : 'exchange-notice'}>
      {noticeText(notice, x)}
      <button type="button" className="icon-button" onClick={clearNotice} aria-label={x.close}>
        ×
      </button>
    </p>
  );
}
