import { describe, expect, it } from 'vitest';
import { parseInput, parseRange, type FieldKind, type RangeErrorKind } from '../../../src/io/parse-input';
import type { Currency } from '../../../src/model';

type Reading = readonly [input: string, kind: FieldKind, currency: Currency | undefined, low: string, high: string];

/** Ranges as people type them, and the two exact decimals they mean (written out by hand). */
const READINGS: readonly Reading[] = [
  ['40% to 70%', 'rate', undefined, '0.4', '0.7'],
  ['40%-70%', 'rate', undefined, '0.4', '0.7'],
  ['40 到 70%', 'rate', undefined, '0.4', '0.7'],
  ['40-70%', 'rate', undefined, '0.4', '0.7'],
  ['40-70', 'rate', undefined, '0.4', '0.7'],
  ['40% TO 70%', 'rate', undefined, '0.4', '0.7'],
  ['-10% to 20%', 'rate', undefined, '-0.1', '0.2'],
  ['-10%-20%', 'rate', undefined, '-0.1', '0.2'],
  ['−10%–20%', 'rate', undefined, '-0.1', '0.2'],
  ['-10-20%', 'rate', undefined, '-0.1', '0.2'],
  ['-20% to -10%', 'rate', undefined, '-0.2', '-0.1'],
  ['-20%--10%', 'rate', undefined, '-0.2', '-0.1'],
  ['40%-40%', 'rate', undefined, '0.4', '0.4'],
  // The report's users range, 1.5至3亿 (§2.1.2), however it is typed.
  ['1.5-3亿', 'count', undefined, '150000000', '300000000'],
  ['1.5至3亿', 'count', undefined, '150000000', '300000000'],
  ['1.5 至 3 亿人', 'count', undefined, '150000000', '300000000'],
  ['１．５－３亿', 'count', undefined, '150000000', '300000000'],
  ['150M to 300M', 'count', undefined, '150000000', '300000000'],
  ['150M–300M', 'count', undefined, '150000000', '300000000'],
  ['150M — 300M', 'count', undefined, '150000000', '300000000'],
  ['150-300M', 'count', undefined, '150000000', '300000000'],
  ['500万-1亿', 'count', undefined, '5000000', '100000000'],
  // Money, with the currency on both ends or on one.
  ['$7M ~ $9M', 'amount', 'USD', '7000000', '9000000'],
  ['$7M～$9M', 'amount', 'USD', '7000000', '9000000'],
  ['$7-9M', 'amount', 'USD', '7000000', '9000000'],
  ['100亿至200亿元', 'amount', 'CNY', '10000000000', '20000000000'],
  ['1,000-2,000', 'amount', undefined, '1000', '2000'],
  // Years and plain numbers (a midpoint, a steepness).
  ['2026-2028', 'year', undefined, '2026', '2028'],
  ['2026至2028年', 'year', undefined, '2026', '2028'],
  ['0.6-1.2', 'number', undefined, '0.6', '1.2'],
  ['1e-5-2e-5', 'number', undefined, '0.00001', '0.00002'],
];

type Refusal = readonly [input: string, kind: FieldKind, currency: Currency | undefined, error: RangeErrorKind];

const REFUSALS: readonly Refusal[] = [
  // One number is not a range: the caller falls back to parseInput.
  ['-10%', 'rate', undefined, 'not-a-range'],
  ['40%', 'rate', undefined, 'not-a-range'],
  ['1e-5', 'number', undefined, 'not-a-range'],
  ['1.5亿', 'count', undefined, 'not-a-range'],
  ['', 'rate', undefined, 'empty'],
  ['   ', 'count', undefined, 'empty'],
  ['40%-', 'rate', undefined, 'unreadable'],
  ['to 70%', 'rate', undefined, 'unreadable'],
  ['40% to abc', 'rate', undefined, 'unreadable'],
  ['1-2-3', 'count', undefined, 'unreadable'],
  ['$7M-$9M', 'amount', 'CNY', 'wrong-currency'],
  ['40%-70%', 'amount', undefined, 'wrong-unit'],
  ['2025.5-2026', 'year', undefined, 'not-whole-year'],
];

describe('parseRange reads a range a person types as two exact decimals', () => {
  it.each(READINGS)('%j as %s (%s) is %s to %s', (input, kind, currency, low, high) => {
    expect(parseRange(input, kind, currency)).toEqual({ ok: true, low, high });
  });

  // Issue 13: typed high end first, a range is the same range (low end first), marked so the field can say so.
  it.each([
    ['70% to 40%', 'rate', '0.4', '0.7'],
    ['3-1.5亿', 'count', '150000000', '300000000'],
    ['-10%--20%', 'rate', '-0.2', '-0.1'],
  ] as const)('%j as %s is read as %s to %s, reversed', (input, kind, low, high) => {
    expect(parseRange(input, kind)).toEqual({ ok: true, low, high, reversed: true });
  });

  it('an end beyond reach is refused before it is read: 1e9999999999 is out of every domain, 200 characters too long', () => {
    expect(parseRange('40% to 1e9999999999%', 'rate')).toEqual({ ok: false, kind: 'out-of-domain', input: '40% to 1e9999999999%' });
    const long = `1-${'2'.repeat(200)}`;
    expect(parseRange(long, 'count')).toEqual({ ok: false, kind: 'too-long', input: long });
  });

  it.each(REFUSALS)('%j as %s (%s) is refused as %s', (input, kind, currency, error) => {
    expect(parseRange(input, kind, currency)).toEqual({ ok: false, kind: error, input });
  });

  it('reads each end exactly as parseInput reads it alone', () => {
    for (const [input, kind, currency, low, high] of READINGS.filter(([input]) => /to|~|～/.test(input))) {
      const [first, second] = input.split(/\s*(?:to|~|～)\s*/i) as [string, string];
      expect(parseInput(first, kind, currency), input).toEqual({ ok: true, value: low });
      expect(parseInput(second, kind, currency), input).toEqual({ ok: true, value: high });
    }
  });

  it("leaves parseInput's reading of a single negative rate alone", () => {
    expect(parseInput('-10%', 'rate')).toEqual({ ok: true, value: '-0.1' });
  });
});
