// @vitest-environment node
// Properties the engine promises for every input, checked on seeded random inputs (fast-check).
// A failure prints the seed and the shrunk counterexample; rerun with the same seed to reproduce it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnchoredModel,
  cagrToReach,
  Dec,
  doublingTime,
  firstCrossing,
  fitLogistic,
  type ForecastModel,
  impliedCagr,
  type ModelErrorKind,
  project,
  type Projection,
  type RangePick,
  type Result,
  yearlyFactor,
  yearReaching,
} from '../../../src/model/full';
import { expectClose } from './close';

fc.configureGlobal({ seed: 20240628, numRuns: 200 });

// ---- valid inputs ---------------------------------------------------------------------------------

/** A positive decimal string with up to nine significant digits, 1e-6 to 1e21. */
const positiveText = fc
  .tuple(fc.integer({ min: 1, max: 999_999_999 }), fc.integer({ min: -6, max: 12 }))
  .map(([m, e]) => `${m}e${e}`);
/** A growth rate: -99.9999% to +500% in steps of 1e-6, or a tiny positive rate down to 1e-25. */
const rateText = fc.oneof(
  fc.integer({ min: -999_999, max: 5_000_000 }).map((n) => new Dec(n).div(1_000_000).toString()),
  fc.integer({ min: 1, max: 25 }).map((k) => `1e-${k}`),
);
/** A positive rate that 34 digits can still tell apart from zero after a year's multiplication. */
const positiveRateText = fc.oneof(
  fc.integer({ min: 1, max: 5_000_000 }).map((n) => new Dec(n).div(1_000_000).toString()),
  fc.integer({ min: 1, max: 25 }).map((k) => `1e-${k}`),
);
const year = fc.integer({ min: 1990, max: 2100 });
/** A range of at least two years and at most the 100-year horizon. */
const range = fc
  .integer({ min: 1990, max: 2099 })
  .chain((from) => fc.integer({ min: from + 1, max: Math.min(2100, from + 100) }).map((to) => ({ from, to })));

