import { describe, expect, it } from 'vitest';
import { spreadsheetNumber } from '../../../src/io/spreadsheet-cells';
import { tableHtml, tableTsv, type ClipboardTable } from '../../../src/io/table-clipboard';

// Expected roundings from Python's decimal module, not from the code under test:
//   Context(prec=15, rounding=ROUND_HALF_UP).plus(Decimal(s)), written with format(r.normalize(), 'f').
const ROUNDED: [string, string][] = [
  ['4598012.345678901234567890123456789', '4598012.3456789'],
  ['0.1234567890123455', '0.123456789012346'],
  ['371300000000.0000000000000000000001', '371300000000'],
  ['-0.000012345678901234567', '-0.0000123456789012346'],
  ['2219000000', '2219000000'],
  ['99999999999999950', '100000000000000000'],
];

const TABLE: ClipboardTable = {
  header: ['Year', 'Report base case (USD)', 'Mine\twith a tab (USD)', '=HYPERLINK("x") (USD)', 'P95 · ranges (USD)'],
  rows: [
    { year: 2023, values: ['7200000', '7200000.000000000000000000000000001', '1e3', undefined] },
    { year: 2024, values: ['11275200', '4598012.345678901234567890123456789', '-0.000012345678901234567', '12345678.901234567'] },
  ],
};

describe('numbers for a spreadsheet', () => {
  it.each(ROUNDED)('%s rounds to 15 significant digits, half up, in plain notation: %s', (exact, rounded) => {
    expect(spreadsheetNumber(exact)).toBe(rounded);
  });

  it('keeps the exact digits when asked for them', () => {
    expect(spreadsheetNumber('4598012.345678901234567890123456789', 'exact')).toBe('4598012.345678901234567890123456789');
  });
});

describe('a table copied for Excel, WPS and Calc', () => {
  it('as text: a header line and a line per year, tab-separated, CRLF, numbers only, no line broken by a name', () => {
    const text = tableTsv(TABLE);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n').map((line) => line.split('\t'));
    expect(lines).toEqual([
      ['Year', 'Report base case (USD)', 'Mine with a tab (USD)', `'=HYPERLINK("x") (USD)`, 'P95 · ranges (USD)'],
      ['2023', '7200000', '7200000', '1000', ''],
      ['2024', '11275200', '4598012.3456789', '-0.0000123456789012346', '12345678.9012346'],
    ]);
  });

  it('as html: a plain table, a header row then a row per year, a cell per value, nothing else', () => {
    const doc = new DOMParser().parseFromString(tableHtml(TABLE), 'text/html');
    const rows = [...doc.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => `${cell.tagName}:${cell.textContent}`));
    expect(rows).toEqual([
      ['TH:Year', 'TH:Report base case (USD)', 'TH:Mine\twith a tab (USD)', `TH:'=HYPERLINK("x") (USD)`, 'TH:P95 · ranges (USD)'],
      ['TD:2023', 'TD:7200000', 'TD:7200000', 'TD:1000', 'TD:'],
      ['TD:2024', 'TD:11275200', 'TD:4598012.3456789', 'TD:-0.0000123456789012346', 'TD:12345678.9012346'],
    ]);
    expect(doc.querySelector('caption')).toBeNull();
    expect(doc.querySelector('meta')?.getAttribute('charset')).toBe('utf-8');
  });

  it('escapes markup in names, so a name never becomes html', () => {
    const html = tableHtml({ header: ['Year', '<img src=x onerror=alert(1)> & co'], rows: [] });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('th:last-child')?.textContent).toBe('<img src=x onerror=alert(1)> & co');
  });
});
