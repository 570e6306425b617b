// Exports of a chart as documents, read back with the tests' own readers (file-readers.mjs): the
// PowerPoint deck and the CSV of a chart's table.
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { parseCsv } from './file-readers.mjs';
import { CHARTED, T2V, comparedNames, downloadFrom, openApp, openMenu, tableValues } from './exchange-helpers.mjs';

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = [
  {
    name: 'PowerPoint holds a slide with a native line chart per chart, and one with the assumptions',
    async fn({ page, baseUrl }) {
      await openApp(page, baseUrl, 'en');
      const menu = await openMenu(page, T2V);
      const deck = await downloadFrom(page, menu.getByTestId('export-pptx'));
      assert.equal(deck.name, 'forecast-charts.pptx');
      const zip = unzipSync(new Uint8Array(deck.bytes));
      const slides = Object.keys(zip).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      const charts = Object.keys(zip).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
      assert.equal(slides.length, CHARTED.length + 1, `slides: ${slides}`);
      assert.equal(charts.length, CHARTED.length, `charts: ${charts}`);
      const names = await comparedNames(page);
      for (const part of charts) {
        const xml = strFromU8(zip[part]);
        assert.match(xml, /<c:lineChart>/, `${part} is a native line chart`);
        assert.match(xml, /<c:valAx>[^]*<c:title>/, `${part} has a value axis title`);
      }
      const t2vChart = charts.map((p) => strFromU8(zip[p])).find((xml) => xml.includes('2030'));
      assert.ok(t2vChart && names.some((n) => t2vChart.includes(n)), 'scenario names are series names');
      const lastSlide = strFromU8(zip[`ppt/slides/slide${CHARTED.length + 1}.xml`]);
      assert.match(lastSlide, /<a:tbl>/, 'the assumptions slide holds a table');
      for (const slide of slides) {
        const xml = strFromU8(zip[slide]);
        for (const [paragraph] of xml.matchAll(/<a:p>[^]*?<\/a:p>/g))
          assert.ok((paragraph.match(/<a:pPr[\s>/]/g) ?? []).length <= 1, `${slide}: one <a:pPr> per paragraph (valid DrawingML)`);
      }
      assert.match(lastSlide, /Report base case/);
      assert.match(lastSlide, /through 2023 \$7\.2M/);
    },
  },
  {
    name: 'the CSV of a chart holds the values of its table: to 15 significant digits, or exactly when asked',
    async fn({ page, baseUrl }) {
      await openApp(page, baseUrl, 'en');
      const table = await tableValues(page, T2V);
      const menu = await openMenu(page, T2V);
      const rounded = parseCsv((await downloadFrom(page, menu.getByTestId('export-csv'))).bytes.toString('utf8').slice(1)).slice(1);
      for (const [i, row] of rounded.entries())
        for (const [j, cell] of row.slice(3, 3 + table.names.length).entries()) {
          const exact = Number(table.values[i][j]);
          assert.ok(Math.abs(Number(cell) - exact) <= Math.abs(exact) * 1e-14 && cell.replace(/\D/g, '').replace(/^0+|0+$/g, '').length <= 15, `${cell} vs ${exact}`);
        }
      await menu.getByTestId('export-csv-exact').check();
      const csv = await downloadFrom(page, menu.getByTestId('export-csv'));
      const text = csv.bytes.toString('utf8');
      assert.ok(text.startsWith('\uFEFF'), 'a byte-order mark for spreadsheets');
      assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), 'CRLF line ends');
      const [header, ...rows] = parseCsv(text.slice(1));
      // The values, then each year's basis and source in words (issue 14).
      assert.deepEqual(header, ['series', 'unit', 'year', ...table.names, 'basis', 'source']);
      assert.deepEqual(
        rows.map((r) => Number(r[2])),
        table.years,
      );
      assert.deepEqual(
        rows.map((r) => r.slice(3, -2)),
        table.values,
      );
      // A figure's year names the compared scenarios at a value it does not allow, and apart those only not held on it
      // (the CSV has no notes under its table): $7.2M × 1.566^7 = $166.3M in 2030, not the point figure's $2.219B.
      assert.equal(rows.find((r) => r[2] === '2030')?.at(-2), 'Report: 2.219B (point); at a value it does not allow: Video: trust base and rate');
      assert.ok(rows.every((r) => r[0] === 'Global text-to-video model revenue' && r[1] === 'USD'));

      const all = await downloadFrom(page, menu.getByTestId('export-csv-all'));
      const allRows = parseCsv(all.bytes.toString('utf8').slice(1)).slice(1);
      assert.equal(new Set(allRows.map((r) => r[0])).size, CHARTED.length, 'every chart in "all charts"');
    },
  },
];
