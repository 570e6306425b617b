import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import raw from '../../../fixtures/report-figures.json';
import type { AnchoredModel } from '../../../src/model';
import { MAX_PASTE_CHARS, MAX_PASTE_ROWS, parsePastedFigures, type PastedRow, type PasteOptions } from '../../../src/io/paste-figures';
import { toUserSeries, type UserFigureInput } from '../../../src/io/user-series';
import { userFigureSchema } from '../../../src/io/user-series-schema';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/paste');
const fixture = (name: string) => readFileSync(path.join(DIR, name), 'utf8');

/** The figures of the rows read, and the refusals as [row, reason, column]. */
function split(rows: readonly PastedRow[]) {
  return {
    figures: rows.flatMap((r) => (r.ok ? [r.figure] : [])),
    refused: rows.flatMap((r) => (r.ok ? [] : [[r.row, r.reason, r.column]])),
  };
}

/** The one figure a one-row paste holds, or its refusal reason. */
function one(text: string, options?: PasteOptions): UserFigureInput | string {
  const [row, ...rest] = parsePastedFigures(text, options).rows;
  expect(rest).toEqual([]);
  return row!.ok ? row!.figure : row!.reason;
}

const numbers = (f: UserFigureInput | string) => (typeof f === 'string' ? f : [f.kind, f.years, f.value ?? [f.low, f.high]]);

describe('clipboard samples as Excel, WPS and a browser put them', () => {
  it('keeps the CRLF, tabs and full-width spaces the samples are about', () => {
    expect(fixture('excel-en.tsv')).toContain('\r\n');
    expect(fixture('wps-zh.tsv')).toContain('\u3000');
    expect(fixture('web-table.tsv')).toContain('\u00a0');
    expect(fixture('excel-utf8.csv').startsWith('\ufeff')).toBe(true);
  });

  it('reads Excel (en, Windows): header unit "USD m", a quoted cell with a line break and doubled quotes', () => {
    const result = parsePastedFigures(fixture('excel-en.tsv'), { unit: { kind: 'money', currency: 'USD' } });
    expect([result.delimiter, result.header]).toEqual(['tab', true]);
    const { figures, refused } = split(result.rows);
    expect(figures.map(numbers)).toEqual([
      ['approximate', [2023], '7200000'], // 7.2 × USD 1m = 7,200,000
      ['point', [2030], '2219000000'], // "2,219" × USD 1m = 2,219,000,000
      ['range', [2026, 2027], ['300000000', '500000000']], // 300-500 × USD 1m = 300,000,000 to 500,000,000
      ['lower-bound', [2028], '1500000000'], // "1.5 B" has its own unit: 1.5 × 10^9, the header's m not added
    ]);
    expect(figures[1]!.wording).toBe('GIR expects USD 2.219 billion by 2030,\nwith a CAGR of 56.6% over 2024-2030');
    expect(figures[2]!.wording).toBe('An analyst\'s "base case", not the report\'s');
    // Row 6 is blank (tabs only) and left out; row 7's "n/a" is no value.
    expect(refused).toEqual([[7, 'value-unreadable', 2]]);
  });

  it('reads WPS (zh): ideographic spaces, full-width digits, 亿元 in the header, the report\'s market series', () => {
    const result = parsePastedFigures(fixture('wps-zh.tsv'), { unit: { kind: 'money', currency: 'CNY' } });
    const { figures, refused } = split(result.rows);
    expect(refused).toEqual([]);
    expect(figures.map(numbers)).toEqual([
      ['statement', [2023], [undefined, undefined]], // no value, only the wording
      ['upper-bound', [2024], '10000000000'], // １００ padded with ideographic spaces, × 1亿元 = 100 × 10^8 = 10,000,000,000, 上限
      ['lower-bound', [2025], '20000000000'], // 突破200 → 200 × 10^8
      ['approximate', [2027], '100000000000'], // 约1000 → 1000 × 10^8 = 10^11
    ]);
    // The same kinds, years and values as the report's fixture for this series.
    const report = raw.series.find((s) => s.id === 't2i-market-cn')!.figures.filter((f) => f.years[0] !== 2026);
    expect(figures.map((f) => [f.kind, f.years, f.value])).toEqual(report.map((f) => [f.kind, f.years, f.value]));
    expect(figures[1]!.wording).toContain('百亿人民币内');
  });

  it('reads a web table: an unknown header taken in order, LF rows, a trailing tab, a no-break space', () => {
    const result = parsePastedFigures(fixture('web-table.tsv'), { unit: { kind: 'people' } });
    expect([result.delimiter, result.header]).toEqual(['tab', true]);
    const { figures, refused } = split(result.rows);
    expect(refused).toEqual([]);
    expect(figures.map(numbers)).toEqual([
      ['approximate', [2022], '10000000'], // 约1000万 = 1000 × 10^4
      ['point', [2023], '50000000'], // 5000万 = 5000 × 10^4
      ['range', [2024, 2025], ['150000000', '300000000']], // 2024至2025年, 1.5—3亿 → 150,000,000 to 300,000,000
      ['conditional', [2026, 2027], '500000000'], // 2026—27, 可能达到 5亿 = 5 × 10^8
    ]);
    // Through the door, the proposed path is the report's users base case before its ceiling: (50/9)^(1/4) - 1 after.
    const series = toUserSeries({ name: { zh: '参与网民' }, unit: { kind: 'people' }, source: { publisher: '万联证券', date: '2024-06-28' }, figures });
    expect(series.ok && (series.value.baseModel as AnchoredModel).rateAfter).toBe('0.53525978386563569057');
  });

  it('reads a CSV (Excel "CSV UTF-8"): byte-order mark, quoted commas, a unit guessed from each value', () => {
    const result = parsePastedFigures(fixture('excel-utf8.csv'));
    expect([result.delimiter, result.header]).toEqual(['comma', true]);
    expect(split(result.rows).figures.map(numbers)).toEqual([
      ['approximate', [2023], '7200000'], // "$7,200,000"
      ['point', [2030], '2219000000'], // $2.219B = 2.219 × 10^9
      ['point', [2024], '0.566'], // 56.6% = 0.566
    ]);
    // With the series' unit given, a percentage is not money: a growth rate, which needs the span it is stated over
    // (the row's wording gives 2024-2030, its year cell 2024 alone).
    const asMoney = parsePastedFigures(fixture('excel-utf8.csv'), { unit: { kind: 'money', currency: 'USD' } });
    expect(split(asMoney.rows).refused).toEqual([[4, 'rate-needs-span', 1]]);
  });
});

