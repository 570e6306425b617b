// @vitest-environment node
// Conversions: tests/unit/reference/reference.json, section "convert" (Python decimal at 7.1268 RMB per USD,
// the PBOC central parity of 2024-06-28). Formatting: expected strings written by hand from the rules in format.ts
// (4 significant digits, 万/亿/万亿 in Chinese, K/M/B/T in English, rounded before the unit is chosen).
import { describe, expect, it } from 'vitest';
import {
  convert,
  currencyFactor,
  Dec,
  DEFAULT_USD_CNY,
  formatCompact,
  formatPercent,
  formatQuantity,
  type Unit,
} from '../../../src/model';
import { expectClose } from './close';
import { reference } from './reference';

const USD: Unit = { kind: 'money', currency: 'USD' };
const CNY: Unit = { kind: 'money', currency: 'CNY' };
const PEOPLE: Unit = { kind: 'people' };
const SHARE: Unit = { kind: 'share' };

describe('convert changes money between RMB and USD at a given rate', () => {
  it('defaults to the PBOC central parity on the report’s date, 7.1268 RMB to the dollar', () => {
    expect(DEFAULT_USD_CNY).toBe('7.1268');
  });

  for (const [name, c] of Object.entries(reference.convert)) {
    it(`converts ${c.value} ${c.from} to ${c.to} (${name})`, () => {
      const result = convert({ value: new Dec(c.value), unit: { kind: 'money', currency: c.from } }, c.to, DEFAULT_USD_CNY);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.unit).toEqual({ kind: 'money', currency: c.to });
      expectClose(result.value.value, c.result);
    });
  }

  it('multiplies dollars exactly: 22.19亿美元 is 158.143692亿元 to the last yuan', () => {
    const result = convert({ value: new Dec('2219000000'), unit: USD }, 'CNY', DEFAULT_USD_CNY);
    expect(result.ok && result.value.value.toString()).toBe('15814369200');
  });

  it('comes back to the same amount after a round trip', () => {
    const there = convert({ value: new Dec('100000000000'), unit: CNY }, 'USD', DEFAULT_USD_CNY);
    if (!there.ok) throw new Error(there.error.message);
    const back = convert(there.value, 'CNY', DEFAULT_USD_CNY);
    if (!back.ok) throw new Error(back.error.message);
    expectClose(back.value.value, '100000000000', 1e-32);
  });

  it('leaves an amount already in the wanted currency untouched', () => {
    const quantity = { value: new Dec('7200000'), unit: USD };
    const result = convert(quantity, 'USD', DEFAULT_USD_CNY);
    expect(result.ok && result.value).toBe(quantity);
  });

  it('has currencyFactor agree with convert in both directions', () => {
    const rate = new Dec(DEFAULT_USD_CNY);
    expect(currencyFactor('USD', 'CNY', rate).toString()).toBe('7.1268');
    expectClose(currencyFactor('CNY', 'USD', rate).times('100000000000'), reference.convert['t2i-2027-in-usd']!.result);
    expect(currencyFactor('USD', 'USD', rate).toString()).toBe('1');
  });
});

describe('formatCompact writes a number in the reader’s own grouping', () => {
  it.each([
    [150000000, '1.5亿'],
    [7200000, '720万'],
    [2219000000, '22.19亿'],
    [50000000, '5000万'],
    [10000000000, '100亿'],
    [100000000000, '1000亿'],
    [1000000000000, '1万亿'],
    [1092000000, '10.92亿'],
    [123456789, '1.235亿'],
    [96076018.74, '9608万'],
    [9999, '9999'],
  ])('writes %s in Chinese as %s', (value, text) => {
    expect(formatCompact(value, 'zh')).toBe(text);
  });

  it.each([
    [150000000, '150M'],
    [7200000, '7.2M'],
    [2219000000, '2.219B'],
    [100000000000, '100B'],
    [1000000000000, '1T'],
    [166293318.67, '166.3M'],
    [2500, '2.5K'],
    [0.5, '0.5'],
  ])('writes %s in English as %s', (value, text) => {
    expect(formatCompact(value, 'en')).toBe(text);
  });

  it('rounds before it picks the unit, so 9999.9 is 1万 and 999,950 is 1M, never 10000 or 1000K', () => {
    expect(formatCompact(9999.9, 'zh')).toBe('1万');
    expect(formatCompact(999950, 'en')).toBe('1M');
    expect(formatCompact(99995000, 'zh')).toBe('1亿');
  });

  it('keeps as many significant digits as asked, dropping trailing zeros', () => {
    expect(formatCompact(123456789, 'en', { digits: 2 })).toBe('120M');
    expect(formatCompact(123456789, 'zh', { digits: 6 })).toBe('1.23457亿');
    expect(formatCompact(150000000, 'zh', { digits: 6 })).toBe('1.5亿');
  });

  it('signs negative values and writes zero as 0', () => {
    expect(formatCompact(-7200000, 'zh')).toBe('-720万');
    expect(formatCompact(-2219000000, 'en')).toBe('-2.219B');
    expect(formatCompact(0, 'en')).toBe('0');
  });

  it('takes a Decimal as well as a number', () => {
    expect(formatCompact(new Dec('2.219e9'), 'zh')).toBe('22.19亿');
  });
});

