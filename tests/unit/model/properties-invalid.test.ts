// @vitest-environment node
// Properties the engine promises for every invalid input, checked on seeded random inputs (fast-check):
// an error value, never an exception.
// A failure prints the seed and the shrunk counterexample; rerun with the same seed to reproduce it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cagrToReach,
  doublingTime,
  fitLogistic,
  type ForecastModel,
  impliedCagr,
  type ModelErrorKind,
  project,
  type Result,
  yearReaching,
} from '../../../src/model/full';
import { as, notANumber, notAYear, rateAtOrBelowMinus100 } from './properties-arbitraries';

fc.configureGlobal({ seed: 20240628, numRuns: 200 });

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