describe('years, values and kinds as reports write them', () => {
  it.each([
    ['2026\t1', [2026]],
    ['2026年\t1', [2026]],
    ['２０２６\t1', [2026]], // full-width digits
    ['2025E\t1', [2025]], // a broker's estimate
    ['2026-2027\t1', [2026, 2027]],
    ['2026—27\t1', [2026, 2027]], // the century taken from the first year
    ['2026至2027年\t1', [2026, 2027]],
    ['2026年-2027年\t1', [2026, 2027]],
    ['2026~27\t1', [2026, 2027]],
    ['2026-2026\t1', [2026]],
  ])('%j is %j', (text, years) => {
    expect((one(text) as UserFigureInput).years).toEqual(years);
  });

  it.each([
    ['2027-2026\t1', 'span-reversed'],
    ['26\t1', 'year-unreadable'],
    ['2026.5\t1', 'year-unreadable'],
    ['next year\t1', 'year-unreadable'],
  ])('%j is refused: %s', (text, reason) => {
    expect(one(text)).toBe(reason);
  });

  it.each([
    ['100亿', ['point', [2024], '10000000000']], // 100 × 10^8
    ['1.5 B', ['point', [2024], '1500000000']], // 1.5 × 10^9
    ['56.6%', ['point', [2024], '0.566']], // 56.6 / 100
    ['１２３', ['point', [2024], '123']], // full-width digits
    ['150-300M', ['range', [2024], ['150000000', '300000000']]], // 150 × 10^6 to 300 × 10^6
    ['1.5—3亿', ['range', [2024], ['150000000', '300000000']]], // 1.5 × 10^8 to 3 × 10^8, the unit after the second end
    ['about 100', ['approximate', [2024], '100']],
    ['约100亿', ['approximate', [2024], '10000000000']],
    ['接近1000亿', ['approximate', [2024], '100000000000']],
    ['100亿左右', ['approximate', [2024], '10000000000']],
    ['≤100亿', ['upper-bound', [2024], '10000000000']],
    ['under 5M', ['upper-bound', [2024], '5000000']],
    ['100亿内', ['upper-bound', [2024], '10000000000']],
    ['＞200亿', ['lower-bound', [2024], '20000000000']], // a full-width >
    ['over 200M', ['lower-bound', [2024], '200000000']],
    ['突破200亿', ['lower-bound', [2024], '20000000000']],
    ['200M+', ['lower-bound', [2024], '200000000']],
    ['could reach 5亿', ['conditional', [2024], '500000000']],
    ['可能达到5亿', ['conditional', [2024], '500000000']],
  ])('%j reads as %j', (value, expected) => {
    expect(numbers(one(`2024\t${value}`))).toEqual(expected);
  });

  it('takes the kind from a kind cell, in either language', () => {
    expect(numbers(one('2024\t100亿\t上限\t规模仍在百亿人民币内'))).toEqual(['upper-bound', [2024], '10000000000']);
    expect(numbers(one('2024\t100\tat least'))).toEqual(['lower-bound', [2024], '100']);
    expect(numbers(one('2024\t100\t约'))).toEqual(['approximate', [2024], '100']);
    // A third cell that is no kind word is the wording.
    expect(one('2024\t100\tsome words')).toMatchObject({ kind: 'point', wording: 'some words' });
  });

  it('reads a semicolon CSV with decimal commas, and rows split by spaces', () => {
    // 1,5 Mrd. style: "1,5 B" with a decimal comma is 1.5 × 10^9; "1.234,5" is 1234.5.
    expect(split(parsePastedFigures('2024;1,5 B\r\n2025;1.234,5\r\n').rows).figures.map((f) => f.value)).toEqual(['1500000000', '1234.5']);
    expect(split(parsePastedFigures('2024 100亿\n2025\u3000\u3000200亿\n').rows).figures.map((f) => f.value)).toEqual(['10000000000', '20000000000']);
  });
});

