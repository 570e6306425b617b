import { Dec, type Currency } from '../model';

/** What a field holds: a growth rate (typed in percent), an amount, a count, a year or a plain number. */
export type FieldKind = 'rate' | 'amount' | 'count' | 'year' | 'number';

/**
 * 'too-long': more characters than any number a person means (or an exponent so negative it would be
 * thousands of digits); 'out-of-domain': an exponent so large the number lies beyond every domain
 * (model/domains.ts). Both are told before any Decimal is built: decimal.js takes 1e9999999999, and
 * writing it out then takes ten billion characters. 'misplaced-separator': a comma, space or underscore
 * between digits that does not group thousands ("1,5亿", "12,34", "1 5", a comma after the decimal point),
 * most often a decimal comma: read by dropping it, "1,5亿" would be 15亿, ten times what was meant.
 */
export type InputErrorKind = 'empty' | 'unreadable' | 'wrong-unit' | 'wrong-currency' | 'not-whole-year' | 'too-long' | 'out-of-domain' | 'misplaced-separator';

/** The longest text read as a number (or a range), in characters as typed. */
export const MAX_INPUT_LENGTH = 100;
/** The largest exponent read (1e100): every domain ends by 1e15, and 100 more digits are no forecast. */
const MAX_EXPONENT = 100;

export type ParsedInput = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly kind: InputErrorKind; readonly input: string };

// Chinese and English multipliers, longest first so 万亿 wins over 亿 and "bn" over "b".
const MULTIPLIERS: readonly [string, number][] = [
  ['万亿', 12],
  ['千亿', 11],
  ['百亿', 10],
  ['十亿', 9],
  ['亿', 8],
  ['千万', 7],
  ['百万', 6],
  ['万', 4],
  ['千', 3],
  ['trillion', 12],
  ['billion', 9],
  ['million', 6],
  ['thousand', 3],
  ['bn', 9],
  ['mn', 6],
  ['mm', 6],
  ['t', 12],
  ['b', 9],
  ['m', 6],
  ['k', 3],
];

// Before the number, after it, or both, as Chinese writes it (¥15亿元, 人民币15亿元, 15亿元人民币).
const CURRENCY_MARKS: readonly [RegExp, Currency][] = [
  [/^(us\$|\$|usd)|(美元|usd)$/gi, 'USD'],
  [/^(¥|￥|rmb|cny|人民币)|(元人民币|人民币|元|rmb|cny)$/gi, 'CNY'],
];

/**
 * Full-width digits and punctuation (１２．５％) as typed with a Chinese input method made ASCII, and the
 * separators that group thousands dropped ("1,234.5", "1 000 000", "1，000"); undefined when a separator
 * between digits groups no thousands (see 'misplaced-separator').
 */
