import { Dec } from './decimal';

/** 50 digits: the root is worked out beyond the engine's 34, then rounded to them once. */
const Wide = Dec.clone({ precision: 50 });

/**
 * ratio^(1/years), correctly rounded to the engine's 34 digits: the constant yearly factor of a span
 * (an anchored path's segment, the rate between two levels). Newton's steps at 50 digits from the
 * float64 root (each squares the relative error: 1e-16, 1e-31, 1e-60), then one rounding. decimal.js's
 * pow goes through ln and exp, costs about three times as much, and misses the last digit of about one
 * root in ten (tests/unit/model/solvers.test.ts, against Python's decimal at 80 digits). A negative span
 * is the root of the inverse ratio (a level before the base).
 */
export function yearlyFactor(ratio: Dec, years: number): Dec {
  const n = Math.abs(years);
  const r = years > 0 ? new Wide(ratio) : new Wide(1).div(ratio);
  let f = r;
  if (n > 1) {
    const x = r.toNumber();
    // Outside float64's normal range there is no float seed: start from ln and exp instead.
    f = x > 1e-300 && x < 1e300 ? new Wide(Math.pow(x, 1 / n)) : r.ln().div(n).exp();
    for (let step = 0; step < 3; step++) f = f.times(n - 1).plus(r.div(f.pow(n - 1))).div(n);
  }
  return new Dec(f.toSignificantDigits(Dec.precision, Dec.rounding));
}
