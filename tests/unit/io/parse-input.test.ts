import { describe, expect, it } from 'vitest';
import { parseInput, type FieldKind } from '../../../src/io/parse-input';
import type { Currency } from '../../../src/model';

type Row = readonly [input: string, kind: FieldKind, currency: Currency | undefined, expected: string];

/** What a person types, and the exact decimal it means (written out by hand). */
const READINGS: readonly Row[] = [
  // Rates are typed in percent, with or without the sign.
  ['56.6%', 'rate', undefined, '0.566'],
  ['56.6', 'rate', undefined, '0.566'],
  ['126.7%', 'rate', undefined, '1.267'],
  ['-5%', 'rate', undefined, '-0.05'],
  ['５６．６％', 'rate', undefined, '0.566'],
  ['0.1%', 'rate', undefined, '0.001'],
  // Amounts with English and Chinese multipliers.
  ['7.2M', 'amount', undefined, '7200000'],
  ['7.2 million', 'amount', undefined, '7200000'],
  ['22.19亿', 'amount', undefined, '2219000000'],
  ['1.5亿', 'amount', undefined, '150000000'],
  ['１．５亿', 'amount', undefined, '150000000'],
  ['720万', 'amount', undefined, '7200000'],
  ['1万亿', 'amount', undefined, '1000000000000'],
  ['$2.219B', 'amount', 'USD', '2219000000'],
  ['US$7.2M', 'amount', 'USD', '7200000'],
  ['2.219bn', 'amount', undefined, '2219000000'],
  ['200亿元', 'amount', 'CNY', '20000000000'],
  ['¥100亿', 'amount', 'CNY', '10000000000'],
  ['22.19亿美元', 'amount', 'USD', '2219000000'],
  ['1,000', 'amount', undefined, '1000'],
  ['1，000', 'amount', undefined, '1000'],
  ['1 000 000', 'amount', undefined, '1000000'],
  ['1,234.5万', 'amount', undefined, '12345000'],
  ['12,345,678', 'count', undefined, '12345678'],
  ['1,000%', 'rate', undefined, '10'],
  ['0.1', 'amount', undefined, '0.1'],
  // Counts of people.
  ['3亿人', 'count', undefined, '300000000'],
  ['10.92亿', 'count', undefined, '1092000000'],
  // Years, with or without 年.
  ['2030', 'year', undefined, '2030'],
  ['2030年', 'year', undefined, '2030'],
  ['２０３０', 'year', undefined, '2030'],
  // A currency written before and after, as Chinese writes it (found by use: ¥15亿元 and a pasted header's 人民币亿元 were
  // unreadable).
  ['¥15亿元', 'amount', 'CNY', '1500000000'],
  ['人民币15亿元', 'amount', 'CNY', '1500000000'],
  ['15亿元人民币', 'amount', 'CNY', '1500000000'],
  ['$2.2亿美元', 'amount', 'USD', '220000000'],
  // Plain numbers take an optional percent sign.
  ['7.1268', 'number', undefined, '7.1268'],
  ['70%', 'number', undefined, '0.7'],
];

describe('parseInput reads what a person types as an exact decimal', () => {
  it.each(READINGS)('%j as %s (%s) is %s', (input, kind, currency, expected) => {
    expect(parseInput(input, kind, currency)).toEqual({ ok: true, value: expected });
  });

  it('keeps every digit a person typed (no binary rounding)', () => {
    expect(parseInput('0.1%', 'rate')).toEqual({ ok: true, value: '0.001' });
    expect(parseInput('123456789.123456789亿', 'amount')).toEqual({ ok: true, value: '12345678912345678.9' });
  });

  it("rounds past the engine's 34 significant digits, so saved work (64 characters a number) can carry it", () => {
    expect(parseInput('9'.repeat(80), 'count')).toEqual({ ok: true, value: '1e+80' });
    const tiny = `0.${'0'.repeat(38)}1234567890123456789012345678901234567`;
    expect(parseInput(tiny, 'amount')).toEqual({ ok: true, value: '1.234567890123456789012345678901235e-39' });
  });
});

type Refusal = readonly [input: string, kind: FieldKind, currency: Currency | undefined, error: string];