describe('what cannot be read is refused by row, reason and column, and nothing throws', () => {
  it.each([
    ['2024\t100亿\t<script>alert(1)</script>', 'hostile-text', 3],
    ['2024\t100\u202E', 'hostile-text', 2],
    ['2024\tab\u0000c', 'hostile-text', 2],
    ['2024\t100\t&#60;b&#62;', 'hostile-text', 3],
    ['2024\t300-150M', 'range-reversed', 2],
    ['2024\t约100亿以内', 'kind-conflict', 2],
    ['2024\t150-300M\tupper bound', 'kind-conflict', 3],
    ['2024\t\t上限', 'value-missing', 2],
    ['2024\t100亿元', 'value-wrong-unit', 2], // yuan in a dollar series
    ['2024\t30%', 'rate-needs-span', 1], // a percentage in a money series is a growth rate, stated over a span
    ['2024\t1,5亿', 'value-separator', 2], // a decimal comma: read as 15亿, ten times what was meant
    ['2024\t1,5-3亿', 'value-separator', 2],
    ['2024\tabc', 'value-unreadable', 2],
    ['2024\t1e400', 'value-unreadable', 2],
    [`2024\t100\t${'x'.repeat(2001)}`, 'cell-too-long', 3],
  ])('%j → %s in column %d', (text, reason, column) => {
    const [row] = parsePastedFigures(text, { unit: { kind: 'money', currency: 'USD' } }).rows;
    expect(row).toMatchObject({ ok: false, row: 1, reason, column });
  });

  it('refuses a number a CSV comma cut in two rather than read its first half', () => {
    // "2024,1,000,words": read naively, 1 with the wording "000"; the quoted "1,000" is 1000.
    expect(parsePastedFigures('2024,1,000,words\n').rows).toMatchObject([{ ok: false, row: 1, reason: 'split-number', column: 2 }]);
    expect(numbers(one('2024,"1,000",words\n'))).toEqual(['point', [2024], '1000']);
  });

  it('refuses an unknown kind named in a kind column, and never echoes the cell', () => {
    const result = parsePastedFigures('year\tvalue\tkind\n2024\t100\tbogus-secret\n');
    expect(result.rows).toMatchObject([{ ok: false, row: 2, reason: 'kind-unknown', column: 3 }]);
    expect(JSON.stringify(result)).not.toContain('bogus-secret');
  });

  it('reads a statement row without a value, and takes at most 200 rows and 200,000 characters', () => {
    expect(one('2026\t\t\t2026年起，市场将进入快速增长期')).toEqual({ years: [2026], kind: 'statement', wording: '2026年起，市场将进入快速增长期' });
    const many = Array.from({ length: MAX_PASTE_ROWS + 5 }, (_, i) => `${2015 + (i % 36)}\t${i + 1}`).join('\r\n');
    const rows = parsePastedFigures(many).rows;
    expect(rows).toHaveLength(MAX_PASTE_ROWS + 1);
    expect(rows[MAX_PASTE_ROWS]).toMatchObject({ ok: false, row: MAX_PASTE_ROWS + 1, reason: 'too-many-rows' });
    // 205 rows, 200 read: 5 not read, counted so the preview can say how many (an empty line is no row).
    expect(parsePastedFigures(many).unread).toBe(5);
    expect(parsePastedFigures(`${many}\r\n\r\n2020\t1\r\n`).unread).toBe(6);
    expect(parsePastedFigures('2024\t100').unread).toBeUndefined();
    expect(parsePastedFigures('1'.repeat(MAX_PASTE_CHARS + 1)).rows).toMatchObject([{ ok: false, row: 0, reason: 'too-long' }]);
    expect(parsePastedFigures('').rows).toEqual([]);
  });

  it('never throws on 500 seeded random pastes, and every figure it reads has the door\'s shape', () => {
    const FRAGMENTS = [
      '\t', '\r\n', '\n', '\r', ',', ';', '"', '""', ' ', '\u3000', '\u00a0', '2024', '2026-27', '２０２５', '年', '至',
      '100', '1.5', '亿', '万', 'M', 'B', '%', '-', '—', '约', '突破', '内', 'about', 'over', '<', '>', 'range', 'year', 'value', '（亿元）',
      '\u0000', '\u202E', '<b>', '&lt;', '\uD800', '1e999', '9'.repeat(30),
    ];
    const noise = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));
    // Rows shaped as a table is (so some are read), each cell at times garbled by a fragment.
    const cell = (common: readonly string[]) =>
      fc.oneof({ arbitrary: fc.constantFrom(...common), weight: 5 }, { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 1 });
    const row = fc
      .tuple(
        cell(['2024', '2026-2027', '２０２５年', '2026—27', '2030E']),
        cell(['100亿', '1.5 B', '56.6%', '150-300M', '约1000', '突破200亿', '"1,000"', '0.5']),
        cell(['', 'about', '上限', 'range', 'bogus']),
        cell(['', 'words', '"a\tb"', '规模仍在百亿人民币内']),
      )
      .map((cells) => cells.join('\t'));
    const table = fc.array(row, { maxLength: 6 }).map((rows) => rows.join('\r\n'));
    const anyText = fc.oneof(table, noise, fc.string({ unit: 'binary', maxLength: 60 }));
    let read = 0;
    fc.assert(
      fc.property(anyText, fc.constantFrom<PasteOptions['unit']>(undefined, { kind: 'people' }, { kind: 'share' }, { kind: 'money', currency: 'CNY' }), (text, unit) => {
        const result = parsePastedFigures(text, { unit });
        for (const row of result.rows) {
          expect(row.row).toBeGreaterThanOrEqual(1);
          if (row.ok) expect(v.is(userFigureSchema, row.figure)).toBe(true);
          if (row.ok) read++;
        }
      }),
      { seed: 20240628, numRuns: 500 },
    );
    // Some rows must be read, or the shape check above checked nothing.
    expect(read).toBeGreaterThan(10);
  });
});

