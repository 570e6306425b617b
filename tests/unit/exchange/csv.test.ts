import { describe, expect, it } from 'vitest';
import { projectionCsv, type CsvSeries } from '../../../src/io/csv';
import { project } from '../../../src/model';
import { baseModels, MARKET } from './sample-scenarios';

const points = (values: Record<number, string>) => Object.entries(values).map(([year, value]) => ({ year: Number(year), value }));
const series = (seriesId: string, scenarios: CsvSeries['scenarios'], unit = 'CNY'): CsvSeries => ({ seriesId, seriesName: seriesId.toUpperCase(), unit, scenarios });
/** The records of a CSV as a spreadsheet would read them (a small RFC 4180 reader for the test). */
function records(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted && c === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && csv[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

describe('projectionCsv', () => {
  it('writes one wide table: series, unit, year, then a column per scenario, with a BOM and CRLF line ends', () => {
    const csv = projectionCsv([
      series('a', [
        { name: 'Base', points: points({ 2024: '10', 2025: '12.5' }) },
        { name: 'Bull', points: points({ 2024: '11', 2025: '15' }) },
      ]),
    ]);
    expect(csv).toBe('\uFEFFseries,unit,year,Base,Bull\r\nA,CNY,2024,10,11\r\nA,CNY,2025,12.5,15\r\n');
  });

  it('rounds values to 15 significant digits by default (what Excel and Calc hold), in plain notation', () => {
    const path = project(baseModels()[MARKET]!, { from: 2022, to: 2030 });
    if (!path.ok) throw new Error(path.error.message);
    const csv = projectionCsv([series(MARKET, [{ name: 'Base', points: path.value.map((p) => ({ year: p.year, value: p.value.toString() })) }])]);
    // The base case runs through the report's 2.5 B (2022, back-cast at +100%/yr), 10 B (2024), 20 B (2025) and 100 B
    // (2027), geometric between anchors, then +30%/yr. 2026 = 2e10 × √5 = 44721359549.99579392818… (mpmath, 50
    // digits), 44721359549.9958 to 15 significant digits.
    expect(records(csv.slice(1)).slice(1).map((r) => r[3])).toEqual([
      '2500000000', '5000000000', '10000000000', '20000000000', '44721359549.9958', '100000000000', '130000000000', '169000000000', '219700000000',
    ]);
  });

  it('keeps the engine’s exact decimals when asked: no rounding, no grouping, no exponent added', () => {
    const path = project(baseModels()[MARKET]!, { from: 2022, to: 2030 });
    if (!path.ok) throw new Error(path.error.message);
    const values = path.value.map((p) => p.value.toString());
    const csv = projectionCsv([series(MARKET, [{ name: 'Base', points: path.value.map((p) => ({ year: p.year, value: p.value.toString() })) }])], 'exact');
    expect(records(csv.slice(1)).slice(1).map((r) => r[3])).toEqual(values);
    expect(values.some((v) => v.length > 15)).toBe(true);
  });

  it('quotes names with commas, quotes and line breaks (RFC 4180), and reads back as written', () => {
    const names = ['Bull, fast', 'say "hi"', 'two\nlines', '乐观：视频增速80%'];
    const csv = projectionCsv([series('a', names.map((name) => ({ name, points: points({ 2024: '1' }) })))]);
    expect(csv).toContain('"Bull, fast","say ""hi""","two\nlines",乐观：视频增速80%');
    expect(records(csv.slice(1))[0]).toEqual(['series', 'unit', 'year', ...names]);
  });

  it('disarms formulas: a text cell starting with = + - @ gets an apostrophe, a negative number does not', () => {
    const names = ['=HYPERLINK("http://x","click")', '+1', '-2+3', '@SUM(A1)', '\tTab'];
    const csv = projectionCsv([series('=cmd', names.map((name) => ({ name, points: points({ 2024: '-0.5' }) })), '@unit')]);
    const [header, row] = records(csv.slice(1));
    expect(header).toEqual(['series', 'unit', 'year', ...names.map((n) => `'${n}`)]);
    expect(row).toEqual(["'=CMD", "'@unit", '2024', '-0.5', '-0.5', '-0.5', '-0.5', '-0.5']);
    expect(records(projectionCsv([series('a', [{ name: 'x', points: [{ year: 2024, value: '=1+1' }] }])]).slice(1))[1]![3]).toBe("'=1+1");
  });

  it('gives series with different scenario sets one table: the union of columns, empty where a series has no such scenario', () => {
    const csv = projectionCsv([
      series('a', [{ name: 'Base', points: points({ 2024: '1' }) }, { name: 'Bull', points: points({ 2024: '2' }) }]),
      series('b', [{ name: 'Bear', points: points({ 2025: '3' }) }, { name: 'Base', points: points({ 2025: '4', 2026: '5' }) }], 'people'),
    ]);
    expect(records(csv.slice(1))).toEqual([
      ['series', 'unit', 'year', 'Base', 'Bull', 'Bear'],
      ['A', 'CNY', '2024', '1', '2', ''],
      ['B', 'people', '2025', '4', '', '3'],
      ['B', 'people', '2026', '5', '', ''],
    ]);
  });

  it('keeps two scenarios of the same name apart, and years in order', () => {
    const csv = projectionCsv([series('a', [{ name: 'X', points: points({ 2025: '2', 2024: '1' }) }, { name: 'X', points: points({ 2024: '3' }) }])]);
    expect(records(csv.slice(1))).toEqual([
      ['series', 'unit', 'year', 'X', 'X'],
      ['A', 'CNY', '2024', '1', '3'],
      ['A', 'CNY', '2025', '2', ''],
    ]);
  });

  it('writes just the header for no series', () => {
    expect(projectionCsv([])).toBe('\uFEFFseries,unit,year\r\n');
  });
});
