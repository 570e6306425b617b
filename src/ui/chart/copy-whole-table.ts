import { copyTable } from '../../io/clipboard';
import { tableHtml, tableTsv, type ClipboardTable } from '../../io/table-clipboard';
import type { Notice } from '../shared';

// Loaded when the "Copy table" button is reached or pressed (ProjectionTable), not with the page.

/** The "Copy table" button: the whole table, as html and tab-separated text. */
export async function copyWholeTable(table: ClipboardTable, showNotice: (notice: Notice) => void): Promise<void> {
  const result = await copyTable(tableHtml(table), tableTsv(table));
  showNotice(result.ok ? { kind: 'copied', what: 'table' } : { kind: 'clipboard', reason: 'table' });
}

