import type { ClipboardRefusal } from '../../io/clipboard';
import type { SeriesProblem } from '../../io/exchange-series';
import type { ImportErrorKind } from '../../io/scenario-file';

/**
 * What an export, import or shared link has to tell, kept as facts and worded at render time, so a
 * message follows a language switch. Held by the page's store (page-store.ts).
 */
type SeriesCount = { readonly count: number; readonly present: number };

export type Notice =
  // count: scenarios added; present: the file's or link's scenarios the user already had (not copied again).
  | { readonly kind: 'imported'; readonly count: number; readonly present: number; readonly series?: SeriesCount }
  | { readonly kind: 'shared'; readonly count: number; readonly present: number; readonly yearsRefused?: true; readonly series?: SeriesCount }
  // A series library file: series of one's own added, and those the user already had.
  | ({ readonly kind: 'series-added' } & SeriesCount)
  | { readonly kind: 'import-none' }
  // The door's refusal as it came (io/scenario-file ImportResult): seriesProblem, the one series of the file or link
  // that was refused, is worded with its fault; detail, in English for the console and tests, is never shown.
  | { readonly kind: 'import-error'; readonly error: ImportErrorKind; readonly from: 'file' | 'link'; readonly seriesProblem?: SeriesProblem; readonly detail?: string }
  | { readonly kind: 'saved'; readonly file: string }
  | { readonly kind: 'printing' }
  | { readonly kind: 'copied'; readonly what: 'image' | 'link' | 'code' | 'table' }
  | { readonly kind: 'clipboard'; readonly reason: ClipboardRefusal | 'text' | 'table' }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'language-unavailable' };

/** A refusal or a failure: it stays until dismissed; good news fades. */
export const isErrorNotice = (notice: Notice): boolean =>
  notice.kind === 'import-error' ||
  notice.kind === 'import-none' ||
  (notice.kind === 'shared' && notice.yearsRefused === true) ||
  notice.kind === 'clipboard' ||
  notice.kind === 'failed' ||
  notice.kind === 'language-unavailable';
