import { parseRange, type FieldKind } from '../../io/parse-input';
import type { Currency } from '../../model';
import type { ParamRange } from '../../state';
import type { Messages } from '../i18n';
import { inputErrorText } from '../shared';

/** What a field's text is: a range to set, one number (read by parseInput next), or a sentence saying why neither. */
export type TypedText = { readonly type: 'range'; readonly range: ParamRange } | { readonly type: 'number' } | { readonly type: 'error'; readonly message: string };

/** Reads typed text as a range first ("40% to 70%", "1.5-3亿"); a single number falls through to the one-number path. */
export function readTyped(text: string, kind: FieldKind, currency: Currency | undefined, rangesAllowed: boolean, t: Messages): TypedText {
  const parsed = parseRange(text, kind, currency);
  if (parsed.ok) return rangesAllowed ? { type: 'range', range: { low: parsed.low, high: parsed.high } } : { type: 'error', message: t.uncertainty.cannotRange };
  // Not a range, or not one this field takes: parseInput reads (or explains) the text as one number.
  if (parsed.kind === 'not-a-range' || parsed.kind === 'empty' || !rangesAllowed) return { type: 'number' };
  return { type: 'error', message: parsed.kind === 'range-reversed' ? t.errors.model['range-reversed'] : inputErrorText(parsed.kind, t) };
}

/** What the box shows when nobody is typing: the range as typed back ("40% to 70%"), or the value in force. */
export function rangeFieldText(value: string, range: ParamRange | undefined, format: (value: string) => string, t: Messages): string {
  return range ? t.uncertainty.rangeText(format(range.low), format(range.high)) : format(value);
}
