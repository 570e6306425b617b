// @vitest-environment node
// Errors are values (STYLE.md): every invalid input comes back as { ok: false, error } with a kind the UI
// translates and an English sentence, and nothing throws. Inputs here are hand-picked edge cases.
import { describe, expect, it } from 'vitest';
import {
  type AnchoredModel,
  cagrToReach,
  convert,
  Dec,
  doublingTime,
  firstCrossing,
  fitLogistic,
  impliedCagr,
  type ModelErrorKind,
  project,
  type Result,
  yearReaching,
} from '../../../src/model/full';

const compound = (over: Partial<{ baseYear: number; baseValue: string; cagr: string }> = {}) => ({
  type: 'compound' as const,
  baseYear: 2023,
  baseValue: '7200000',
  cagr: '0.566',
  ...over,
});
const anchored = (anchors: AnchoredModel['anchors']): AnchoredModel => ({
  type: 'anchored',
  anchors,
  through: 'mid',
  rateBefore: '0.5',
  rateAfter: '0.1',
});
const logistic = (over: Partial<{ ceiling: string; midpoint: string; steepness: string }> = {}) => ({
  type: 'logistic' as const,
  ceiling: '1092000000',
  midpoint: '2026.932',
  steepness: '0.8680',
  ...over,
});
const RANGE = { from: 2022, to: 2040 };
const USERS = [
  { year: 2022, value: '10000000' },
  { year: 2023, value: '50000000' },
  { year: 2025, value: '212132034' },
  { year: 2027, value: '500000000' },
];
// A JS value the type system would refuse, as a form or a file might still hand it over.
const loose = <T>(value: unknown) => value as T;

type Case = [sentence: string, call: () => Result<unknown>, kind: ModelErrorKind, field?: string];