function normalise(text: string): string | undefined {
  const wide = text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
  for (const digits of wide.matchAll(/\d+(?:[,_\s]+\d+)+/g)) {
    if (wide[digits.index - 1] === '.' || !/^\d{1,3}(?:[,_\s]\d{3})+$/.test(digits[0])) return undefined;
  }
  return wide
    .replace(/[,_\s]/g, '')
    .replace(/[−–—]/g, '-')
    .trim();
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?/i;

/** Whether a number's exponent is out of reach, read from its digits alone (no Decimal is built). */
function exponentBeyond(number: string): 'out-of-domain' | 'too-long' | undefined {
  const exponent = /e([+-]?)(\d+)$/i.exec(number);
  if (!exponent) return undefined;
  const digits = exponent[2]!.replace(/^0+/, '');
  if (digits.length <= 3 && Number(digits) <= MAX_EXPONENT) return undefined;
  // A mantissa of zero is zero whatever its exponent (0e999 is 0).
  if (!/[1-9]/.test(number.slice(0, exponent.index))) return undefined;
  return exponent[1] === '-' ? 'too-long' : 'out-of-domain';
}

/** A value as saved work can carry it: the engine's significant digits, within the schema's 64 characters. */
function saveable(value: Dec): string {
  const rounded = value.toSignificantDigits(Dec.precision);
  const text = rounded.toString();
  return text.length <= 64 ? text : rounded.toExponential();
}

/**
 * Reads what a person types into a number field: "56.6%", "7.2M", "22.19亿", "1.5亿", "$2.219B", "１．５亿".
 * Rates are typed in percent ("56.6" and "56.6%" both mean 0.566). Returns an exact decimal string
 * (to the engine's 34 significant digits).
 */
export function parseInput(input: string, kind: FieldKind, currency?: Currency): ParsedInput {
  if (input.length > MAX_INPUT_LENGTH) return { ok: false, kind: 'too-long', input };
  const normalised = normalise(input);
  if (normalised === undefined) return { ok: false, kind: 'misplaced-separator', input };
  if (normalised === '') return { ok: false, kind: 'empty', input };
  let text = normalised;
  let seenCurrency: Currency | undefined;
  for (const [pattern, code] of CURRENCY_MARKS) {
    const stripped = text.replace(pattern, '');
    if (stripped !== text) {
      // Two currencies in one amount ($15元) is no amount in either.
      if (seenCurrency) return { ok: false, kind: 'wrong-currency', input };
      seenCurrency = code;
      text = stripped;
    }
  }
  if (text.endsWith('人')) {
    if (kind !== 'count') return { ok: false, kind: 'wrong-unit', input };
    text = text.slice(0, -1);
  }
  if (seenCurrency && (kind !== 'amount' || (currency && seenCurrency !== currency))) {
    return { ok: false, kind: kind === 'amount' ? 'wrong-currency' : 'wrong-unit', input };
  }
  const match = NUMBER.exec(text);
  if (!match) return { ok: false, kind: 'unreadable', input };
  const huge = exponentBeyond(match[0]);
  if (huge) return { ok: false, kind: huge, input };
  let value = new Dec(match[0]);
  const rest = text.slice(match[0].length).toLowerCase();
  if (kind === 'rate' || kind === 'number') {
    const percent = rest === '%' || (kind === 'rate' && rest === '');
    // A unit after the number is the wrong one here (7.2M, 5亿); anything else after it (1/2, 0x10) cannot be read.
    const unitLike = /^[^\d/.+\-*=^]+$/.test(rest) && !rest.endsWith('%');
    if (!percent && rest !== '') return { ok: false, kind: unitLike ? 'wrong-unit' : 'unreadable', input };
    if (percent) value = value.div(100);
    return value.isFinite() ? { ok: true, value: saveable(value) } : { ok: false, kind: 'unreadable', input };
  }
  if (kind === 'year') {
    if (rest !== '' && rest !== '年') return { ok: false, kind: 'unreadable', input };
    // "1e99999999999999999999" overflows to Infinity, which is unreadable, not a fractional year.
    if (!value.isFinite()) return { ok: false, kind: 'unreadable', input };
    return value.isInteger() ? { ok: true, value: saveable(value) } : { ok: false, kind: 'not-whole-year', input };
  }
  if (rest !== '') {
    const multiplier = MULTIPLIERS.find(([suffix]) => suffix === rest);
    if (!multiplier) return { ok: false, kind: rest === '%' ? 'wrong-unit' : 'unreadable', input };
    value = value.times(new Dec(10).pow(multiplier[1]));
  }
  return value.isFinite() ? { ok: true, value: saveable(value) } : { ok: false, kind: 'unreadable', input };
}

/**
 * Whether an amount or count was typed as bare digits (no unit, no exponent) a thousand times below the value it is
 * read beside (the value in force, a goal's start): "1.2" where 1.5亿 stands reads as 1.2, and is taken for 1.2亿 typed
 * on a keypad with no 亿. The fields refuse it, naming the units.
 */
export function isBareSlip(typed: string, value: string, beside: Dec | string, times = 1000): boolean {
  return /^[\d.０-９．]+$/.test(typed.trim()) && new Dec(value).times(times).lt(beside);
}

export type RangeErrorKind = InputErrorKind | 'not-a-range';

export type ParsedRange =
  /** `reversed` when the higher end was typed first ("70% to 40%"): read as the same range, low end first. */
  | { readonly ok: true; readonly low: string; readonly high: string; readonly reversed?: true }
  | { readonly ok: false; readonly kind: RangeErrorKind; readonly input: string };

// Words between the two ends: "to", 到, 至, a tilde (～ is made ~ by normalise). Spaces are gone by then.
const RANGE_WORD = /to|到|至|~/i;
// The number inside one end, with what comes before it (a currency) and after it (a unit, 亿, %).
const END = /^(.*?)([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)(.*)$/i;

/** Splits "40%-70%" at the dash between the ends: not a leading minus ("-10%"), not an exponent's ("1e-5"). */
function splitAtDash(text: string): [string, string] | undefined {
  for (let i = 1; i < text.length; i++) {
    if (text[i] !== '-' || /[eE]/.test(text[i - 1]!)) continue;
    return [text.slice(0, i), text.slice(i + 1)];
  }
  return undefined;
}

/**
 * Reads a range as a person types it: "40% to 70%", "40%-70%", "40 到 70%", "1.5-3亿", "1.5至3亿",
 * "150M–300M", "$7M ~ $9M", "-10% to 20%". A unit written only after the second number applies to both
 * ("1.5-3亿" is 1.5亿 to 3亿). Ends typed high first ("70% to 40%") are the same range, marked `reversed`. Each end is read by parseInput; a single number ("-10%") is 'not-a-range',
 * so callers can fall back to parseInput.
 */
export function parseRange(input: string, kind: FieldKind, currency?: Currency): ParsedRange {
  if (input.length > MAX_INPUT_LENGTH) return { ok: false, kind: 'too-long', input };
  const text = normalise(input);
  if (text === undefined) return { ok: false, kind: 'misplaced-separator', input };
  if (text === '') return { ok: false, kind: 'empty', input };
  const word = RANGE_WORD.exec(text);
  const parts: [string, string] | undefined = word ? [text.slice(0, word.index), text.slice(word.index + word[0].length)] : splitAtDash(text);
  if (!parts) return { ok: false, kind: 'not-a-range', input };
  const [first, second] = parts;
  const firstEnd = END.exec(first);
  const secondEnd = END.exec(second);
  if (!firstEnd || !secondEnd) return { ok: false, kind: 'unreadable', input };
  // "1.5-3亿": the first number takes the second's unit when it has none of its own.
  const low = parseInput(firstEnd[3] === '' ? first + secondEnd[3] : first, kind, currency);
  if (!low.ok) return { ok: false, kind: low.kind, input };
  const high = parseInput(second, kind, currency);
  if (!high.ok) return { ok: false, kind: high.kind, input };
  if (new Dec(high.value).lt(low.value)) return { ok: true, low: high.value, high: low.value, reversed: true };
  return { ok: true, low: low.value, high: high.value };
}
