import { Dec, type Currency, type FigureKind } from '../model';
import { parseInput, parseRange, type FieldKind, type RangeErrorKind } from './parse-input';
import { splitPaste, type Delimiter, type PastedLine } from './paste-cells';
import { ascii, kindOfWord, readYears, stripQualifiers } from './paste-words';
import { TEXT_PROBLEM_WORDS, textProblem } from './text-safety';
import { TEXT_LIMITS, type UserFigureInput, type UserSeriesInput } from './user-series-schema';
import { USER_YEARS } from './user-series-limits';

/**
 * Figures pasted from Excel, WPS or a web table (issue 19): a row per figure with its year or span,
 * its value as parse-input reads one ("100亿", "1.5 B", "56.6%", "１２３", a range "1.5—3亿"), and
 * optionally its kind ("约", "upper bound", "突破") and the source's wording. A header row is recognised
 * and skipped, and maps the columns when it names them; a unit in the value's header ("规模（亿元）")
 * applies to bare numbers under it. Each row comes back read or refused with its row number and a
 * reason; nothing throws. What is read goes on to the door in io/user-series, which checks the rest.
 */

/** The longest paste read, in characters (a 50-row table with a paragraph of wording a row is ~100,000). */
export const MAX_PASTE_CHARS = 200_000;
/** Rows read; rows past them are refused together. */
export const MAX_PASTE_ROWS = 200;

export type PasteRefusal =
  | 'unreadable'
  | 'too-long'
  | 'too-many-rows'
  | 'hostile-text'
  | 'cell-too-long'
  | 'year-unreadable'
  | 'span-reversed'
  | 'year-out-of-window'
  | 'value-missing'
  | 'value-unreadable'
  | 'value-separator'
  | 'value-wrong-unit'
  | 'split-number'
  | 'range-reversed'
  | 'rate-needs-span'
  | 'kind-unknown'
  | 'kind-conflict';

/** Why a value cell is refused, as specific as the reader needs: a decimal comma and a unit or currency other than the series' are told as such. */
const valueRefusal = (kind: RangeErrorKind): PasteRefusal =>
  kind === 'misplaced-separator' ? 'value-separator' : kind === 'wrong-unit' || kind === 'wrong-currency' ? 'value-wrong-unit' : 'value-unreadable';

export type PastedRow =
  | { readonly ok: true; readonly row: number; readonly figure: UserFigureInput }
  /** `column` from 1, where one cell is at fault; `detail` names what was wrong without echoing the cell. */
  | { readonly ok: false; readonly row: number; readonly reason: PasteRefusal; readonly column?: number; readonly detail: string };

export interface PasteResult {
  readonly delimiter: Delimiter | 'none';
  /** Whether the first row was a header (and so skipped). */
  readonly header: boolean;
  readonly rows: readonly PastedRow[];
  /** Rows past the first MAX_PASTE_ROWS, not read (the 'too-many-rows' refusal says where reading stopped). */
  readonly unread?: number;
}

export interface PasteOptions {
  /** The series' unit, so "100亿" is read as money and "56.6%" as a share; guessed from each value without it. */
  readonly unit?: UserSeriesInput['unit'];
}

type Column = 'year' | 'value' | 'kind' | 'wording';
interface Columns {
  readonly year: number;
  readonly value: number;
  readonly kind?: number;
  readonly wording?: number;
  /** A unit the value's header gives its column ("亿元", "%", "USD bn"). */
  readonly valueUnit?: string;
  /** A header in words not known here: each row's columns are taken in order, as without a header. */
  readonly positional?: boolean;
}

