// Seeded random inputs (fast-check arbitraries) shared by the engine's property tests (properties-*.test.ts):
// valid levels, rates, years and ranges, and inputs no number or year can be.
import fc from 'fast-check';
import { Dec } from '../../../src/model/full';

// ---- valid inputs ---------------------------------------------------------------------------------

/** A positive decimal string with up to nine significant digits, 1e-6 to 1e21. */
export const positiveText = fc
  .tuple(fc.integer({ min: 1, max: 999_999_999 }), fc.integer({ min: -6, max: 12 }))
  .map(([m, e]) => `${m}e${e}`);
/** A growth rate: -99.9999% to +500% in steps of 1e-6, or a tiny positive rate down to 1e-25. */
export const rateText = fc.oneof(
  fc.integer({ min: -999_999, max: 5_000_000 }).map((n) => new Dec(n).div(1_000_000).toString()),
  fc.integer({ min: 1, max: 25 }).map((k) => `1e-${k}`),
);
/** A positive rate that 34 digits can still tell apart from zero after a year's multiplication. */
export const positiveRateText = fc.oneof(
  fc.integer({ min: 1, max: 5_000_000 }).map((n) => new Dec(n).div(1_000_000).toString()),
  fc.integer({ min: 1, max: 25 }).map((k) => `1e-${k}`),
);
export const year = fc.integer({ min: 1990, max: 2100 });
/** A range of at least two years and at most the 100-year horizon. */
export const range = fc
  .integer({ min: 1990, max: 2099 })
  .chain((from) => fc.integer({ min: from + 1, max: Math.min(2100, from + 100) }).map((to) => ({ from, to })));

// ---- invalid inputs -------------------------------------------------------------------------------

/** Text with a character no decimal number has, or one of the near misses. */
export const notNumberText = fc.oneof(
  fc.string().filter((s) => /[^0-9eE.+\-\s]/.test(s)),
  fc.string({ unit: 'grapheme' }).filter((s) => /[^0-9eE.+\-\s]/.test(s)),
  fc.constantFrom('', ' ', '.', '+', '-', 'e', '1e', 'e5', '--1', '1..2', '1e+', '.e1', '1 2', 'NaN', 'Infinity', '-Infinity', '1_000', '１２'),
);
export const notFinite = fc.constantFrom<unknown>(NaN, Infinity, -Infinity, new Dec(NaN), new Dec(Infinity), new Dec(-Infinity));
export const notANumber = fc.oneof(notNumberText, notFinite);
export const notAYear = fc.oneof(
  fc.integer({ max: 1989 }),
  fc.integer({ min: 2101 }),
  fc.double({ min: 1990, max: 2100, noNaN: true }).filter((y) => !Number.isInteger(y)),
  fc.constantFrom<unknown>(NaN, Infinity, -Infinity, '2024', null, undefined),
);
export const rateAtOrBelowMinus100 = fc.oneof(
  fc.constant('-1'),
  fc.integer({ min: -1_000_000_000, max: -1_000_000 }).map((n) => new Dec(n).div(1_000_000).toString()),
);

/** A value of any type, handed over where `T` belongs (as a caller's bug or a JSON file would). */
export const as = <T>(value: unknown) => value as T;
