import { SPREADSHEET_DIGITS, inertText, isNumberText, spreadsheetNumber, type Digits } from './spreadsheet-cells';

/**
 * The projection table as CSV (RFC 4180), one wide table for all series:
 *
 *   series,unit,year,<scenario 1>,<scenario 2>,…[,basis,source]
 *
 * A row per series and year; a column per scenario name, in the order they first appear. A series
 * that lacks a scenario (or a year) leaves that cell empty, so series with different scenario sets
 * still share one table. Values are numbers, unformatted: rounded to 15 significant digits (what a
 * spreadsheet holds), or the engine's exact decimal strings when asked for.
 * UTF-8 with a byte-order mark (Excel reads Chinese names right only with it) and CRLF line ends.
 */
export interface CsvSeries {
  readonly seriesId: string;
  readonly seriesName: string;
  readonly unit: string;
  readonly scenarios: readonly { readonly name: string; readonly points: readonly { readonly year: number; readonly value: string }[] }[];
  /**
   * Each year's basis in words (a report figure and its kind, between figures, back-cast, assumption) and its
   * source (the report's wording and citation, or the assumptions the scenarios add): two last columns.
   */
  readonly basis?: ReadonlyMap<number, { readonly basis: string; readonly source: string }>;
}

/** A text cell a spreadsheet will not run (spreadsheet-cells.ts), quoted where it must be. */
function textCell(text: string): string {
  return quote(inertText(text));
}

/** A value cell: a number (a negative one may start with "-"), rounded to `digits`; anything else is text. */
function valueCell(value: string | undefined, digits: Digits): string {
  if (value === undefined) return '';
  return isNumberText(value) ? spreadsheetNumber(value, digits) : textCell(value);
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function projectionCsv(rows: readonly CsvSeries[], digits: Digits = SPREADSHEET_DIGITS): string {
  // Two scenarios of the same name in one series are two columns: the k-th of a name is column (name, k).
  const columns: string[] = [];
  const columnOf = new Map<string, number>();
  const keys = (series: CsvSeries) => {
    const seen = new Map<string, number>();
    return series.scenarios.map((s) => {
      const k = seen.get(s.name) ?? 0;
      seen.set(s.name, k + 1);
      return `${k}\u0000${s.name}`;
    });
  };
  for (const series of rows)
    for (const [i, key] of keys(series).entries()) {
      if (columnOf.has(key)) continue;
      columnOf.set(key, columns.length);
      columns.push(series.scenarios[i]!.name);
    }

  const withBasis = rows.some((series) => series.basis);
  const lines = [['series', 'unit', 'year', ...columns.map(textCell), ...(withBasis ? ['basis', 'source'] : [])].join(',')];
  for (const series of rows) {
    const cells = new Map<number, string[]>();
    for (const [i, key] of keys(series).entries()) {
      const column = columnOf.get(key)!;
      for (const point of series.scenarios[i]!.points) {
        const row = cells.get(point.year) ?? new Array<string>(columns.length).fill('');
        row[column] = valueCell(point.value, digits);
        cells.set(point.year, row);
      }
    }
    const label = textCell(series.seriesName || series.seriesId);
    const unit = textCell(series.unit);
    for (const year of [...cells.keys()].sort((a, b) => a - b)) {
      const basis = series.basis?.get(year);
      const tail = withBasis ? [textCell(basis?.basis ?? ''), textCell(basis?.source ?? '')] : [];
      lines.push([label, unit, String(year), ...cells.get(year)!, ...tail].join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
