import Decimal from 'decimal.js';
import { expect } from 'vitest';

// Wider than the engine's 34 digits, so the difference itself adds no rounding worth mentioning.
const Wide = Decimal.clone({ precision: 60 });

/**
 * |actual - expected| ≤ rel·|expected| + abs.
 * rel is relative to the reference value; abs is for values that may be (close to) zero.
 */
export function expectClose(actual: Decimal | string, expected: string, rel = 1e-12, abs = 0): void {
  const a = new Wide(actual.toString());
  const e = new Wide(expected);
  const error = a.minus(e).abs();
  const allowed = e.abs().times(rel).plus(abs);
  expect(
    error.lte(allowed),
    `${a.toString()} is not within ${rel} (relative) + ${abs} (absolute) of ${expected}: off by ${error.toSignificantDigits(3).toString()}`,
  ).toBe(true);
}
