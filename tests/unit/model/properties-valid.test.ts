// @vitest-environment node
// Properties the engine promises for every valid input, checked on seeded random inputs (fast-check):
// solving a path for its rate, anchored growth, rising paths, S-curves.
// A failure prints the seed and the shrunk counterexample; rerun with the same seed to reproduce it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnchoredModel,
  cagrToReach,
  Dec,
  impliedCagr,
  project,
  type Projection,
  type RangePick,
  type Result,
  yearlyFactor,
} from '../../../src/model/full';
import { expectClose } from './close';
import { positiveRateText, positiveText, range, rateText, year } from './properties-arbitraries';

fc.configureGlobal({ seed: 20240628, numRuns: 200 });

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
  // yearlyFactor (one root for the paths and the rates) takes Newton steps at 50 digits from a float64 seed
  // instead of decimal.js's pow. The reference: decimal.js's pow at 90 digits (ln and exp, whose error is in
  // the last few of the 90), rounded half-even to the engine's 34 — the root correctly rounded.
  const Exact = Dec.clone({ precision: 90 });
  const correctlyRounded = (r: string, n: number) => new Dec(new Exact(r).pow(new Exact(1).div(n)).toSignificantDigits(34, Dec.ROUND_HALF_EVEN));
  const ratio = fc.tuple(fc.integer({ min: 1, max: 999_999_999 }), fc.integer({ min: -400, max: 400 })).map(([m, e]) => new Dec(`${m}e${e}`));
  it('yearlyFactor(ratio, n) is ratio^(1/n) correctly rounded to 34 digits, for every span of years and ratios 1e-400 to 1e400', () => {
    fc.assert(
      fc.property(ratio, fc.integer({ min: 1, max: 110 }), (r, n) => {
        expect(yearlyFactor(r, n).toString()).toBe(correctlyRounded(r.toString(), n).toString());
      }),
      { numRuns: 1000 },
    );
  });
  it('a span read backwards (a level before the base) is the root of the inverse ratio', () => {
    fc.assert(
      fc.property(ratio, fc.integer({ min: 1, max: 110 }), (r, n) => {
        expect(yearlyFactor(r, -n).toString()).toBe(correctlyRounded(new Exact(1).div(r.toString()).toString(), n).toString());
      }),
      { numRuns: 300 },
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
