import Decimal from 'decimal.js';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseInput, type FieldKind, type InputErrorKind } from '../../../src/io/parse-input';
import { decimalString } from '../../../src/io/schemas';

const KINDS: readonly FieldKind[] = ['rate', 'amount', 'count', 'year', 'number'];
const ERRORS: readonly InputErrorKind[] = ['empty', 'unreadable', 'wrong-unit', 'wrong-currency', 'not-whole-year', 'too-long', 'out-of-domain', 'misplaced-separator'];
const SEED = 20240628;

const kind = fc.constantFrom(...KINDS);
const currency = fc.constantFrom(undefined, 'USD' as const, 'CNY' as const);

/** Pieces of what people type into these fields, strung together in any order. */
const FRAGMENTS = [
  ...'0123456789０１２３４５６７８９',
  '.', '．', ',', '，', '_', ' ', '　', '-', '+', '−', '%', '％', 'e', 'E', 'e-', 'e+',
  '亿', '万', '万亿', '千', '百万', '元', '美元', '人民币', '人', '年',
  '$', 'US$', 'usd', '¥', '￥', 'rmb', 'cny', 'k', 'M', 'B', 'bn', 'mn', 'million', 'billion', 't',
  '1e400', '1e-400', '9'.repeat(40), '0.' + '0'.repeat(40) + '1',
];
const typed = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), typed);

describe('parseInput on anything at all (seeded)', () => {
  it('never throws, and answers with a finite decimal string or a known kind of error', () => {
    fc.assert(
      fc.property(anyText, kind, currency, (input, fieldKind, fieldCurrency) => {
        const result = parseInput(input, fieldKind, fieldCurrency);
        if (result.ok) {
          expect(new Decimal(result.value).isFinite()).toBe(true);
        } else {
          expect(ERRORS).toContain(result.kind);
          expect(result.input).toBe(input);
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('gives only values that saved work can carry (the saved-state decimal string schema)', () => {
    fc.assert(
      fc.property(anyText, kind, currency, (input, fieldKind, fieldCurrency) => {
        const result = parseInput(input, fieldKind, fieldCurrency);
        if (result.ok) expect(v.is(decimalString, result.value), result.value).toBe(true);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('gives a whole number for every year it accepts', () => {
    fc.assert(
      fc.property(typed, (input) => {
        const result = parseInput(input, 'year');
        if (result.ok) expect(new Decimal(result.value).isInteger()).toBe(true);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('reads a rate typed with and without the percent sign the same way', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,4}(\.\d{1,4})?$/), (digits) => {
        expect(parseInput(`${digits}%`, 'rate')).toEqual(parseInput(digits, 'rate'));
        const result = parseInput(digits, 'rate');
        expect(result.ok && new Decimal(result.value).times(100).eq(digits)).toBe(true);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