const HEADER_WORDS: readonly [RegExp, Column][] = [
  [/^(?:year|years|period|fy|年|年份|年度|时间|时期)$/i, 'year'],
  [/^(?:value|amount|size|market size|revenue|sales|users|figure|forecast|number|数值|数字|数据|规模|市场规模|收入|营收|金额|值|预测|预测值|用户数|用户规模)$/i, 'value'],
  [/^(?:kind|type|qualifier|类型|性质|口径|说明类型)$/i, 'kind'],
  [/^(?:wording|text|quote|source text|original|original text|note|notes|source|原文|表述|说明|备注|出处|描述|来源)$/i, 'wording'],
];

const BRACKET = /^(.*?)\s*[([]\s*([^)\]]*?)\s*[)\]]\s*$/;

/** The unit in a header cell's brackets: "市场规模（亿元）" → 亿元. */
function headerUnit(cell: string): string | undefined {
  return BRACKET.exec(ascii(cell).trim())?.[2] || undefined;
}

/** A header cell's column and the unit in its brackets: "市场规模（亿元）" → value, 亿元. */
function headerCell(cell: string): { column: Column; unit?: string } | undefined {
  const text = ascii(cell).trim();
  const name = BRACKET.exec(text)?.[1] ?? text;
  const found = HEADER_WORDS.find(([pattern]) => pattern.test(name));
  if (!found) return undefined;
  const unit = headerUnit(text);
  return unit ? { column: found[1], unit } : { column: found[1] };
}

/**
 * The columns a header row names, or undefined when the first row is not a header. It is one when its first
 * cell is no year and either a cell names a column ("年份", "Wording") or the next row starts with a year
 * (a header in words not known here: its columns are then taken in order).
 */
function headerColumns(lines: readonly PastedLine[], options: PasteOptions): Columns | undefined {
  const cells = lines[0]?.cells ?? [];
  if (readYears(cells[0] ?? '') !== undefined) return undefined;
  const found = cells.map(headerCell);
  // The value column's unit, whatever its header's words: in its brackets ("文生音乐市场规模（亿元）", even where the
  // words are not known here), or the cell itself when it is a unit alone ("亿元", "USD m"). A bracket that holds no
  // unit refuses the bare values under it rather than read them as yuan.
  const unitOf = (cell = '') => headerUnit(cell) ?? bareUnit(cell, options);
  if (!found.some(Boolean)) {
    if (lines.length < 2 || readYears(lines[1]!.cells[0] ?? '') === undefined) return undefined;
    const valueUnit = unitOf(cells[1]);
    return { year: 0, value: 1, positional: true, ...(valueUnit ? { valueUnit } : {}) };
  }
  const at = (column: Column) => {
    const i = found.findIndex((f) => f?.column === column);
    return i < 0 ? undefined : i;
  };
  const value = at('value') ?? 1;
  const valueUnit = found[value] ? found[value].column === 'value' && found[value].unit : unitOf(cells[value]);
  return { year: at('year') ?? 0, value, kind: at('kind'), wording: at('wording'), ...(valueUnit ? { valueUnit } : {}) };
}

/** A header cell that is a unit and nothing else ("亿元", "万人", "USD m"): one of it reads as a value. */
function bareUnit(cell: string, options: PasteOptions): string | undefined {
  const text = ascii(cell).trim();
  return text && !/\d/.test(text) && readValue('1', text, options).ok ? text : undefined;
}

/** A line above the table that gives the values' unit: "单位：亿元", "（单位：亿元）", "Unit: USD m", "Units: RMB bn". */
const UNIT_LINE = /^\(?\s*(?:单位|units?)\s*:\s*(.+?)\s*\)?$/i;

function unitLine(line: PastedLine): string | undefined {
  const cells = line.cells.map((c) => ascii(c).trim()).filter(Boolean);
  return cells.length === 1 ? UNIT_LINE.exec(cells[0]!)?.[1] || undefined : undefined;
}

const refuse = (row: number, reason: PasteRefusal, detail: string, column?: number): PastedRow => ({
  ok: false,
  row,
  reason,
  ...(column !== undefined ? { column: column + 1 } : {}),
  detail,
});

