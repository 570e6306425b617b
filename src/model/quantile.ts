import { fail, ok, type Result } from './errors';
import { shownInput, type RangeDistribution } from './uncertainty';

// A range's quantiles: only the sampler and the range sketch (both loaded lazily) ask, so this is not
// re-exported by ./index and stays out of the page's first load. ./full has it.

/**
 * The value below which a share p of the distribution lies, p in [0, 1]; p = 0 and p = 1 give the ends of the
 * support (0 or -100 % or -∞, and +∞). A point (sigma 0) is the same value at every p.
 */
export function quantile(dist: RangeDistribution, p: number): Result<number> {
  if (typeof p !== 'number' || Number.isNaN(p) || p < 0 || p > 1)
    return fail('not-a-number', 'p', `A quantile needs a probability between 0 and 1, not ${shownInput(p)}.`, { input: shownInput(p) });
  if (dist.sigma === 0) return ok(dist.p50);
  const x = dist.mu + dist.sigma * inverseNormalCdf(p);
  if (dist.distribution === 'normal') return ok(x);
  return ok(dist.distribution === 'lognormal' ? Math.exp(x) : Math.expm1(x));
}

// AS 241's coefficients, lowest power first, as published: the digits past double precision are the paper's
// and round to the same doubles, so they are kept for checking against it.
/* eslint-disable no-loss-of-precision */
const A = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];
const B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561];
const C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4];
const D = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];
const E = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
const F = [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15];
/* eslint-enable no-loss-of-precision */

function horner(coefficients: readonly number[], x: number): number {
  let sum = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) sum = sum * x + coefficients[i]!;
  return sum;
}

/**
 * Φ⁻¹(p), the standard normal quantile, by Wichura's algorithm AS 241 (PPND16, Applied Statistics 37(3),
 * 1988, 477-484): rational approximations good to about 1e-16 relative over all of (0, 1).
 * Returns -Infinity at 0, +Infinity at 1 and NaN outside [0, 1] (callers check p first).
 */
export function inverseNormalCdf(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * horner(A, r)) / horner(B, r);
  }
  // In the tails, work from the smaller of p and 1 - p: r = sqrt(-ln tail) is near-linear in the quantile.
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const value = r <= 5 ? horner(C, r - 1.6) / horner(D, r - 1.6) : horner(E, r - 5) / horner(F, r - 5);
  return q < 0 ? -value : value;
}