/** What it refuses, and the kind of error the field shows. */
const REFUSALS: readonly Refusal[] = [
  ['', 'amount', undefined, 'empty'],
  ['   ', 'rate', undefined, 'empty'],
  ['　', 'rate', undefined, 'empty'],
  ['abc', 'amount', undefined, 'unreadable'],
  ['abc', 'rate', undefined, 'unreadable'],
  ['1.5亿亿', 'amount', undefined, 'unreadable'],
  ['5%%', 'rate', undefined, 'unreadable'],
  ['5%', 'amount', undefined, 'wrong-unit'],
  ['7.2M', 'rate', undefined, 'wrong-unit'],
  ['$2.219B', 'amount', 'CNY', 'wrong-currency'],
  ['200亿元', 'amount', 'USD', 'wrong-currency'],
  // Two currencies in one amount is no amount in either.
  ['$15元', 'amount', 'CNY', 'wrong-currency'],
  ['¥15美元', 'amount', undefined, 'wrong-currency'],
  ['$5', 'rate', undefined, 'wrong-unit'],
  ['5亿', 'rate', undefined, 'wrong-unit'],
  // Not a unit after the number: text that cannot be read, not "that unit".
  ['1/2', 'rate', undefined, 'unreadable'],
  ['0x10', 'rate', undefined, 'unreadable'],
  ['7.1268/1', 'number', undefined, 'unreadable'],
  ['$2030', 'year', undefined, 'wrong-unit'],
  ['3亿人', 'amount', undefined, 'wrong-unit'],
  ['2030.5', 'year', undefined, 'not-whole-year'],
  ['2030 AD', 'year', undefined, 'unreadable'],
  // Issue 13: an exponent beyond 1e100 is out of every domain, told before any Decimal is built
  // (decimal.js takes 1e9999999999, and writing it out took the renderer down); a hugely negative one
  // would be thousands of digits long.
  ['1e99999999999999999999', 'year', undefined, 'out-of-domain'],
  ['1e99999999999999999999', 'amount', undefined, 'out-of-domain'],
  ['1e9999999999', 'rate', undefined, 'out-of-domain'],
  ['-1e9999999999%', 'rate', undefined, 'out-of-domain'],
  ['1e101', 'amount', undefined, 'out-of-domain'],
  ['1e-9999999999', 'rate', undefined, 'too-long'],
  ['1'.repeat(101), 'amount', undefined, 'too-long'],
  ['Infinity', 'rate', undefined, 'unreadable'],
  // A comma (or a space) between digits that does not group thousands is a decimal comma or a slip of the
  // finger: "1,5亿" read as 15亿 would be ten times what was meant, so it is refused, never guessed.
  ['1,5亿', 'amount', undefined, 'misplaced-separator'],
  ['1，5亿', 'amount', undefined, 'misplaced-separator'],
  ['1.234,5亿', 'amount', undefined, 'misplaced-separator'],
  ['56,6%', 'rate', undefined, 'misplaced-separator'],
  ['12,34', 'amount', undefined, 'misplaced-separator'],
  ['1,2345', 'amount', undefined, 'misplaced-separator'],
  ['0.123,456', 'amount', undefined, 'misplaced-separator'],
  ['1 5', 'amount', undefined, 'misplaced-separator'],
  ['NaN', 'amount', undefined, 'unreadable'],
];

describe('parseInput refuses what it cannot read, saying why', () => {
  it.each(REFUSALS)('%j as %s (%s) is %s', (input, kind, currency, error) => {
    expect(parseInput(input, kind, currency)).toEqual({ ok: false, kind: error, input });
  });

  it('an exponent up to 100 is read (1e100, 0e999999 is zero), and a text of 100 characters', () => {
    expect(parseInput('1e100', 'amount')).toEqual({ ok: true, value: '1e+100' });
    expect(parseInput('0e999999', 'amount')).toEqual({ ok: true, value: '0' });
    expect(parseInput('1'.repeat(100), 'amount')).toEqual({ ok: true, value: '1.111111111111111111111111111111111e+99' });
  });

  it('a dollar amount is fine in a field of no stated currency', () => {
    expect(parseInput('$2.219B', 'amount')).toEqual({ ok: true, value: '2219000000' });
  });
});
