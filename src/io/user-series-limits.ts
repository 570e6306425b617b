import type { SeriesDefinition } from '../model';

/** The stated limits of series of one's own (issue 19): enough for a report's tables, not a database. */
export const MAX_USER_SERIES = 20;
export const MAX_FIGURES = 50;
/** The years the app can show (state/settings-slice YEAR_MIN-YEAR_MAX, which io may not import). */
export const USER_YEARS = { from: 2015, to: 2050 } as const;

/** Why a series of one's own is refused; the UI words each kind in the reader's language. */
export type UserSeriesErrorKind =
  | 'not-an-object'
  | 'invalid'
  | 'too-long'
  | 'hostile-text'
  | 'no-name'
  | 'unknown-unit'
  | 'unsupported-currency'
  | 'no-publisher'
  | 'bad-date'
  | 'bad-id'
  | 'too-many-series'
  | 'too-many-figures'
  | 'no-figures'
  | 'figure-mismatch'
  | 'span-reversed'
  | 'rate-needs-span'
  | 'year-out-of-window'
  | 'duplicate-year'
  | 'range-reversed'
  | 'out-of-domain'
  | 'no-model'
  /** A file's list of series: two under one id (io/exchange-series). */
  | 'duplicate-id';

/** As model/errors' ModelError: the kind, the field at fault as a dot path, an English sentence, its numbers. */
export interface UserSeriesError {
  readonly kind: UserSeriesErrorKind;
  readonly field: string;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export type UserSeriesResult = { readonly ok: true; readonly value: SeriesDefinition } | { readonly ok: false; readonly error: UserSeriesError };