export function parsePastedFigures(text: string, options: PasteOptions = {}): PasteResult {
  try {
    return parse(text, options);
  } catch (error) {
    // Nothing above is known to throw; a paste is never worth an uncaught exception in the page.
    return { delimiter: 'none', header: false, rows: [refuse(0, 'unreadable', `the paste cannot be read (${error instanceof Error ? error.name : 'error'})`)] };
  }
}

function parse(text: string, options: PasteOptions): PasteResult {
  if (typeof text !== 'string' || text.length > MAX_PASTE_CHARS)
    return { delimiter: 'none', header: false, rows: [refuse(0, 'too-long', `more than ${MAX_PASTE_CHARS} characters`)] };
  const { delimiter, lines, firstUnread, unread } = splitPaste(text, MAX_PASTE_ROWS);
  // Unit lines above the table give its bare values their unit (a header's own unit wins): read without
  // them, "100" under "单位：亿元" would be 100 yuan.
  let first = 0;
  let lineUnit: string | undefined;
  for (; first < lines.length; first++) {
    const unit = unitLine(lines[first]!);
    if (!unit) break;
    lineUnit = unit;
  }
  const table = lines.slice(first);
  const header = headerColumns(table, options);
  const body = header ? table.slice(1) : table;
  const columns: Columns | undefined = !lineUnit ? header : header ? { valueUnit: lineUnit, ...header } : { year: 0, value: 1, positional: true, valueUnit: lineUnit };
  const rows = body.map((line) => readRow(line.row, line.cells, columns, options, delimiter));
  if (firstUnread !== undefined) rows.push(refuse(firstUnread, 'too-many-rows', `only the first ${MAX_PASTE_ROWS} rows are read`));
  return { delimiter, header: header !== undefined, rows, ...(unread ? { unread } : {}) };
}

/**
 * Positional columns when there is no header: year, value, then a kind if the third cell is a kind word
 * (or empty, with a fourth cell after it), then wording.
 */
function positional(cells: readonly string[]): Columns {
  const third = cells[2];
  const isKind = third !== undefined && (kindOfWord(third) !== undefined || (third === '' && cells.length > 3));
  if (isKind) return { year: 0, value: 1, kind: 2, wording: cells.length > 3 ? 3 : undefined };
  return { year: 0, value: 1, wording: cells.length > 2 ? 2 : undefined };
}

