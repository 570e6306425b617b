import Decimal from 'decimal.js';

/**
 * The engine's number type: decimal.js with 34 significant digits (IEEE decimal128's width).
 * Far beyond the 1e-12 the tests demand, and ln/exp stay cheap enough for a slider drag.
 */
export const Dec = Decimal.clone({
  precision: 34,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = Decimal;

/** Anything a caller may hand the engine as a number: exact decimal strings are preferred. */
export type NumberLike = Decimal | string | number;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
/**
 * ln 2 to the engine's 34 digits, written out: worked out with `ln()` it cost a few milliseconds of every
 * first load (decimal.js's series, run cold while the page's modules are evaluated).
 */
export const LN2 = new Dec('0.6931471805599453094172321214581766');
