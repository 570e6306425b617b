// Exports of a chart, read back byte by byte with the tests' own readers (file-readers.mjs), and
// the round trips back in: JSON through the file picker, PNG dropped on the page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { itxt, parseCsv, pngChunks } from './file-readers.mjs';
import { CHARTED, T2V, answerPreview, comparedNames, downloadFrom, eventually, expectNotice, openApp, openMenu, scenarioNames, tableValues } from './exchange-helpers.mjs';

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = [
  {
    name: 'a 16:9 PNG at 2× is 3840×2160, says 2× in pHYs and carries the compared scenarios',
    async fn({ page, baseUrl, screenshotDir }) {
      await openApp(page, baseUrl, 'zh');
      const menu = await openMenu(page, T2V);
      assert.equal(await menu.getByTestId('export-size').inputValue(), 'slide');
      await menu.getByTestId('export-ratio').selectOption('2');
      const png = await downloadFrom(page, menu.getByTestId('export-png'));
      assert.equal(png.name, `forecast-${T2V}.png`);
      fs.writeFileSync(path.join(screenshotDir, 'export-t2v-16x9-2x-zh.png'), png.bytes);

      const chunks = pngChunks(png.bytes);
      assert.equal(chunks[0]?.type, 'IHDR');
      assert.equal(chunks.at(-1)?.type, 'IEND');
      assert.deepEqual([chunks[0].data.readUInt32BE(0), chunks[0].data.readUInt32BE(4)], [1920 * 2, 1080 * 2]);
      const phys = chunks.find((c) => c.type === 'pHYs');
      assert.ok(phys, 'a pHYs chunk');
      const perMetre = Math.round((96 * 2) / 0.0254);
      assert.equal(perMetre, 7559);
      assert.deepEqual([phys.data.readUInt32BE(0), phys.data.readUInt32BE(4), phys.data[8]], [perMetre, perMetre, 1]);

      const texts = chunks.filter((c) => c.type === 'iTXt').map((c) => itxt(c.data));
      const ours = texts.find((t) => t.keyword === 'genai-forecast');
      assert.ok(ours && !ours.compressed, 'an uncompressed iTXt "genai-forecast"');
      const file = JSON.parse(ours.text);
      assert.equal(file.type, 'genai-forecast/scenarios');
      assert.deepEqual(
        file.scenarios.map((/** @type {{ name: string }} */ s) => s.name),
        await comparedNames(page),
      );
      assert.equal(file.view.seriesId, T2V);
      assert.equal(file.view.settings.lang, 'zh');
    },
  },
  {
    name: 'the SVG is standalone well-formed XML with its metadata, and no script or event attribute',
    async fn({ page, baseUrl, screenshotDir }) {
      await openApp(page, baseUrl, 'en');
      const menu = await openMenu(page, T2V);
      await menu.getByTestId('export-size').selectOption('standard');
      const svg = await downloadFrom(page, menu.getByTestId('export-svg'));
      const text = svg.bytes.toString('utf8');
      fs.writeFileSync(path.join(screenshotDir, 'export-t2v-4x3.svg'), text);
      assert.match(text, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg /);
      assert.doesNotMatch(text, /<script/i);
      assert.doesNotMatch(text, /\son[a-z]+\s*=/i);
      assert.doesNotMatch(text, /(?:href|src)\s*=\s*"(?:https?:|\/\/)|url\(\s*['"]?(?:https?:|\/\/)|@import/i, 'no external references');

      const parsed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        const all = [...doc.getElementsByTagName('*')];
        return {
          errors: doc.getElementsByTagName('parsererror').length,
          root: doc.documentElement.localName,
          ns: doc.documentElement.namespaceURI,
          size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
          fonts: doc.documentElement.getAttribute('font-family'),
          scripts: doc.getElementsByTagName('script').length,
          events: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
          lines: doc.querySelectorAll('.chart-line path').length,
          title: doc.querySelector('.chart-title')?.textContent,
          // Wrapped lines are one tspan each: join them as a reader would, with a space.
          source: [...doc.querySelectorAll('.chart-source tspan')].map((t) => t.textContent).join(' '),
          footnote: [...doc.querySelectorAll('.chart-footnote tspan')].map((t) => t.textContent).join(' '),
          legend: [...doc.querySelectorAll('.chart-legend__item text')].map((t) => t.textContent),
          metadata: doc.querySelector('metadata#genai-forecast-data')?.textContent ?? '',
        };
      }, text);
      assert.equal(parsed.errors, 0, 'a strict XML parse');
      assert.equal(parsed.root, 'svg');
      assert.equal(parsed.ns, 'http://www.w3.org/2000/svg');
      assert.deepEqual(parsed.size, ['1440', '1080']);
      assert.match(parsed.fonts ?? '', /Noto Sans CJK SC.*sans-serif/);
      assert.equal(parsed.scripts, 0);
      assert.deepEqual(parsed.events, []);
      assert.ok(parsed.lines > 0, 'lines drawn');
      assert.equal(parsed.title, 'Global text-to-video model revenue');
      assert.match(parsed.source ?? '', /^Source: Wanlian Securities Research Institute, "Generative AI lands/);
      assert.match(parsed.source ?? '', /section 2\.2\.2; the report cites GIR/);
      // At 4:3 the key under the chart (issue 14) takes a footer line: the assumptions are cut first, marked with
      // "…" (blocks.ts), and the PowerPoint notes keep them whole.
      assert.match(parsed.footnote ?? '', /Report base case.*: through 2023 \$7\.2M, 2030/);
      assert.ok(parsed.legend.length > 0, 'a legend');
      assert.equal(JSON.parse(parsed.metadata).view.seriesId, T2V);
    },
  },
  {
    name: 'an export is what the screen draws: a fan on the chart is in the SVG too',
    async fn({ page, baseUrl }) {
      await openApp(page, baseUrl, 'en');
      await page.getByRole('button', { name: 'Duplicate: Report base case' }).click();
      await page.getByTestId(`field-${T2V}-rateAfter`).getByRole('textbox').fill('40% to 70%');
      await page.getByTestId(`field-${T2V}-rateAfter`).getByRole('textbox').press('Enter');
      const panel = page.getByTestId(`chart-panel-${T2V}`);
      await panel.locator('.chart-view [data-band] path').first().waitFor({ timeout: 10_000 });
      const menu = await openMenu(page, T2V);
      const svg = await downloadFrom(page, menu.getByTestId('export-svg'));
      const drawn = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        return { band: doc.querySelectorAll('[data-band] path').length, lines: doc.querySelectorAll('.chart-line').length };
      }, svg.bytes.toString('utf8'));
      assert.equal(drawn.band, 3, 'the 90% band, the 50% band and the median, as on screen');
      assert.equal(drawn.lines, await panel.locator('.chart-view .chart-line').count());
    },
  },
  {
    name: 'Copy image puts a PNG on the clipboard, and a refusal is explained',
    async fn({ page, context, baseUrl }) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
      await openApp(page, baseUrl, 'en');
      const menu = await openMenu(page, T2V);
      await menu.getByTestId('export-ratio').selectOption('1');
      await menu.getByTestId('export-copy').click();
      await expectNotice(page, 'The chart image is on the clipboard.');
      const pasted = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        const blob = await item.getType('image/png');
        const head = new Uint8Array(await blob.slice(0, 24).arrayBuffer());
        const view = new DataView(head.buffer);
        return { types: item.types, width: view.getUint32(16), height: view.getUint32(20) };
      });
      assert.deepEqual(pasted, { types: ['image/png'], width: 1920, height: 1080 });

      await page.evaluate(() => {
        navigator.clipboard.write = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      });
      await menu.getByTestId('export-copy').click();
      await expectNotice(page, /^The browser refused access to the clipboard\. Download the file instead/);
    },
  },
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
      assert.equal(rows.find((r) => r[2] === '2030')?.at(-2), 'Report: 2.219B (point)');
      assert.ok(rows.every((r) => r[0] === 'Global text-to-video model revenue' && r[1] === 'USD'));

      const all = await downloadFrom(page, menu.getByTestId('export-csv-all'));
      const allRows = parseCsv(all.bytes.toString('utf8').slice(1)).slice(1);
      assert.equal(new Set(allRows.map((r) => r[0])).size, CHARTED.length, 'every chart in "all charts"');
    },
  },
  {
    name: 'JSON exported and imported again brings back the same scenarios and the same values',
    async fn({ page, baseUrl }) {
      await openApp(page, baseUrl, 'en');
      const before = await scenarioNames(page);
      const menu = await openMenu(page, T2V);

      const all = await downloadFrom(page, menu.getByTestId('export-json-all'));
      assert.equal(all.name, 'forecast-scenarios.json');
      const file = JSON.parse(all.bytes.toString('utf8'));
      assert.deepEqual(
        file.scenarios.map((/** @type {{ name: string }} */ s) => s.name),
        before,
      );
      assert.match(all.bytes.toString('utf8'), /^\{\n {2}"type": "genai-forecast\/scenarios"/, 'pretty-printed');

      // The base case back in: recognised as the read-only base, never copied.
      const focus = await downloadFrom(page, menu.getByTestId('export-json'));
      await page.getByTestId('import-file').setInputFiles(focus.path);
      await answerPreview(page, /^It holds 1 scenario: 0 new, 1 you already have\./, 'Show them (nothing to add)');
      await expectNotice(page, 'Nothing was copied: the scenario is one you already had, now shown.');
      assert.deepEqual(await scenarioNames(page), before);

      // A scenario of one's own, exported, then deleted: it comes back with the same values.
      await page.getByRole('button', { name: 'Duplicate: Report base case' }).click();
      // Typed text is a draft until Enter (issue 13).
      await page.getByTestId(`field-${T2V}-rateAfter`).getByRole('textbox').fill('55%');
      await page.getByTestId(`field-${T2V}-rateAfter`).getByRole('textbox').press('Enter');
      const mine = (await scenarioNames(page)).at(-1) ?? '';
      const tableWithMine = () => eventually(async () => ((t) => (assert.ok(t.names.includes(mine)), t))(await tableValues(page, T2V)));
      const original = await tableWithMine();
      const own = await downloadFrom(page, (await openMenu(page, T2V)).getByTestId('export-json'));
      await page.getByRole('button', { name: `Delete: ${mine}` }).click();
      assert.deepEqual(await scenarioNames(page), before);
      await page.getByTestId('import-file').setInputFiles(own.path);
      await answerPreview(page, /^It holds 1 scenario: 1 new, 0 you already have\./, 'Add 1 scenario');
      await expectNotice(page, 'Imported 1 scenario.');
      assert.deepEqual(await scenarioNames(page), [...before, mine]);
      const after = await tableWithMine();
      const column = (/** @type {typeof after} */ t, /** @type {string} */ name) => t.values.map((row) => row[t.names.indexOf(name)]);
      assert.deepEqual(column(after, mine), column(original, mine));

      // Everything again: all already here, nothing copied (issue 15: it used to add "(2)" copies of each).
      await page.getByTestId('import-file').setInputFiles(all.path);
      await answerPreview(page, new RegExp(`^It holds ${before.length} scenarios: 0 new, ${before.length} you already have\\.`), 'Show them (nothing to add)');
      assert.deepEqual(await scenarioNames(page), [...before, mine]);
    },
  },
  {
    name: 'a PNG dropped on the page brings back only the scenarios missing (after a preview); a damaged file changes nothing and says why',
    async fn({ page, baseUrl }) {
      await openApp(page, baseUrl, 'zh');
      // One scenario of one's own on the chart, then deleted after the export: the PNG is all that holds it.
      await page.getByTestId('new-scenario').click();
      // Typed text is a draft until Enter (issue 13).
      await page.getByTestId(`field-${T2V}-rateAfter`).getByRole('textbox').fill('55%');
      await page.getByTestId(`field-${T2V}-rateAfter`).getByRole('textbox').press('Enter');
      const mine = (await scenarioNames(page)).at(-1) ?? '';
      const menu = await openMenu(page, T2V);
      await menu.getByTestId('export-ratio').selectOption('1');
      const png = await downloadFrom(page, menu.getByTestId('export-png'));
      await menu.locator('summary').click();
      const compared = await comparedNames(page);
      await page.getByRole('button', { name: `删除: ${mine}` }).click();
      const before = await scenarioNames(page);

      const transfer = await page.evaluateHandle(({ b64, name }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], name, { type: 'image/png' }));
        return data;
      }, { b64: png.bytes.toString('base64'), name: png.name });
      await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
      await page.getByTestId('drop-overlay').waitFor();
      await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
      await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
      assert.equal(await page.getByTestId('drop-overlay').count(), 0, 'the overlay is gone');
      // The page's own scenarios are recognised, not copied (issue 15: they came back as "(2)" copies); the deleted one returns.
      const present = compared.length - 1;
      await answerPreview(page, new RegExp(`^其中有${compared.length}个情景：1个是新的，${present}个您已经有了。`), '添加1个情景');
      await expectNotice(page, `已导入1个情景。另有${present}个是您已有的情景，未重复添加。`);
      const names = await scenarioNames(page);
      assert.deepEqual(names, [...before, mine]);
      assert.deepEqual(await comparedNames(page), compared);

      const truncated = png.bytes.subarray(0, Math.floor(png.bytes.length / 2));
      await page.getByTestId('import-file').setInputFiles({ name: 'cut.png', mimeType: 'image/png', buffer: truncated });
      await expectNotice(page, /^未导入任何内容。数据不完整/);
      await page.getByTestId('language').selectOption('en');
      await expectNotice(page, /^Nothing was imported\. The data is cut short/); // the message follows the language
      // The switch renames what the app itself named (报告基准 → Report base case); imported names stay.
      const namesInEnglish = await scenarioNames(page);
      assert.deepEqual(namesInEnglish.slice(before.length), names.slice(before.length));
      await page.getByTestId('import-file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"something-else","version":1}') });
      await expectNotice(page, /^Nothing was imported\. The data is in a format this calculator does not know/);
      assert.deepEqual(await scenarioNames(page), namesInEnglish, 'a refused file changes nothing');
    },
  },
];
