import { Dec } from '../model';

/**
 * Cells as a spreadsheet (Excel, WPS, LibreOffice Calc) reads them, shared by the CSV file and a table
 * copied to the clipboard.
 */

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Significant digits a spreadsheet keeps: Excel and Calc hold a double, 15 digits exact. */
export const SPREADSHEET_DIGITS = 15;

export const isNumberText = (text: string): boolean => NUMBER.test(text);

/** How many significant digits a number keeps: so many, or all the engine's (34). */
export type Digits = number | 'exact';

/**
 * A number for a spreadsheet: rounded to `digits` significant digits (half up, as Excel shows it) and
 * written in plain positional notation, or as given for 'exact'.
 */
export function spreadsheetNumber(value: string, digits: Digits = SPREADSHEET_DIGITS): string {
  if (digits === 'exact') return value;
  const rounded = new Dec(value).toSignificantDigits(digits, Dec.ROUND_HALF_UP);
  return rounded.isZero() ? '0' : rounded.toFixed();
}

/**
 * Text a spreadsheet will not run as a formula: one starting with = + - @ (or tab / CR, which some strip
 * first) gets a leading apostrophe (OWASP "CSV injection"; Excel treats pasted text the same way).
 */
export function inertText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