function readRow(row: number, cells: readonly string[], header: Columns | undefined, options: PasteOptions, delimiter: Delimiter): PastedRow {
  for (const [i, cell] of cells.entries()) {
    if (cell.length > TEXT_LIMITS.wording) return refuse(row, 'cell-too-long', `a cell of more than ${TEXT_LIMITS.wording} characters`, i);
    const problem = textProblem(cell, 'multiline');
    if (problem) return refuse(row, 'hostile-text', `the cell holds ${TEXT_PROBLEM_WORDS[problem]}`, i);
  }
  const columns = !header ? positional(cells) : header.positional ? { ...positional(cells), valueUnit: header.valueUnit } : header;
  const years = readYears(cells[columns.year] ?? '');
  if (!years) return refuse(row, 'year-unreadable', 'not a year or a span of years (2026, 2026-2027, 2026至2027年)', columns.year);
  if (years.length === 2 && years[1] < years[0]) return refuse(row, 'span-reversed', `the span ends (${years[1]}) before it starts (${years[0]})`, columns.year);
  // Told here, as the form would on saving: the page draws USER_YEARS only.
  if (years.some((y) => y < USER_YEARS.from || y > USER_YEARS.to)) return refuse(row, 'year-out-of-window', `outside the app's ${USER_YEARS.from}–${USER_YEARS.to}`, columns.year);
  const kindCell = columns.kind === undefined ? '' : (cells[columns.kind] ?? '');
  const named = kindCell === '' ? undefined : kindOfWord(kindCell);
  if (kindCell !== '' && named === undefined) return refuse(row, 'kind-unknown', 'not a kind of figure (约, upper bound, 突破, could reach …)', columns.kind);
  const wordingCell = columns.wording === undefined ? '' : (cells[columns.wording] ?? '');
  // Without a wording column, the row as pasted is the nearest thing to the source's words.
  const wording = wordingCell || cells.filter((c) => c !== '').join(' ').slice(0, TEXT_LIMITS.wording);
  const valueCell = cells[columns.value] ?? '';
  if (valueCell === '') {
    if ((named === undefined || named === 'statement') && wordingCell !== '') return { ok: true, row, figure: { years, kind: 'statement', wording } };
    return refuse(row, 'value-missing', 'no value', columns.value);
  }
  if (named === 'statement') return refuse(row, 'kind-conflict', 'a statement has no value', columns.kind);
  // 2024,1,000,…: a number's thousands separator cut it in two; reading "1" would be silently wrong.
  if (delimiter === 'comma' && /\d$/.test(valueCell) && /^\d{3}(?:\D|$)/.test(cells[columns.value + 1] ?? ''))
    return refuse(row, 'split-number', 'a comma inside an unquoted number cut it in two: quote the cell ("1,000")', columns.value);
  // A percentage among a money or people series' amounts is the growth a year it states over its span (a CAGR), not an
  // amount in another unit: a broker's table puts "2024-2030  56.6%" under its amounts.
  if (options.unit && options.unit.kind !== 'share') {
    const rate = readRate(row, valueCell, years, named, columns, wording);
    if (rate) return rate;
  }
  // A CSV with semicolons comes from a locale whose decimal mark is the comma (1,5 Mrd.).
  const read = readValue(delimiter === 'semicolon' ? withDecimalPoint(valueCell) : valueCell, columns.valueUnit, options);
  if (!read.ok) return refuse(row, read.reason, read.detail, columns.value);
  const marked = read.kinds.length > 0 ? read.kinds[0] : undefined;
  const isRange = read.low !== undefined;
  // The kind cell decides; a range value must be a range whatever the words around it say.
  const kind: FigureKind = named ?? (isRange ? 'range' : (marked ?? 'point'));
  if (isRange !== (kind === 'range')) return refuse(row, 'kind-conflict', isRange ? `a range cannot be a ${kind} figure` : 'a range needs two ends', columns.kind ?? columns.value);
  const figure: UserFigureInput = isRange ? { years, kind, low: read.low, high: read.high, wording } : { years, kind, value: read.value, wording };
  return { ok: true, row, figure };
}

/** A growth rate's row, read or refused; undefined when the value is no percentage. */
function readRate(row: number, cell: string, years: UserFigureInput['years'], named: FigureKind | undefined, columns: Columns, wording: string): PastedRow | undefined {
  const { text, kinds } = stripQualifiers(cell);
  if (!/%\s*$/.test(text)) return undefined;
  const kind = named ?? kinds[0] ?? 'point';
  if ((kinds.length === 2 && kinds[0] !== kinds[1]) || (kind !== 'point' && kind !== 'approximate'))
    return refuse(row, 'kind-conflict', 'a growth rate is stated outright or as about', columns.kind ?? columns.value);
  if (parseRange(text, 'rate').ok) return refuse(row, 'kind-conflict', 'a growth rate is one value', columns.value);
  if (years.length < 2 || years[0] === years[1]) return refuse(row, 'rate-needs-span', 'a growth rate is stated over a span of years', columns.year);
  const rate = parseInput(text, 'rate');
  if (!rate.ok) return refuse(row, valueRefusal(rate.kind), `not a rate (${rate.kind})`, columns.value);
  return { ok: true, row, figure: { years, kind, quantity: 'cagr', value: rate.value, wording } };
}

/** "1.234,5" → "1234.5": with a decimal comma, points group thousands. A cell without a comma is left alone. */
function withDecimalPoint(cell: string): string {
  return (cell.match(/,/g) ?? []).length === 1 ? cell.replace(/\./g, '').replace(',', '.') : cell;
}

