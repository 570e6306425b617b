import { inertText, isNumberText, spreadsheetNumber, type Digits } from './spreadsheet-cells';

/**
 * A table as it goes to the clipboard for a spreadsheet: text/html (a plain table: Excel, WPS and
 * LibreOffice make a cell of each <td>, a number of each number) and text/plain (tab-separated, a row a
 * line). Values are numbers only, the unit is in the column's header, so a pasted table can be summed.
 */
export interface ClipboardTable {
  readonly header: readonly string[];
  /** A row per year: the year, then each column's value as an exact decimal string (or none). */
  readonly rows: readonly { readonly year: number; readonly values: readonly (string | undefined)[] }[];
}

/** A cell's text: a number rounded for a spreadsheet, any other text made inert. */
function cellText(value: string | undefined, digits: Digits | undefined): string {
  if (value === undefined) return '';
  return isNumberText(value) ? spreadsheetNumber(value, digits) : inertText(value);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A line of tab-separated text cannot hold a tab or a line break: each becomes a space. */
const oneLine = (text: string) => text.replace(/[\t\r\n]+/g, ' ');

export function tableTsv(table: ClipboardTable, digits?: Digits): string {
  const lines = [table.header.map((h) => oneLine(inertText(h))).join('\t')];
  for (const row of table.rows) lines.push([String(row.year), ...row.values.map((v) => oneLine(cellText(v, digits)))].join('\t'));
  return `${lines.join('\r\n')}\r\n`;
}

export function tableHtml(table: ClipboardTable, digits?: Digits): string {
  const head = table.header.map((h) => `<th>${escapeHtml(inertText(h))}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr><td>${row.year}</td>${row.values.map((v) => `<td>${escapeHtml(cellText(v, digits))}</td>`).join('')}</tr>`)
    .join('');
  // No caption: a spreadsheet would take it for a row. The header row comes first.
  return `<meta charset="utf-8"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