const values = (path: Projection) => path.map((p) => p.value);
const strictlyIncreasing = (path: Projection) => path.every((p, i) => i === 0 || p.value.gt(path[i - 1]!.value));
function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`);
  return result.value;
}

describe('solving a projection for its rate gives the rate back', () => {
  it('impliedCagr between the first and last point of a compound path is its CAGR, to 1e-25', () => {
    fc.assert(
      fc.property(year, positiveText, rateText, range, (baseYear, baseValue, cagr, r) => {
        const path = unwrap(project({ type: 'compound', baseYear, baseValue, cagr }, r));
        const solved = unwrap(impliedCagr(path[0]!, path[path.length - 1]!));
        // 34 digits, up to 100 roundings along the path: the error is near 1e-31, so 1e-25 is honest
        // (absolute below a rate of 1, relative above it).
        expectClose(solved, cagr, 1e-25, 1e-25);
      }),
    );
  });

  it('cagrToReach the last value of a path from its first is its CAGR, to 1e-25', () => {
    fc.assert(
      fc.property(year, positiveText, rateText, range, (baseYear, baseValue, cagr, r) => {
        const path = unwrap(project({ type: 'compound', baseYear, baseValue, cagr }, r));
        const last = path[path.length - 1]!;
        expectClose(unwrap(cagrToReach(path[0]!, last.value, last.year)), cagr, 1e-25, 1e-25);
      }),
    );
  });
});

describe('an anchored segment grows by the exact yearly root of its ratio', () => {
  // yearlyFactor takes shortcuts (a division, a square root, Newton from a float64 seed) instead of decimal.js's pow.
  const Wide = Dec.clone({ precision: 50 });
  it('yearlyFactor(ratio, n) is ratio^(1/n) to 1e-32, for every span of years and ratios 1e-400 to 1e400', () => {
    const ratio = fc
      .tuple(fc.integer({ min: 1, max: 999_999_999 }), fc.integer({ min: -400, max: 400 }))
      .map(([m, e]) => new Dec(`${m}e${e}`));
    fc.assert(
      fc.property(ratio, fc.integer({ min: 1, max: 110 }), (r, n) => {
        const exact = new Wide(r).pow(new Wide(1).div(n));
        expectClose(yearlyFactor(r, n), exact.toString(), 1e-32);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('positive growth rises every year', () => {
  it('a compound path at a positive CAGR is strictly increasing', () => {
    fc.assert(
      fc.property(year, positiveText, positiveRateText, range, (baseYear, baseValue, cagr, r) => {
        expect(strictlyIncreasing(unwrap(project({ type: 'compound', baseYear, baseValue, cagr }, r)))).toBe(true);
      }),
    );
  });

  /** Anchors in increasing years whose lows, highs and middles all increase: the 2n ends are one rising sequence. */
  const risingAnchors = fc
    .uniqueArray(fc.integer({ min: 1990, max: 2100 }), { minLength: 1, maxLength: 6 })
    .chain((years) =>
      fc
        .tuple(
          fc.integer({ min: 1, max: 1_000_000 }),
          fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 2 * years.length, maxLength: 2 * years.length }),
          fc.array(fc.boolean(), { minLength: years.length, maxLength: years.length }),
        )
        .map(([start, steps, isRange]) => {
          // Each step multiplies by 1 + step/1000 (0.1% to 500%), so the sequence rises.
          let level = new Dec(start);
          const ends = steps.map((s) => (level = level.times(new Dec(s).div(1000).plus(1))));
          return [...years]
            .sort((a, b) => a - b)
            .map((y, i) => ({ year: y, low: ends[2 * i]!.toString(), ...(isRange[i] ? { high: ends[2 * i + 1]!.toString() } : {}) }));
        }),
    );
  const through = fc.constantFrom<RangePick>('low', 'mid', 'high');

  it('an anchored path through rising anchors, with positive rates before and after, is strictly increasing', () => {
    fc.assert(
      fc.property(risingAnchors, through, positiveRateText, positiveRateText, range, (anchors, pick, before, after, r) => {
        const model: AnchoredModel = { type: 'anchored', anchors, through: pick, rateBefore: before, rateAfter: after };
        expect(strictlyIncreasing(unwrap(project(model, r)))).toBe(true);
      }),
    );
  });

  it('an anchored path passes exactly through each anchor’s picked value: low, high, or √(low·high)', () => {
    fc.assert(
      fc.property(risingAnchors, through, rateText, rateText, (anchors, pick, before, after) => {
        const years = anchors.map((a) => a.year);
        const first = Math.max(1990, Math.min(...years) - 3);
        const r = { from: first, to: Math.min(2100, first + 100) };
        const path = unwrap(project({ type: 'anchored', anchors, through: pick, rateBefore: before, rateAfter: after }, r));
        for (const anchor of anchors) {
          const point = path.find((p) => p.year === anchor.year);
          if (!point) continue; // an anchor beyond the 100-year window
          const low = new Dec(anchor.low);
          const high = new Dec(anchor.high ?? anchor.low);
          if (pick === 'low') expect(point.value.eq(low)).toBe(true);
          else if (pick === 'high') expect(point.value.eq(high)).toBe(true);
          // The square of the middle is low·high up to the last of 34 digits.
          else expectClose(point.value.times(point.value), low.times(high).toString(), 1e-32);
        }
      }),
    );
  });
});

describe('an S-curve rises towards its ceiling and never reaches it', () => {
  // Steepness 0.05-0.5 over 1990-2100 keeps k·|year − midpoint| ≤ 55: beyond about 78, e^(−k·(year − m)) is
  // below 1e-34 and 1 + it rounds to 1 at 34 digits, so the drawn value equals its ceiling (a precision limit).
  const logistic = fc.record({
    type: fc.constant('logistic' as const),
    ceiling: positiveText,
    midpoint: fc.integer({ min: 0, max: 110_000 }).map((n) => new Dec(1990).plus(new Dec(n).div(1000)).toString()),
    steepness: fc.integer({ min: 50, max: 500 }).map((n) => new Dec(n).div(1000).toString()),
  });

  it('every value is above zero and below the ceiling, and each year is above the one before', () => {
    fc.assert(
      fc.property(logistic, range, (model, r) => {
        const path = unwrap(project(model, r));
        for (const v of values(path)) expect(v.gt(0) && v.lt(model.ceiling)).toBe(true);
        expect(strictlyIncreasing(path)).toBe(true);
      }),
    );
  });
});

// ---- invalid inputs -------------------------------------------------------------------------------

/** Text with a character no decimal number has, or one of the near misses. */
const notNumberText = fc.oneof(
  fc.string().filter((s) => /[^0-9eE.+\-\s]/.test(s)),
  fc.string({ unit: 'grapheme' }).filter((s) => /[^0-9eE.+\-\s]/.test(s)),
  fc.constantFrom('', ' ', '.', '+', '-', 'e', '1e', 'e5', '--1', '1..2', '1e+', '.e1', '1 2', 'NaN', 'Infinity', '-Infinity', '1_000', '１２'),
);
const notFinite = fc.constantFrom<unknown>(NaN, Infinity, -Infinity, new Dec(NaN), new Dec(Infinity), new Dec(-Infinity));
const notANumber = fc.oneof(notNumberText, notFinite);
const notAYear = fc.oneof(
  fc.integer({ max: 1989 }),
  fc.integer({ min: 2101 }),
  fc.double({ min: 1990, max: 2100, noNaN: true }).filter((y) => !Number.isInteger(y)),
  fc.constantFrom<unknown>(NaN, Infinity, -Infinity, '2024', null, undefined),
);
const rateAtOrBelowMinus100 = fc.oneof(
  fc.constant('-1'),
  fc.integer({ min: -1_000_000_000, max: -1_000_000 }).map((n) => new Dec(n).div(1_000_000).toString()),
);

/** The call neither throws nor succeeds, and its error has a kind and a sentence. */
function expectError(call: () => Result<unknown>, kinds?: readonly ModelErrorKind[]) {
  let result: Result<unknown> | undefined;
  expect(() => (result = call())).not.toThrow();
  expect(result?.ok).toBe(false);
  if (result && !result.ok) {
    if (kinds) expect(kinds).toContain(result.error.kind);
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

const VALID = { type: 'compound' as const, baseYear: 2023, baseValue: '7200000', cagr: '0.566' };
const RANGE = { from: 2022, to: 2040 };
const as = <T>(value: unknown) => value as T;

describe('every invalid input comes back as an error value and nothing throws', () => {
  it('project rejects a base value or CAGR that is not a finite number', () => {
    fc.assert(
      fc.property(notANumber, fc.constantFrom('baseValue', 'cagr'), (bad, field) => {
        expectError(() => project({ ...VALID, [field]: as<string>(bad) }, RANGE), ['not-a-number', 'not-finite']);
      }),
    );
  });

  it('project rejects any CAGR at or below -100%, in every model that takes a rate', () => {
    fc.assert(
      fc.property(rateAtOrBelowMinus100, fc.constantFrom('cagr', 'rateBefore', 'rateAfter'), (rate, field) => {
        const model: ForecastModel =
          field === 'cagr'
            ? { ...VALID, cagr: rate }
            : { type: 'anchored', anchors: [{ year: 2024, low: '1' }], through: 'mid', rateBefore: '0', rateAfter: '0', [field]: rate };
        expectError(() => project(model, RANGE), ['rate-too-low']);
      }),
    );
  });

  it('project rejects any year that is not a whole year within 1990-2100, wherever it appears', () => {
    fc.assert(
      fc.property(notAYear, fc.constantFrom('from', 'to', 'baseYear', 'anchor'), (bad, where) => {
        const y = as<number>(bad);
        const kinds: ModelErrorKind[] = ['not-a-number', 'year-not-integer', 'year-out-of-range'];
        if (where === 'from') expectError(() => project(VALID, { from: y, to: 2040 }), kinds);
        if (where === 'to') expectError(() => project(VALID, { from: 2022, to: y }), kinds);
        if (where === 'baseYear') expectError(() => project({ ...VALID, baseYear: y }, RANGE), kinds);
        if (where === 'anchor')
          expectError(() => project({ type: 'anchored', anchors: [{ year: y, low: '1' }], through: 'mid', rateBefore: '0', rateAfter: '0' }, RANGE), kinds);
      }),
    );
  });

  it('the solvers reject levels, rates and targets that are not finite numbers', () => {
    fc.assert(
      fc.property(notANumber, (bad) => {
        const value = as<string>(bad);
        const kinds: ModelErrorKind[] = ['not-a-number', 'not-finite'];
        expectError(() => impliedCagr({ year: 2023, value }, { year: 2030, value: '1' }), kinds);
        expectError(() => impliedCagr({ year: 2023, value: '1' }, { year: 2030, value }), kinds);
        expectError(() => cagrToReach({ year: 2023, value: '1' }, value, 2030), kinds);
        expectError(() => doublingTime(value), kinds);
        expectError(() => yearReaching(VALID, value, 2023), kinds);
        expectError(() => fitLogistic([{ year: 2022, value }, { year: 2023, value: '2' }], '10'), kinds);
        expectError(() => fitLogistic([{ year: 2022, value: '1' }, { year: 2023, value: '2' }], value), kinds);
      }),
    );
  });

  it('the solvers reject years that are not whole years within 1990-2100', () => {
    fc.assert(
      fc.property(notAYear, (bad) => {
        const y = as<number>(bad);
        const kinds: ModelErrorKind[] = ['not-a-number', 'year-not-integer', 'year-out-of-range'];
        expectError(() => impliedCagr({ year: y, value: '1' }, { year: 2030, value: '2' }), kinds);
        expectError(() => cagrToReach({ year: 2023, value: '1' }, '2', y), kinds);
        expectError(() => yearReaching(VALID, '1e9', y), kinds);
        expectError(() => fitLogistic([{ year: y, value: '1' }, { year: 2023, value: '2' }], '10'), kinds);
      }),
    );
  });
});

describe('any input at all, valid or not, huge or tiny: no exception, no NaN, no Infinity', () => {
  /** Decimal text with exponents up to twice what decimal.js holds (±9e15), so overflow and underflow happen. */
  const wildText = fc
    .tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: -18e15, max: 18e15 }), fc.boolean())
    .map(([m, e, neg]) => `${neg ? '-' : ''}${m}e${e}`);
  const anyNumber = fc.oneof(
    { weight: 3, arbitrary: fc.oneof(positiveText, rateText, wildText) },
    { weight: 1, arbitrary: fc.oneof(notANumber, fc.double(), fc.integer(), fc.constantFrom<unknown>('0', '-0', 0, -0, '1e-40')) },
  );
  // Typed as a number because a caller's bug (or a JSON file) can hand over anything where a year belongs.
  const anyYear = fc.oneof({ weight: 3, arbitrary: year }, { weight: 1, arbitrary: notAYear }) as fc.Arbitrary<number>;
  const anyModel: fc.Arbitrary<ForecastModel> = fc.oneof(
    fc.record({ type: fc.constant('compound' as const), baseYear: anyYear, baseValue: anyNumber, cagr: anyNumber }),
    fc.record({
      type: fc.constant('anchored' as const),
      anchors: fc.array(fc.record({ year: anyYear, low: anyNumber, high: fc.option(anyNumber, { nil: undefined }) }), { maxLength: 4 }),
      through: fc.constantFrom('low', 'mid', 'high'),
      rateBefore: anyNumber,
      rateAfter: anyNumber,
    }),
    fc.record({ type: fc.constant('logistic' as const), ceiling: anyNumber, midpoint: anyNumber, steepness: anyNumber }),
  ) as fc.Arbitrary<ForecastModel>;

  /** An error value with a sentence, or a value in which every number is finite. */
  function expectSound(call: () => Result<unknown>) {
    let result: Result<unknown> | undefined;
    expect(() => (result = call())).not.toThrow();
    if (!result) return;
    if (!result.ok) {
      expect(result.error.message.length).toBeGreaterThan(0);
      return;
    }
    const numbers: Dec[] = [];
    const collect = (v: unknown): void => {
      if (v instanceof Dec) numbers.push(v);
      // Fitted models carry their numbers as strings.
      else if (typeof v === 'string') expect(v, 'a result holds a non-finite number').not.toMatch(/NaN|Infinity/);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(result.value);
    for (const n of numbers) expect(n.isFinite(), `a result holds ${n.toString()}`).toBe(true);
  }

  it('project gives an error or a finite value for every year', () => {
    fc.assert(
      fc.property(anyModel, anyYear, anyYear, (model, from, to) => {
        expectSound(() => project(model, { from, to }));
      }),
      { numRuns: 1000 },
    );
  });

  it('fitLogistic gives an error or a finite S-curve, even for anchors and ceilings 10^±9e15 apart', () => {
    // Positive levels across the whole exponent range decimal.js holds, so K / v itself can overflow.
    const farLevel = fc
      .tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: -9e15, max: 9e15 }))
      .map(([m, e]) => `${m}e${e}`);
    const level = fc.oneof(farLevel, positiveText, anyNumber);
    fc.assert(
      fc.property(fc.array(fc.record({ year: anyYear, value: level }), { maxLength: 5 }), level, (points, ceiling) => {
        expectSound(() => fitLogistic(points as { year: number; value: string }[], as<string>(ceiling)));
      }),
      { numRuns: 1000 },
    );
  });

  it('the solvers give an error or a finite answer', () => {
    fc.assert(
      fc.property(anyYear, anyNumber, anyYear, anyNumber, anyNumber, anyModel, (y0, v0, y1, v1, ceiling, model) => {
        const a = as<string>(v0);
        const b = as<string>(v1);
        expectSound(() => impliedCagr({ year: y0, value: a }, { year: y1, value: b }));
        expectSound(() => cagrToReach({ year: y0, value: a }, b, y1));
        expectSound(() => doublingTime(a));
        expectSound(() => yearReaching(model, b, y0, y1));
        expectSound(() => fitLogistic([{ year: y0, value: a }, { year: y1, value: b }], '1e12'));
        expectSound(() => fitLogistic([{ year: y0, value: a }, { year: y1, value: b }], as<string>(ceiling)));
        const path = project(model, { from: y0, to: y1 });
        if (path.ok) expectSound(() => firstCrossing(path.value, b));
      }),
      { numRuns: 1000 },
    );
  });
});