type ReadValue =
  | { readonly ok: true; readonly kinds: readonly FigureKind[]; readonly value?: string; readonly low?: string; readonly high?: string }
  | { readonly ok: false; readonly reason: PasteRefusal; readonly detail: string };

const BARE = /^[+-]?[\d.,\s]+(?:\s*(?:-|–|—|~|to|至|到)\s*[\d.,\s]+)?$/i;

/** The field parse-input reads a value as, from the series' unit, or from the value itself without one. */
function fieldOf(text: string, unit: PasteOptions['unit']): { kind: FieldKind; currency?: Currency } {
  // A share is in percent, bare or not (30 is 30%), as the form reads it.
  if (unit?.kind === 'share') return { kind: 'rate' };
  if (unit?.kind === 'people') return { kind: 'count' };
  if (unit?.kind === 'money') return unit.currency === 'CNY' || unit.currency === 'USD' ? { kind: 'amount', currency: unit.currency } : { kind: 'amount' };
  if (/%\s*$/.test(text)) return { kind: 'number' };
  return /人\s*$/.test(text) ? { kind: 'count' } : { kind: 'amount' };
}

/** A bare value or range under a unit that holds a number: each end times the unit's quantity, read as any value is. */
function readCounted(cell: string, unitText: string, kinds: readonly FigureKind[], options: PasteOptions): ReadValue {
  const field = fieldOf(unitText, options.unit);
  const unit = parseInput(unitText, field.kind, field.currency);
  if (!unit.ok) return { ok: false, reason: valueRefusal(unit.kind), detail: `the header's unit is not read (${unit.kind})` };
  return readAs(cell, { kind: 'number' }, kinds, unit.value);
}

/** A value or a range as parse-input reads it in `field`, each end times `scale` when one is given. */
function readAs(text: string, field: { kind: FieldKind; currency?: Currency }, kinds: readonly FigureKind[], scale?: string): ReadValue {
  const times = (value: string) => (scale === undefined ? value : new Dec(value).times(scale).toString());
  const range = parseRange(text, field.kind, field.currency);
  if (range.ok) {
    if (range.reversed) return { ok: false, reason: 'range-reversed', detail: 'the higher end comes first' };
    return { ok: true, kinds, low: times(range.low), high: times(range.high) };
  }
  if (range.kind !== 'not-a-range') return { ok: false, reason: valueRefusal(range.kind), detail: `not a value or a range (${range.kind})` };
  const value = parseInput(text, field.kind, field.currency);
  if (!value.ok) return { ok: false, reason: valueRefusal(value.kind), detail: `not a value (${value.kind})` };
  return { ok: true, kinds, value: times(value.value) };
}

function readValue(cell: string, headerUnit: string | undefined, options: PasteOptions): ReadValue {
  const { text: stripped, kinds } = stripQualifiers(cell);
  if (kinds.length === 2 && kinds[0] !== kinds[1]) return { ok: false, reason: 'kind-conflict', detail: `the value is marked both ${kinds[0]} and ${kinds[1]}` };
  let text = stripped;
  if (headerUnit && BARE.test(text)) {
    // "USD bn" over 2.2 reads as USD2.2bn: parse-input takes a currency before the number, a multiplier after.
    const [, currency = '', rest = ''] = /^(us\$|usd|rmb|cny|\$|¥|人民币)?\s*(.*)$/i.exec(headerUnit) ?? [];
    // A unit that holds a number ("RMB 100m", 10亿美元) is a quantity the value counts: 5 under it is 5 × 100m, not "5100m".
    if (/^\d/.test(rest)) return readCounted(text, `${currency}${rest}`, kinds, options);
    text = `${currency}${text}${rest}`;
  }
  return readAs(text, fieldOf(text, options.unit), kinds);
}