const cases: Case[] = [
  // Growth rates
  ['a CAGR of exactly -100%', () => project(compound({ cagr: '-1' }), RANGE), 'rate-too-low', 'cagr'],
  ['a CAGR below -100%', () => project(compound({ cagr: '-1.5' }), RANGE), 'rate-too-low', 'cagr'],
  ['a rate before the anchors of -100%', () => project({ ...anchored([{ year: 2024, low: '1' }]), rateBefore: '-1' }, RANGE), 'rate-too-low', 'rateBefore'],
  ['a rate after the anchors of -100%', () => project({ ...anchored([{ year: 2024, low: '1' }]), rateAfter: '-1' }, RANGE), 'rate-too-low', 'rateAfter'],
  ['a doubling time at -100%', () => doublingTime('-1'), 'rate-too-low', 'cagr'],
  // Not numbers
  ['NaN as a CAGR', () => project(compound({ cagr: loose(NaN) }), RANGE), 'not-a-number', 'cagr'],
  ['NaN as a doubling-time rate', () => doublingTime(NaN), 'not-a-number', 'cagr'],
  ['a Decimal NaN as a level', () => impliedCagr({ year: 2023, value: new Dec(NaN) }, { year: 2030, value: '1' }), 'not-a-number', 'from.value'],
  ['"NaN" as text', () => project(compound({ baseValue: 'NaN' }), RANGE), 'not-a-number', 'baseValue'],
  ['a word as a CAGR', () => project(compound({ cagr: 'fast' }), RANGE), 'not-a-number', 'cagr'],
  ['a percent sign (the io layer reads "56.6%", the engine takes fractions)', () => project(compound({ cagr: '56.6%' }), RANGE), 'not-a-number', 'cagr'],
  ['Chinese units in the engine (the io layer reads "1.5亿")', () => project(compound({ baseValue: '1.5亿' }), RANGE), 'not-a-number', 'baseValue'],
  ['an empty string', () => project(compound({ baseValue: '' }), RANGE), 'not-a-number', 'baseValue'],
  ['a hexadecimal literal', () => project(compound({ baseValue: '0x10' }), RANGE), 'not-a-number', 'baseValue'],
  ['two numbers', () => project(compound({ baseValue: '1 2' }), RANGE), 'not-a-number', 'baseValue'],
  ['null as a value', () => impliedCagr({ year: 2023, value: loose(null) }, { year: 2030, value: '1' }), 'not-a-number', 'from.value'],
  ['undefined as a CAGR', () => project(compound({ cagr: loose(undefined) }), RANGE), 'not-a-number', 'cagr'],
  ['"Infinity" as text (not a number the engine reads)', () => project(compound({ baseValue: 'Infinity' }), RANGE), 'not-a-number', 'baseValue'],
  // Not finite
  ['Infinity as a doubling-time rate', () => doublingTime(Infinity), 'not-finite', 'cagr'],
  ['-Infinity as a level', () => impliedCagr({ year: 2023, value: -Infinity }, { year: 2030, value: '1' }), 'not-finite', 'from.value'],
  ['a Decimal Infinity as a target', () => cagrToReach({ year: 2023, value: '1' }, new Dec(Infinity), 2030), 'not-finite', 'to.value'],
  ['an exponent beyond what decimal.js holds', () => project(compound({ baseValue: '1e99999999999999999' }), RANGE), 'not-finite', 'baseValue'],
  // Not positive
  ['a zero base value', () => project(compound({ baseValue: '0' }), RANGE), 'not-positive', 'baseValue'],
  ['a negative base value', () => project(compound({ baseValue: '-7200000' }), RANGE), 'not-positive', 'baseValue'],
  ['a negative anchor', () => project(anchored([{ year: 2024, low: '-1' }]), RANGE), 'not-positive', 'anchors[0].low'],
  ['a zero ceiling', () => project(logistic({ ceiling: '0' }), RANGE), 'not-positive', 'ceiling'],
  ['a zero target', () => firstCrossing([], '0'), 'not-positive', 'target'],
  ['a zero exchange rate', () => convert({ value: new Dec(1), unit: { kind: 'money', currency: 'USD' } }, 'CNY', '0'), 'not-positive', 'exchangeRate'],
  // Years
  ['the year 1989 (before 1990)', () => project(compound(), { from: 1989, to: 2000 }), 'year-out-of-range', 'from'],
  ['the year 2101 (after 2100)', () => project(compound(), { from: 2090, to: 2101 }), 'year-out-of-range', 'to'],
  ['a base year of 1989', () => project(compound({ baseYear: 1989 }), RANGE), 'year-out-of-range', 'baseYear'],
  ['an anchor in 2101', () => project(anchored([{ year: 2101, low: '1' }]), RANGE), 'year-out-of-range', 'anchors[0].year'],
  ['a level in 1989', () => impliedCagr({ year: 1989, value: '1' }, { year: 2030, value: '2' }), 'year-out-of-range', 'from.year'],
  ['a target year of 2101', () => cagrToReach({ year: 2023, value: '1' }, '2', 2101), 'year-out-of-range', 'to.year'],
  ['a fit anchor in 1989', () => fitLogistic([{ year: 1989, value: '1' }, ...USERS], '1092000000'), 'year-out-of-range', 'anchors[0].year'],
  ['a logistic midpoint in 1989.5', () => project(logistic({ midpoint: '1989.5' }), RANGE), 'year-out-of-range', 'midpoint'],
  ['the year 2024.5', () => project(compound(), { from: 2024.5, to: 2030 }), 'year-not-integer', 'from'],
  ['a base year of 2024.5', () => project(compound({ baseYear: 2024.5 }), RANGE), 'year-not-integer', 'baseYear'],
  ['an anchor in 2024.5', () => project(anchored([{ year: 2024.5, low: '1' }]), RANGE), 'year-not-integer', 'anchors[0].year'],
  ['a year of NaN', () => project(compound(), { from: NaN, to: 2030 }), 'not-a-number', 'from'],
  ['a year of Infinity', () => project(compound(), { from: 2022, to: Infinity }), 'not-a-number', 'to'],
  ['a year given as text', () => project(compound(), { from: loose('2022'), to: 2030 }), 'not-a-number', 'from'],
  ['a range that ends before it starts', () => project(compound(), { from: 2030, to: 2020 }), 'range-reversed', 'to'],
  ['a horizon of 101 years', () => project(compound(), { from: 1995, to: 2096 }), 'horizon-too-long', 'to'],
  ['a horizon of 110 years (1990-2100)', () => project(logistic(), { from: 1990, to: 2100 }), 'horizon-too-long', 'to'],
  ['a search start after its end', () => yearReaching(compound(), '1e9', 2040, 2030), 'range-reversed', 'to'],
  ['two levels in the same year', () => impliedCagr({ year: 2024, value: '1' }, { year: 2024, value: '2' }), 'same-year', 'to.year'],
  // Anchors
  ['no anchors', () => project(anchored([]), RANGE), 'too-few-anchors', 'anchors'],
  [
    'anchors out of order',
    () => project(anchored([{ year: 2025, low: '2' }, { year: 2024, low: '1' }]), RANGE),
    'anchors-out-of-order',
    'anchors[1].year',
  ],
  [
    'two anchors in the same year',
    () => project(anchored([{ year: 2024, low: '1' }, { year: 2025, low: '2' }, { year: 2025, low: '3' }]), RANGE),
    'anchors-out-of-order',
    'anchors[2].year',
  ],
  [
    'a range anchor whose high end is below its low end',
    () => project(anchored([{ year: 2025, low: '300000000', high: '150000000' }]), RANGE),
    'anchor-range-reversed',
    'anchors[0].high',
  ],
  // S-curves
  ['a ceiling below an anchor (4亿 under the 5亿 of 2027)', () => fitLogistic(USERS, '400000000'), 'ceiling-not-above-value', 'ceiling'],
  ['a ceiling equal to an anchor', () => fitLogistic(USERS, '500000000'), 'ceiling-not-above-value', 'ceiling'],
  ['a fit from one anchor', () => fitLogistic(USERS.slice(0, 1), '1092000000'), 'too-few-anchors', 'anchors'],
  ['a fit from anchors all in one year', () => fitLogistic([{ year: 2024, value: '1' }, { year: 2024, value: '2' }], '10'), 'same-year', 'anchors'],
  ['a fit to falling anchors', () => fitLogistic([{ year: 2024, value: '5' }, { year: 2025, value: '2' }], '10'), 'no-growth', 'anchors'],
  ['a zero steepness', () => project(logistic({ steepness: '0' }), RANGE), 'steepness-not-positive', 'steepness'],
  ['a negative steepness', () => project(logistic({ steepness: '-0.5' }), RANGE), 'steepness-not-positive', 'steepness'],
  // Solvers
  ['a doubling time at 0%', () => doublingTime('0'), 'no-growth', 'cagr'],
  ['a doubling time when shrinking', () => doublingTime('-0.1'), 'no-growth', 'cagr'],
  ['a target the path never reaches', () => yearReaching(compound(), '1e30', 2023, 2040), 'target-not-reached', 'target'],
  ['a crossing on an empty path', () => firstCrossing([], '1'), 'target-not-reached', 'target'],
  // Beyond what decimal.js holds (10^±9e15) or what 34 digits can tell apart: decimal.js itself returns Infinity, NaN or 0.
  [
    'a path that overflows (1e9000000000000000 doubling for 100 years)',
    () => project(compound({ baseYear: 2000, baseValue: '1e9000000000000000', cagr: '1' }), { from: 2000, to: 2100 }),
    'not-finite',
    'projection',
  ],
  [
    'a path that underflows to zero (1e-9000000000000000 falling 99% a year)',
    () => project(compound({ baseYear: 2000, baseValue: '1e-9000000000000000', cagr: '-0.99' }), { from: 2000, to: 2100 }),
    'not-finite',
    'projection',
  ],
  [
    'an S-curve so steep that e^(k·10) overflows and then meets e^(−k) = 0 (NaN)',
    () => project(logistic({ midpoint: '2000', steepness: '1e20' }), { from: 1990, to: 2000 }),
    'not-finite',
    'projection',
  ],
  [
    'two levels 10^18e15 apart',
    () => impliedCagr({ year: 2000, value: '1e-9000000000000000' }, { year: 2001, value: '1e9000000000000000' }),
    'not-finite',
    'to.value',
  ],
  ['a doubling time at a rate of 1e-40 (1 + rate is 1 at 34 digits)', () => doublingTime('1e-40'), 'no-growth', 'cagr'],
  [
    'a fit to an anchor 10^9e15 below its ceiling',
    () => fitLogistic([{ year: 1990, value: '1e-6022238821948640' }, { year: 1991, value: '1' }], '1e2977761178051361'),
    'not-finite',
    'anchors',
  ],
  // Units
  [
    'converting people to a currency',
    () => convert({ value: new Dec(1), unit: { kind: 'people' } }, 'USD', '7.1268'),
    'currency-mismatch',
    'currency',
  ],
];