describe('a share series reads bare numbers as percent, as its form does', () => {
  it('30 is 30% (0.3), 0.5 is 0.5% (0.005), 56.6% is 0.566 (by hand)', () => {
    const { rows } = parsePastedFigures('2024\t30\n2025\t0.5\n2026\t56.6%\n', { unit: { kind: 'share' } });
    expect(split(rows).figures.map((f) => f.value)).toEqual(['0.3', '0.005', '0.566']);
  });
});

describe('a line that gives the unit, above the table', () => {
  // By hand: 100亿元 = 10,000,000,000; USD 7.2 m = 7,200,000.
  it.each([
    ['单位：亿元\n年份\t规模\n2024\t100\n2025\t200\n', 'CNY', ['10000000000', '20000000000']],
    ['（单位：亿元）\n2024\t100\n', 'CNY', ['10000000000']],
    ['Unit: USD m\nYear\tRevenue\n2023\t7.2\n', 'USD', ['7200000']],
    // Found by use: a header's "人民币亿元" refused every row, where "亿元" was read.
    ['年份\t规模（人民币亿元）\n2024\t15\n2026\t60\n', 'CNY', ['1500000000', '6000000000']],
    ['年份\t规模（亿元人民币）\n2024\t15\n', 'CNY', ['1500000000']],
  ] as const)('%j gives its bare values that unit', (text, currency, values) => {
    const { rows } = parsePastedFigures(text, { unit: { kind: 'money', currency } });
    expect(split(rows)).toEqual({ figures: expect.anything(), refused: [] });
    expect(split(rows).figures.map((f) => f.value)).toEqual(values);
  });

  // By hand: 5 × RMB 100m = 500,000,000; 12.5 × 100m = 1,250,000,000; 5 × 10亿美元 = 5,000,000,000;
  // 1.5–3 × 100m = 150,000,000 to 300,000,000; 100 × 百万 (1,000,000) = 100,000,000.
  it.each([
    ['Year\tRevenue (RMB 100m)\n2024\t5\n2025\t12.5\n', 'CNY', ['500000000', '1250000000']],
    ['Year\tRevenue (RMB 100 mn)\n2024\t5\n', 'CNY', ['500000000']],
    ['年份\t收入（10亿美元）\n2024\t5\n', 'USD', ['5000000000']],
    ['Unit: USD 1m\nYear\tRevenue\n2023\t7.2\n', 'USD', ['7200000']],
  ] as const)('a unit that holds a number (%j) multiplies the bare value, never is written after it', (text, currency, values) => {
    const { rows } = parsePastedFigures(text, { unit: { kind: 'money', currency } });
    expect(split(rows)).toEqual({ figures: expect.anything(), refused: [] });
    expect(split(rows).figures.map((f) => f.value)).toEqual(values);
  });

  it('a range under a unit that holds a number multiplies both ends', () => {
    const { rows } = parsePastedFigures('Year\tRevenue (RMB 100m)\n2025\t1.5-3\n', { unit: { kind: 'money', currency: 'CNY' } });
    expect(split(rows).figures.map((f) => [f.low, f.high])).toEqual([['150000000', '300000000']]);
  });

  it('a numbered unit in the other currency is refused as the wrong currency', () => {
    const { rows } = parsePastedFigures('年份\t收入（10亿美元）\n2024\t5\n', { unit: { kind: 'money', currency: 'CNY' } });
    expect(split(rows).figures).toEqual([]);
    expect(split(rows).refused.map(([, reason]) => reason)).toEqual(['value-wrong-unit']);
  });

  it('a header’s own unit wins over the line’s, and a value with its own unit keeps it', () => {
    const { rows } = parsePastedFigures('单位：亿元\n年份\t规模（万元）\n2024\t100\n2025\t3亿\n', { unit: { kind: 'money', currency: 'CNY' } });
    // 100万元 = 1,000,000; 3亿 = 300,000,000.
    expect(split(rows).figures.map((f) => f.value)).toEqual(['1000000', '300000000']);
  });
});