describe('formatQuantity writes a value with its unit, as an analyst would', () => {
  it.each([
    [2219000000, USD, 'en', '$2.219B'],
    [2219000000, USD, 'zh', '22.19亿美元'],
    [7200000, USD, 'zh', '720万美元'],
    [7200000, USD, 'en', '$7.2M'],
    [20000000000, CNY, 'zh', '200亿元'],
    [20000000000, CNY, 'en', 'RMB 20B'],
    [150000000, PEOPLE, 'zh', '1.5亿人'],
    [150000000, PEOPLE, 'en', '150M'],
  ] as const)('writes %s (%o) in %s as %s', (value, unit, lang, text) => {
    expect(formatQuantity(value, unit, lang)).toBe(text);
  });

  it('leaves the unit out when asked for a bare number (axis ticks)', () => {
    expect(formatQuantity(2219000000, USD, 'zh', { bare: true })).toBe('22.19亿');
    expect(formatQuantity(20000000000, CNY, 'en', { bare: true })).toBe('20B');
  });

  // The grouping is a setting of its own: worked by hand, 2.219e9 = 22.19 × 10^8 (亿) = 2.219 × 10^9 (B).
  it.each([
    [2219000000, USD, 'en', 'wan', '$22.19亿'],
    [20000000000, CNY, 'en', 'wan', 'RMB 200亿'],
    [7200000, USD, 'en', 'wan', '$720万'],
    [2219000000, USD, 'zh', 'kmb', '2.219B美元'],
    [150000000, PEOPLE, 'zh', 'kmb', '150M人'],
    [20000000000, CNY, 'zh', 'kmb', '20B元'],
  ] as const)('writes %s (%o) in %s grouped %s as %s: the grouping is not the language', (value, unit, lang, style, text) => {
    expect(formatQuantity(value, unit, lang, { style })).toBe(text);
  });

  // A share keeps significant digits as money does (the tables ask for 4, the axis for 3): 30% of a market was
  // written "30.0000%" in the tables and on the slides. By hand: 0.123456 × 100 = 12.3456 → 12.35 (4) / 12.3 (3);
  // 0.0012345 × 100 = 0.12345 → 0.1235 (half up) / 0.123; 0.7 × 100 = 70 → 70.
  it.each([
    [0.7, undefined, '70%'],
    [0.3, 4, '30%'],
    [0.123456, 4, '12.35%'],
    [0.123456, 3, '12.3%'],
    [0.0012345, 4, '0.1235%'],
    [0.0012345, 3, '0.123%'],
    [1, 4, '100%'],
    [0, 4, '0%'],
  ] as const)('writes a share of %s with %s significant digits as %s, with no trailing zeros', (value, digits, text) => {
    expect(formatQuantity(value, SHARE, 'zh', digits === undefined ? {} : { digits })).toBe(text);
    expect(formatQuantity(value, SHARE, 'en', digits === undefined ? {} : { digits, style: 'wan' })).toBe(text);
  });
});

describe('formatPercent writes a rate as a percentage with fixed decimals', () => {
  it.each([
    [0.566, 1, '56.6%'],
    [0.566, 0, '57%'],
    [1.2674953276, 1, '126.7%'],
    [-0.25, 1, '-25.0%'],
    [0.0005, 1, '0.1%'],
    [0, 2, '0.00%'],
  ])('writes %s with %s decimals as %s', (rate, decimals, text) => {
    expect(formatPercent(rate, decimals)).toBe(text);
  });

  it('never writes a negative zero: −0.04% at one decimal is 0.0%', () => {
    expect(formatPercent(-0.0004)).toBe('0.0%');
  });
});