describe('invalid input comes back as an error value, never as an exception', () => {
  it.each(cases)('rejects %s', (_sentence, call, kind, field) => {
    let result: Result<unknown> | undefined;
    expect(() => (result = call())).not.toThrow();
    expect(result?.ok).toBe(false);
    if (result && !result.ok) {
      expect(result.error.kind).toBe(kind);
      if (field !== undefined) expect(result.error.field).toBe(field);
      expect(typeof result.error.message).toBe('string');
      expect(result.error.message.trim().length).toBeGreaterThan(0);
      expect(typeof result.error.params).toBe('object');
    }
  });

  it('names the numbers a message needs in params (the UI translates by kind and params)', () => {
    const tooLong = project(compound(), { from: 1995, to: 2096 });
    expect(!tooLong.ok && tooLong.error.params).toEqual({ span: 101, max: 100 });
    const outOfRange = project(compound(), { from: 1989, to: 2000 });
    expect(!outOfRange.ok && outOfRange.error.params).toEqual({ input: 1989, min: 1990, max: 2100 });
  });

  it('accepts the edges: 1990, 2100, a 100-year horizon and a rate just above -100%', () => {
    expect(project(compound({ baseYear: 1990 }), { from: 1990, to: 2090 }).ok).toBe(true);
    expect(project(compound({ baseYear: 2100 }), { from: 2000, to: 2100 }).ok).toBe(true);
    expect(project(compound({ cagr: '-0.999999' }), RANGE).ok).toBe(true);
  });
});
