import * as v from 'valibot';
import { decimalString } from './schemas';

/**
 * The shape of a series a person enters from a report of their own (issue 19), as the UI or a paste
 * (io/paste-figures) hands it to the door in io/user-series. Text fields are only bounded here: the
 * door refuses markup and control characters with a reason of its own (io/text-safety), and checks
 * years, numbers and kinds against each other after the shape is known.
 */

/** Figure kinds as the report's fixture names them (model/report FigureKind). */
export const FIGURE_KINDS = ['point', 'upper-bound', 'lower-bound', 'approximate', 'range', 'conditional', 'statement'] as const;

/** Limits of each text, in characters: a name fits a legend, a wording a paragraph. */
export const TEXT_LIMITS = { name: 120, publisher: 200, section: 40, date: 10, wording: 2000, condition: 500 } as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
// Any whole number: the door says "outside 2015-2050" in its own words rather than a schema's.
const wholeYear = v.pipe(v.number(), v.integer());

export const userFigureSchema = v.object({
  // Strict, as the report's schema: a plain tuple would drop the second year of a span without a word.
  years: v.union([v.strictTuple([wholeYear]), v.strictTuple([wholeYear, wholeYear])]),
  kind: v.picklist(FIGURE_KINDS),
  // What the figure counts: the series' level (the default), or a growth rate stated over a span of
  // years ("CAGR 56.6% 2023-2030"), which the audit checks against the levels it joins.
  quantity: v.optional(v.picklist(['level', 'cagr'])),
  value: v.optional(decimalString),
  low: v.optional(decimalString),
  high: v.optional(decimalString),
  wording: v.optional(text(TEXT_LIMITS.wording)),
  condition: v.optional(text(TEXT_LIMITS.condition)),
});

export const userUnitSchema = v.variant('kind', [
  // An ISO 4217 code's shape; which codes the app can convert is the door's question.
  v.object({ kind: v.literal('money'), currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'a three-letter currency code')) }),
  v.object({ kind: v.literal('people') }),
  v.object({ kind: v.literal('share') }),
]);

export const userSeriesInputSchema = v.object({
  name: v.object({ zh: v.optional(text(TEXT_LIMITS.name)), en: v.optional(text(TEXT_LIMITS.name)) }),
  unit: userUnitSchema,
  source: v.object({
    publisher: text(TEXT_LIMITS.publisher),
    // 2024, 2024-06 or 2024-06-28: reports are often cited by month.
    date: text(TEXT_LIMITS.date),
    section: v.optional(text(TEXT_LIMITS.section)),
  }),
  figures: v.array(userFigureSchema),
});

export type UserFigureInput = v.InferInput<typeof userFigureSchema>;
export type UserSeriesInput = v.InferInput<typeof userSeriesInputSchema>;
