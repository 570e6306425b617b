/**
 * Text pasted from a spreadsheet or a web page, cut into rows of cells. Excel and WPS put a tab between
 * cells and CRLF between rows, and quote a cell holding a tab, a line break or a quote ("a""b"); a
 * browser copies an HTML table the same way, without the quotes; a CSV file opened as text uses commas
 * (semicolons where the comma is a decimal mark). Text with none of these is split at runs of two or
 * more spaces or at an ideographic (full-width) space, as WPS and hand-aligned tables lay it out.
 */

export type Delimiter = 'tab' | 'comma' | 'semicolon' | 'spaces';

export interface PastedLine {
  /** The row's place in the paste, from 1, counting blank rows: the spreadsheet's row if pasted from row 1. */
  readonly row: number;
  readonly cells: readonly string[];
}

const SEPARATOR: Readonly<Record<Exclude<Delimiter, 'spaces'>, string>> = { tab: '\t', comma: ',', semicolon: ';' };

/** The delimiter of the whole paste, told from its text outside quoted cells. */
export function delimiterOf(text: string): Delimiter {
  const bare = text.replace(/"[^"]*"/g, '');
  if (bare.includes('\t')) return 'tab';
  const commas = (bare.match(/,/g) ?? []).length;
  const semicolons = (bare.match(/;/g) ?? []).length;
  // 1,5;2,5: where the comma is the decimal mark, semicolons separate cells.
  if (semicolons > 0 && semicolons >= commas) return 'semicolon';
  return commas > 0 ? 'comma' : 'spaces';
}

/** Rows of cells, each cell trimmed (a trim takes full-width and no-break spaces too); blank rows left out. */
export function splitPaste(
  input: string,
  maxRows: number,
): { readonly delimiter: Delimiter; readonly lines: PastedLine[]; readonly firstUnread?: number; readonly unread?: number } {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(text);
  const raw = delimiter === 'spaces' ? splitBySpaces(text) : splitQuoted(text, SEPARATOR[delimiter]);
  const lines: PastedLine[] = [];
  for (const [i, cells] of raw.entries()) {
    const trimmed = cells.map((c) => c.trim());
    if (trimmed.every((c) => c === '')) continue;
    // The row past the limit, so the caller can say where reading stopped.
    if (lines.length === maxRows) return { delimiter, lines, firstUnread: i + 1, unread: raw.slice(i).filter((row) => row.some((c) => c.trim() !== '')).length };
    lines.push({ row: i + 1, cells: trimmed });
  }
  return { delimiter, lines };
}

function splitBySpaces(text: string): string[][] {
  return text.split(/\r\n|\r|\n/).map((line) => {
    const cells = line.trim().split(/[ \u00A0]{2,}|\u3000+/);
    // "2024 100亿": one space between the year and the rest.
    const lone = cells.length === 1 ? /^(\S+)\s+(.+)$/.exec(cells[0]!) : null;
    return lone ? [lone[1]!, lone[2]!] : cells;
  });
}

/**
 * RFC 4180 with any one-character separator: a quote opens a quoted cell only as its first character,
 * "" inside one is a quote, and a line break inside one stays in the cell (as LF). An unclosed quote runs
 * to the end of the paste, as Excel reads it.
 */
function splitQuoted(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c === '\r' ? (text[i + 1] === '\n' ? '' : '\n') : c;
      i++;
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      // `2024, "100亿"`: a quote after the separator's space still opens a quoted cell.
      quoted = true;
      cell = '';
    }
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
