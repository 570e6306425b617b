/**
 * decimal.js carries ln 10 and π to 1,025 digits, and says how far they reach: its precision limit for logarithms
 * (and for π's functions, which this app never calls) is the length of these strings. The app works at 50 digits
 * at most (src/model/root.ts, crossing.ts), and decimal.js asks ln 10 to 12 digits more for a logarithm (62) and to
 * at most 34 more for a power with a fractional exponent (84: 10 for a rounding boundary, 12 for the exponent's size,
 * 10 and 2 guard digits; the app's powers are whole), so the build keeps 120: about 1.3 KB less first-load script,
 * gzipped. A decimal.js whose strings are not found fails the build, not the numbers.
 * Tests run the library through the same plugin (vite.config.ts inlines decimal.js for Vitest).
 */
export const DECIMAL_DIGITS = 120;

/** @returns {import('vite').Plugin} */
export function decimalConstants() {
  return {
    name: 'decimal-constants',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]decimal\.js[\\/]decimal\.m?js$/.test(id)) return undefined;
      let found = 0;
      const out = code.replace(/\b(LN10|PI) = '(\d\.\d{1000,})'/g, (_, name, digits) => (found++, `${name} = '${digits.slice(0, DECIMAL_DIGITS + 2)}'`));
      if (found !== 2) throw new Error(`decimal-constants: ${id} no longer writes LN10 and PI as it did`);
      return { code: out, map: null };
    },
  };
}
