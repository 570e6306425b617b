import { Dec, type NumberLike } from './decimal';
import { fail, MAX_HORIZON, MAX_YEAR, MIN_YEAR, ok, type Result } from './errors';
import type { PositiveValue, Rate, Year, YearRange } from './types';

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Reads a number without ever producing NaN or Infinity. */
export function toDecimal(input: NumberLike, field: string): Result<Dec> {
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return fail('not-a-number', field, `${field} is not a number.`, { input: 'NaN' });
    if (!Number.isFinite(input)) return fail('not-finite', field, `${field} must be a finite number.`, { input: String(input) });
    return ok(new Dec(input));
  }
  if (typeof input === 'string') {
    const text = input.trim();
    if (!NUMBER_TEXT.test(text)) return fail('not-a-number', field, `${field} is not a number: "${input}".`, { input });
    const value = new Dec(text);
    if (!value.isFinite()) return fail('not-finite', field, `${field} must be a finite number.`, { input });
    return ok(value);
  }
  if (input instanceof Dec || (typeof input === 'object' && input !== null && 'isFinite' in input)) {
    if (input.isNaN()) return fail('not-a-number', field, `${field} is not a number.`, { input: 'NaN' });
    if (!input.isFinite()) return fail('not-finite', field, `${field} must be a finite number.`, { input: input.toString() });
    return ok(new Dec(input));
  }
  return fail('not-a-number', field, `${field} is not a number.`, { input: String(input) });
}

export function toYear(input: number, field = 'year'): Result<Year> {
  if (typeof input !== 'number' || !Number.isFinite(input))
    return fail('not-a-number', field, `${field} is not a year.`, { input: String(input) });
  if (!Number.isInteger(input)) return fail('year-not-integer', field, `${field} must be a whole year, not ${input}.`, { input });
  if (input < MIN_YEAR || input > MAX_YEAR)
    return fail('year-out-of-range', field, `${field} ${input} is outside ${MIN_YEAR}-${MAX_YEAR}.`, {
      input,
      min: MIN_YEAR,
      max: MAX_YEAR,
    });
  return ok(input as Year);
}

/** A growth rate must stay above -100 %: at -100 % a market vanishes and its logarithm does not exist. */
export function toRate(input: NumberLike, field = 'cagr'): Result<Rate> {
  const d = toDecimal(input, field);
  if (!d.ok) return d;
  if (d.value.lte(-1))
    return fail('rate-too-low', field, `${field} must be above -100 % (got ${d.value.times(100).toString()} %).`, {
      input: d.value.toString(),
    });
  return ok(d.value as Rate);
}

export function toPositive(input: NumberLike, field = 'value'): Result<PositiveValue> {
  const d = toDecimal(input, field);
  if (!d.ok) return d;
  if (d.value.lte(0)) return fail('not-positive', field, `${field} must be above zero (got ${d.value.toString()}).`, { input: d.value.toString() });
  return ok(d.value as PositiveValue);
}

export function toYearRange(range: YearRange): Result<{ from: Year; to: Year }> {
  const from = toYear(range.from, 'from');
  if (!from.ok) return from;
  const to = toYear(range.to, 'to');
  if (!to.ok) return to;
  if (to.value < from.value)
    return fail('range-reversed', 'to', `The range ends (${to.value}) before it starts (${from.value}).`, {
      from: from.value,
      to: to.value,
    });
  if (to.value - from.value > MAX_HORIZON)
    return fail('horizon-too-long', 'to', `A projection may span at most ${MAX_HORIZON} years (asked ${to.value - from.value}).`, {
      span: to.value - from.value,
      max: MAX_HORIZON,
    });
  return ok({ from: from.value, to: to.value });
}