describe('a year the app cannot show', () => {
  // USER_YEARS: 2015–2050, the years the page draws (state/settings-slice YEAR_MIN–YEAR_MAX).
  it('is refused in the preview with that reason, as the form would refuse it on saving', () => {
    const { rows } = parsePastedFigures('3000\t5亿\n2010\t5亿\n2024-2051\t5亿\n2050\t5亿\n', { unit: { kind: 'money', currency: 'CNY' } });
    expect(split(rows).refused).toEqual([
      [1, 'year-out-of-window', 1],
      [2, 'year-out-of-window', 1],
      [3, 'year-out-of-window', 1],
    ]);
    expect(split(rows).figures.map((f) => f.years)).toEqual([[2050]]);
  });
});

describe('a growth rate pasted among the amounts of a money or people series (found by use: refused as "another unit")', () => {
  const money = { unit: { kind: 'money', currency: 'CNY' } } as const;
  it('reads a percentage over a span as the CAGR it states: 56.6% is 0.566, 约30% about 0.3 (by hand)', () => {
    expect(one('2024-2030\t56.6%\t年复合增速56.6%', money)).toEqual({ years: [2024, 2030], kind: 'point', quantity: 'cagr', value: '0.566', wording: '年复合增速56.6%' });
    expect(one('2024至2030年\t约30%', money)).toMatchObject({ years: [2024, 2030], kind: 'approximate', quantity: 'cagr', value: '0.3' });
    expect(one('2022—2027\t１２０％', { unit: { kind: 'people' } })).toMatchObject({ years: [2022, 2027], quantity: 'cagr', value: '1.2' });
  });

  it('the door takes what it reads, and the audit joins it to the amounts', () => {
    const rows = parsePastedFigures('2023\t720万\n2030\t22.19亿\n2024-2030\t56.6%', money).rows;
    const figures = split(rows).figures;
    const series = toUserSeries({ name: { zh: '某市场' }, unit: money.unit, source: { publisher: '某证券', date: '2024-06' }, figures });
    expect(series.ok).toBe(true);
    expect(series.ok && series.value.figures.filter((f) => f.quantity === 'cagr').map((f) => f.value)).toEqual(['0.566']);
  });

  it('refuses a percentage in one year with the reason (a CAGR needs its span), and one marked as a bound', () => {
    expect(one('2024\t56.6%', money)).toBe('rate-needs-span');
    expect(one('2024-2030\t突破30%', money)).toBe('kind-conflict');
    expect(one('2024-2030\t30%-40%', money)).toBe('kind-conflict');
  });

  it('in a share series a percentage is still the share itself', () => {
    expect(one('2024\t56.6%', { unit: { kind: 'share' } })).toMatchObject({ years: [2024], kind: 'point', value: '0.566' });
    expect((one('2024\t56.6%', { unit: { kind: 'share' } }) as UserFigureInput).quantity).toBeUndefined();
  });
});

