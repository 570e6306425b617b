import { isBareSlip, parseInput, parseRange, type FieldKind, type InputErrorKind } from '../../io/parse-input';
import { Dec, isInDomain, type Currency, type DomainKind } from '../../model';
import type { ParamRange } from '../../state';
import type { Messages } from '../i18n';
import { inputErrorText } from '../shared';

/**
 * What a field's draft text would put in force if committed: one number, a range (`reversed` when its
 * high end was typed first), or a sentence saying why it cannot be used. Nothing here is in force yet.
 */
export type Draft =
  | { readonly type: 'number'; readonly value: string }
  | { readonly type: 'range'; readonly range: ParamRange; readonly reversed: boolean }
  | { readonly type: 'error'; readonly message: string };

export interface DraftRules {
  readonly kind: FieldKind;
  readonly currency?: Currency | undefined;
  /** Whether the field takes a range ("40% to 70%"); without it only one number. */
  readonly rangesAllowed: boolean;
  /** The parameter's plausible domain: a number outside it is refused, naming the domain and why. */
  readonly domain?: DomainKind | undefined;
  /** The value in force: an amount or count typed with no unit a thousand times below it is taken for a slip. */
  readonly inForce?: string | undefined;
}

function errorText(kind: InputErrorKind, rules: DraftRules, t: Messages): string {
  if (kind === 'wrong-currency' && rules.currency) return t.errors.inCurrency(rules.currency);
  return kind === 'out-of-domain' && rules.domain ? t.errors.domain[rules.domain] : inputErrorText(kind, t);
}

const outside = (rules: DraftRules, ...values: string[]) => rules.domain !== undefined && values.some((v) => !isInDomain(rules.domain!, v));

/** Reads typed text as a range first ("40% to 70%", "1.5-3亿"), then as one number, each checked against the domain. */
export function readDraft(text: string, rules: DraftRules, t: Messages): Draft {
  const { kind, currency, rangesAllowed } = rules;
  const range = parseRange(text, kind, currency);
  if (range.ok) {
    if (!rangesAllowed) return { type: 'error', message: t.uncertainty.cannotRange };
    if (outside(rules, range.low, range.high)) return { type: 'error', message: t.errors.domain[rules.domain!] };
    return { type: 'range', range: { low: range.low, high: range.high }, reversed: range.reversed === true };
  }
  // Not a range, or not one this field takes: read (or explain) the text as one number.
  if (rangesAllowed && range.kind !== 'not-a-range' && range.kind !== 'empty') return { type: 'error', message: errorText(range.kind, rules, t) };
  const one = parseInput(text, kind, currency);
  if (!one.ok) return { type: 'error', message: errorText(one.kind, rules, t) };
  if (outside(rules, one.value)) return { type: 'error', message: t.errors.domain[rules.domain!] };
  // "1.2" where 1.5亿 stands is 1.2 people or yuan, not 1.2亿: refused, naming the units (a phone's keypad has none).
  if ((kind === 'amount' || kind === 'count') && rules.inForce && isBareSlip(text, one.value, rules.inForce)) return { type: 'error', message: t.errors.bare(text.trim(), one.value) };
  // "0.3" where 30% stands is 0.3%, not a spreadsheet's 30%: refused, naming both (a bare 0.4 where 3% stands is taken).
  if (kind === 'rate' && rules.inForce) {
    const v = new Dec(one.value);
    if (v.gt(0) && v.lt(0.01) && isBareSlip(text, one.value, new Dec(rules.inForce).abs(), 10))
      return { type: 'error', message: t.errors.fraction(text.trim(), `${v.times(100)}%`, `${v.times(1e4)}%`) };
  }
  return { type: 'number', value: one.value };
}

/** Whether the text reads as exactly this value: a box may show it without changing what is in force. */
export function readsAs(text: string, value: string, rules: DraftRules, t: Messages): boolean {
  const read = readDraft(text, { ...rules, rangesAllowed: false }, t);
  return read.type === 'number' && new Dec(read.value).eq(value);
}

/** What the box shows when nobody is typing: the range as typed back ("40% to 70%"), or the value in force. */
export function rangeFieldText(value: string, range: ParamRange | undefined, format: (value: string) => string, t: Messages): string {
  return range ? t.uncertainty.rangeText(format(range.low), format(range.high)) : format(value);
}
