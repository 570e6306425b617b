/**
 * Text a file or link brings in is shown as scenario names, in legends, tables, exported SVG and CSV.
 * What could be read as markup or hide what it says is refused outright rather than cleaned, so what
 * is imported is exactly what was exported.
 */

// C0 and C1 controls and DEL; tab, line feed and carriage return are allowed where a line break can be.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_CONTROL = /[\t\n\r]/;
// Bidirectional overrides and isolates reorder what is displayed ("Trojan Source", CVE-2021-42574).
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
// Noncharacters and unpaired surrogates: not text, and not encodable in the UTF-8 of an exported file.
const NONCHARACTER = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// A tag, closing tag, comment/doctype or processing instruction as an HTML or XML parser would start one.
const MARKUP = /<[A-Za-z/!?]/;
// A character reference (&#60; &#x3c;) or a named one (&lt;); "R&D" and "AT&T" stay fine.
const ENTITY = /&#[0-9xX]|&[A-Za-z][A-Za-z0-9]{0,31};/;

export type TextProblem = 'control-character' | 'bidi-control' | 'not-text' | 'markup' | 'entity';

/** Each problem in words, for the doors' messages ("may not hold a control character"). */
export const TEXT_PROBLEM_WORDS: Readonly<Record<TextProblem, string>> = {
  'control-character': 'a control character',
  'bidi-control': 'a bidirectional control',
  'not-text': 'a noncharacter or a lone surrogate',
  markup: 'markup',
  entity: 'a character reference',
};

/** Why `text` may not come in, or undefined when it may. Names are one line; other text may break lines. */
export function textProblem(text: string, kind: 'line' | 'multiline'): TextProblem | undefined {
  if (CONTROL.test(text) || (kind === 'line' && LINE_CONTROL.test(text))) return 'control-character';
  if (BIDI.test(text)) return 'bidi-control';
  if (NONCHARACTER.test(text)) return 'not-text';
  if (MARKUP.test(text)) return 'markup';
  if (ENTITY.test(text)) return 'entity';
  return undefined;
}
