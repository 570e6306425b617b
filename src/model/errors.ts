/**
 * Errors are values (OWID Grapher's way): every function that can fail returns a Result,
 * and a failure names its kind, the field at fault and the numbers a message needs.
 * `message` is an English sentence; the UI translates by `kind` and `params`.
 */
export type ModelErrorKind =
  | 'not-a-number'
  | 'not-finite'
  | 'rate-too-low'
  | 'not-positive'
  | 'year-not-integer'
  | 'year-out-of-range'
  | 'range-reversed'
  | 'horizon-too-long'
  | 'too-few-anchors'
  | 'anchors-out-of-order'
  | 'anchor-range-reversed'
  | 'ceiling-not-above-value'
  | 'steepness-not-positive'
  | 'no-growth'
  | 'target-not-reached'
  | 'same-year'
  | 'currency-mismatch'
  | 'out-of-domain'
  | 'worker-crashed';

export interface ModelError {
  readonly kind: ModelErrorKind;
  /** The parameter at fault, in the model's own names (cagr, baseValue, anchors[2].year …). */
  readonly field: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ModelError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(
  kind: ModelErrorKind,
  field: string,
  message: string,
  params: Record<string, string | number> = {},
): Result<T> => ({ ok: false, error: { kind, field, message, params } });

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
export const MAX_HORIZON = 100;
