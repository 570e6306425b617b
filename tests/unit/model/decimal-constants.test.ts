import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { DECIMAL_DIGITS } from '../../../src/decimal-constants.mjs';

/**
 * The build keeps decimal.js's ln 10 and π to DECIMAL_DIGITS digits (src/decimal-constants.mjs), and the
 * tests run the library as the build does. Expected values from Python's decimal module at 80 digits:
 *   from decimal import *; getcontext().prec = 80; Decimal('1e30').ln()  (and so on), rounded to 50 significant digits (and the root to 45) with getcontext().prec.
 */
const Wide = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN });

describe('decimal.js with its constants cut to the digits the app needs', () => {
  it('the library under test is the cut one: a logarithm past its digits is refused, one within them is not', () => {
    expect(() => Decimal.clone({ precision: DECIMAL_DIGITS + 50 }).ln(10)).toThrow(/precision limit/i);
    expect(() => Decimal.clone({ precision: DECIMAL_DIGITS - 20 }).ln(10)).not.toThrow();
  });

  it('logarithms at the widest precision the engine uses (50 digits) are right to the last digit', () => {
    // ln 1e30 and ln 1.23e-7 reach for ln 10 (the exponent is scaled out through it).
    expect(new Wide('1e30').ln().toString()).toBe('69.077552789821370520539743640530926228033044658863');
    expect(new Wide('2219000000').ln().toString()).toBe('21.520322480896868023413063640847976284621276826042');
    expect(new Wide('0.000000123').ln().toString()).toBe('-15.911081481573993660899914482199344575386012370437');
    expect(new Wide('7.1268').ln().toString()).toBe('1.9638623258276777771186740547057024254419088050838');
  });

  it('a power with a fractional exponent at 50 digits, the deepest decimal.js reaches for ln 10 (84 digits), is right to the last digit', () => {
    // Python, prec 50: Decimal(7).sqrt() = 2.6457513110645905905016157536392604257102591830825.
    expect(new Wide(7).pow('0.5').toString()).toBe('2.6457513110645905905016157536392604257102591830825');
    // A large exponent asks for the most guard digits. Python: getcontext().prec = 80;
    // x = (Decimal('1.0000001').ln() * Decimal('123456789.5')).exp(); then +x at prec 50.
    expect(new Wide('1.0000001').pow('123456789.5').toString()).toBe('229964.06411413252178388223601247007212875159220969');
  });

  it('a root through ln and exp, as src/model/root.ts takes it beyond floating point: the 7th root of 2,219,000,000', () => {
    // Python: (Decimal('2219000000').ln() / 7).exp() at 60 digits = 21.6354199244628481686184384815038170936827496801901962358024
    expect(new Wide('2219000000').ln().div(7).exp().toSignificantDigits(45).toString()).toBe('21.6354199244628481686184384815038170936827497');
  });
});