describe('a unit in a value header the app does not know by name (found by use: 100 under “文生音乐市场规模（亿元）” was 100元)', () => {
  const money = { unit: { kind: 'money', currency: 'CNY' } } as const;
  const values = (text: string, options: PasteOptions = money) => split(parsePastedFigures(text, options).rows);
  it('takes the unit in the brackets of any value header, beside a year header it knows', () => {
    // By hand: 100亿 = 100 × 10^8; 400亿 = 4 × 10^10; RMB 100 bn = 10^11.
    expect(values('年份\t文生音乐市场规模（亿元）\n2024\t100\n2026\t400\n')).toEqual({ figures: [expect.objectContaining({ value: '10000000000' }), expect.objectContaining({ value: '40000000000' })], refused: [] });
    expect(values('Year\tChina T2I market (RMB bn)\n2024\t100').figures.map((f) => f.value)).toEqual(['100000000000']);
    expect(values('年份\t预测规模（百万元）\t原文\n2024\t1500\t约15亿').figures.map((f) => [f.value, f.wording])).toEqual([['1500000000', '约15亿']]);
  });

  it('takes a header cell that is a unit alone (亿元, 万人, USD m)', () => {
    expect(values('\t亿元\n2024\t100\n2026\t400').figures.map((f) => f.value)).toEqual(['10000000000', '40000000000']);
    expect(values('年份\t亿元\n2024\t100').figures.map((f) => f.value)).toEqual(['10000000000']);
    expect(values('Year\tUSD m\n2024\t7.2', { unit: { kind: 'money', currency: 'USD' } }).figures.map((f) => f.value)).toEqual(['7200000']);
    expect(values('年份\t万人\n2024\t1000', { unit: { kind: 'people' } }).figures.map((f) => f.value)).toEqual(['10000000']);
  });

  it('a header word that is no unit leaves each value its own', () => {
    expect(values('年份\t预测\n2024\t100亿').figures.map((f) => f.value)).toEqual(['10000000000']);
    expect(values('Year\tForecast\n2024\t2.2B').figures.map((f) => f.value)).toEqual(['2200000000']);
  });

  it('a bracket in an unknown header that is no unit refuses the bare values rather than guess', () => {
    expect(values('年份\t市场（中国）\n2024\t100').refused.map(([, reason]) => reason)).toEqual(['value-unreadable']);
  });
});
