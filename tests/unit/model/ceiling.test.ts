// @vitest-environment node
// An S-curve approaches its ceiling and never reaches it: a target at or above the ceiling is "never".
// Expected years computed independently in Python decimal at 50 digits (prec 50):
//   t* = midpoint + ln(target / (ceiling − target)) / steepness, the first whole year at or after t* reaches it;
//   and the same curve rounded to 34 digits, to show where the engine's rounding used to lift it to its ceiling.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, firstCrossing, project, yearReaching, type LogisticModel } from '../../../src/model/full';
import { expectClose } from './close';

// A steep curve under China's 10.92亿 internet users (the users series' cited ceiling).
const STEEP: LogisticModel = { type: 'logistic', ceiling: '1092000000', midpoint: '2026', steepness: '3' };

describe('yearReaching on an S-curve never reaches its ceiling', () => {
  it('says "not reached" for a target equal to the ceiling (10.92亿), though 34 digits round the curve up to it from 2052', () => {
    // python3: Context(prec=34).divide(C, 1 + exp(-3·(2052 − 2026))) == 1.092E+9, i.e. the 34-digit curve "is" at the ceiling.
    const path = project(STEEP, { from: 2052, to: 2052 });
    expect(path.ok && path.value[0]!.value.eq('1092000000')).toBe(true);
    const result = yearReaching(STEEP, '1092000000', 2020);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('target-not-reached');
      expect(result.error.params.ceiling).toBe('1092000000');
    }
  });

  it('says "not reached" for a target above the ceiling', () => {
    const result = yearReaching(STEEP, '1500000000', 2020);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('target-not-reached');
  });

  it('puts a target one 34-digit step (1e-24) below the ceiling in 2052 (t* = 2051.3577729820…)', () => {
    const result = yearReaching(STEEP, '1091999999.999999999999999999999999', 2020);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.year).toBe(2052);
    expectClose(result.value.exactYear, '2051.3577729820420736239760977684594341625076574696', 1e-25);
  });

  it('puts a target 1e-30 below the ceiling in 2050 (t* = 2049.0258509299…)', () => {
    // 1092000000 × (1 − 1e-30) = 1091999999.999999999999999999998908: 34 digits, held exactly.
    const result = yearReaching(STEEP, '1091999999.999999999999999999998908', 2020);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.year).toBe(2050);
    expectClose(result.value.exactYear, '2049.0258509299404568401799145468433087426776815530', 1e-25);
  });

  it('puts 1,091,999,999 in 2033 (t* = 2032.9370922377…) and says not reached when the search stops at 2032', () => {
    const result = yearReaching(STEEP, '1091999999', 2020);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.year).toBe(2033);
    expectClose(result.value.exactYear, '2032.9370922377844578464420942573108360932079798167', 1e-25);
    const short = yearReaching(STEEP, '1091999999', 2020, 2032);
    expect(short.ok).toBe(false);
  });

  it('gives the search start when the curve is already above the target there (10 people: t* = 2019.83)', () => {
    const result = yearReaching(STEEP, '10', 2020);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.year).toBe(2020);
    expect(result.value.exactYear.toString()).toBe('2020');
    // 1000 people: t* = 2026 + ln(1000 / (1092000000 − 1000)) / 3 = 2021.36 (python3 decimal) → 2022.
    const later = yearReaching(STEEP, '1000', 2020);
    expect(later.ok && later.value.year).toBe(2022);
  });
});

describe('firstCrossing told a path lies under a ceiling', () => {
  it('says "not reached" for a target at the ceiling even where the 34-digit path equals it', () => {
    const path = project(STEEP, { from: 2040, to: 2070 });
    if (!path.ok) throw new Error(path.error.message);
    expect(firstCrossing(path.value, '1092000000').ok).toBe(true); // the rounding this guards against
    const result = firstCrossing(path.value, '1092000000', { ceiling: '1092000000' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('target-not-reached');
  });

  it('still finds a target below the ceiling', () => {
    const path = project(STEEP, { from: 2020, to: 2040 });
    if (!path.ok) throw new Error(path.error.message);
    const result = firstCrossing(path.value, '546000000', { ceiling: '1092000000' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.year).toBe(2026); // half the ceiling at the midpoint, exactly
  });
});

describe('property: no target at or above an S-curve ceiling is ever reported reached', () => {
  const model = fc.record({
    ceiling: fc.tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: -3, max: 12 })).map(([m, e]) => `${m}e${e}`),
    midpoint: fc.integer({ min: 19_900, max: 21_000 }).map((n) => new Dec(n).div(10).toString()),
    steepness: fc.integer({ min: 1, max: 50_000 }).map((n) => new Dec(n).div(1000).toString()),
  });
  // The target is the ceiling times 1, or times 1 plus something from 1e-40 up to 10.
  const above = fc.oneof(fc.constant('0'), fc.integer({ min: -40, max: 1 }).map((e) => `1e${e}`));

  it('yearReaching and firstCrossing both say not reached', () => {
    fc.assert(
      fc.property(model, above, fc.integer({ min: 1990, max: 2090 }), (m, excess, from) => {
        const curve: LogisticModel = { type: 'logistic', ...m };
        const target = new Dec(m.ceiling).times(new Dec(1).plus(excess));
        const reached = yearReaching(curve, target, from);
        expect(reached.ok).toBe(false);
        const path = project(curve, { from, to: Math.min(2100, from + 100) });
        if (!path.ok) throw new Error(path.error.message);
        expect(firstCrossing(path.value, target, { ceiling: m.ceiling }).ok).toBe(false);
      }),
      { seed: 20240628, numRuns: 300 },
    );
  });
});
