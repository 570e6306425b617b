// @vitest-environment node
// Properties the engine promises for any input at all, checked on seeded random inputs (fast-check):
// an error value or finite numbers, never an exception, NaN or Infinity.
// A failure prints the seed and the shrunk counterexample; rerun with the same seed to reproduce it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cagrToReach,
  Dec,
  doublingTime,
  firstCrossing,
  fitLogistic,
  type ForecastModel,
  impliedCagr,
  project,
  type Result,
  yearReaching,
} from '../../../src/model/full';
import { as, notANumber, notAYear, positiveText, rateText, year } from './properties-arbitraries';

fc.configureGlobal({ seed: 20240628, numRuns: 200 });

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
