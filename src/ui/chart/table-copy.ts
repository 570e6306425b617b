import type { ClipboardEvent } from 'react';
import { tableHtml, tableTsv, type ClipboardTable } from '../../io/table-clipboard';

/** One column of the table as the clipboard takes it: its header with the unit, its value in a year. */
export interface CopiedColumn {
  readonly header: string;
  /** The exact value in the display unit, as a decimal string. */
  readonly valueAt: (year: number) => string | undefined;
}

export function clipboardTable(yearHeader: string, columns: readonly CopiedColumn[], years: readonly number[]): ClipboardTable {
  return {
    header: [yearHeader, ...columns.map((c) => c.header)],
    rows: years.map((year) => ({ year, values: columns.map((c) => c.valueAt(year)) })),
  };
}

/**
 * Ctrl+C over a selection in the table: the selected rows (with the header) as cells and numbers, not
 * as the screen's text ("$4.598M", with its "±% vs base" line breaking the row). A selection that
 * holds no row of values is left to the browser.
 */
export function copySelectedRows(event: ClipboardEvent<HTMLElement>, table: ClipboardTable): void {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed) return;
  const rows = [...event.currentTarget.querySelectorAll('tbody tr')];
  const chosen = table.rows.filter((_, i) => rows[i] && selection.containsNode(rows[i], true));
  if (chosen.length === 0) return;
  const picked = { ...table, rows: chosen };
  event.clipboardData.setData('text/html', tableHtml(picked));
  event.clipboardData.setData('text/plain', tableTsv(picked));
  event.preventDefault();
}
