// Issue 19, "your own forecasts", end to end in Chromium: a series of one's own typed in, modelled (constant
// growth at a typed rate, then back to the path through its figures), audited, given a scenario of its own,
// exported as PNG (pngcheck; its scenario file names the series), CSV (read by LibreOffice Calc) and
// PowerPoint (a native chart; LibreOffice Impress shows the name), and shared by a link that a fresh
// profile opens with the series in it. Every expected number is worked out by hand in the comments.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { axeViolations } from './axe.mjs';
import { launchBrowser } from './browser.mjs';
import { CALC_FILTERS, calcCells } from './calc.mjs';
import { addScenario, cellValue, rowName, typeInto } from './calculator-helpers.mjs';
import { answerPreview, downloadFrom, eventually, openApp, openMenu, scenarioNames, tableValues, typeSeries } from './exchange-helpers.mjs';
import { itxt, pngChunks } from './file-readers.mjs';

const NAME = 'Smart speaker market';
// 100亿 = 10,000,000,000 CNY in 2024 (a point), about 400亿 = 40,000,000,000 in 2026, at least 1000亿 =
// 100,000,000,000 in 2028 (a lower bound), each with the words a report would use.
const FIGURES = [
  { years: '2024', kind: 'point', value: '100亿', wording: '2024年市场规模100亿元' },
  { years: '2026', kind: 'approximate', value: '400亿', wording: '约400亿元' },
  { years: '2028', kind: 'lower-bound', value: '1000亿', wording: '有望突破1000亿元' },
];

/** The app in English with the series typed in; returns its id. @param {import('playwright-core').Page} page @param {string} baseUrl */
async function withSeries(page, baseUrl) {
  await openApp(page, baseUrl, 'en');
  const id = await typeSeries(page, NAME, FIGURES);
  assert.match(id, /^user-/);
  return id;
}

/**
 * A new scenario (the base is read-only) whose model of the series is constant growth at `rate` from the
 * series' first figure (2024, 100亿); returns the scenario's id once the table shows 2026 at `expected2026`.
 * @param {import('playwright-core').Page} page @param {string} id @param {string} rate @param {number} expected2026
 */
async function compoundScenario(page, id, rate, expected2026) {
  const scenario = await addScenario(page);
  await page.getByTestId(`model-type-${id}`).selectOption('compound');
  await page.getByTestId(`field-${id}-cagr`).locator('input[type="text"]').waitFor();
  assert.equal(await page.getByTestId(`field-${id}-baseYear`).locator('input[type="text"]').inputValue(), '2024');
  await typeInto(page.getByTestId(`field-${id}-cagr`).locator('input[type="text"]'), rate);
  await eventually(async () => assert.equal(Number(await cellValue(page, id, scenario, 2026)), expected2026));
  return scenario;
}

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = [
  {
    name: 'a typed series is modelled at a typed constant rate, back through its figures, and audited',
    async fn({ page, baseUrl, consoleErrors }) {
      const id = await withSeries(page, baseUrl);
      assert.equal(await page.locator(`#chart-${id}`).textContent(), NAME);
      const scenario = await compoundScenario(page, id, '50%', 22_500_000_000);
      // 100亿 × 1.5 = 150亿 in 2025; × 1.5² = 225亿 = 22,500,000,000 in 2026; × 1.5⁴ = 5.0625 × 10¹⁰ in 2028.
      assert.equal(Number(await cellValue(page, id, scenario, 2025)), 15_000_000_000);
      assert.equal(Number(await cellValue(page, id, scenario, 2028)), 50_625_000_000);

      // Back to the path through the figures: 100亿 in 2024, doubling to 400亿 in 2026 (200亿 in 2025: 100亿 × 2),
      // then 1000亿 in 2028 (its lower bound read as a point), 2027 the geometric middle √(400亿 × 1000亿).
      await page.getByTestId(`model-type-${id}`).selectOption('anchored');
      await eventually(async () => assert.equal(Number(await cellValue(page, id, scenario, 2025)), 20_000_000_000));
      assert.equal(Number(await cellValue(page, id, scenario, 2024)), 10_000_000_000);
      assert.equal(Number(await cellValue(page, id, scenario, 2026)), 40_000_000_000);
      assert.equal(Number(await cellValue(page, id, scenario, 2028)), 100_000_000_000);
      const mid = Math.sqrt(40e9 * 100e9); // 63,245,553,203.37…
      assert.ok(Math.abs(Number(await cellValue(page, id, scenario, 2027)) - mid) < 1e-3);
      // The same as the base scenario's column, which has the proposed path.
      const table = await tableValues(page, id);
      const [base, mine] = [table.ids.indexOf('base'), table.ids.indexOf(scenario)];
      assert.deepEqual(
        table.values.map((r) => r[mine]),
        table.values.map((r) => r[base]),
      );

      // The audit: 2024→2026 (400/100)^(1/2) − 1 = 100%; 2026→2028 at least (1000/400)^(1/2) − 1 = √2.5 − 1
      // = 58.11…%; first to last 2024→2028 at least (1000/100)^(1/4) − 1 = 10^0.25 − 1 = 77.83…%, one decimal shown.
      const findings = page.locator('[data-testid=finding-implied-growth]', { hasText: NAME });
      await eventually(async () => assert.equal(await findings.count(), 3));
      assert.deepEqual(await findings.allTextContents(), [
        `${NAME}, 2024→2026: 100.0% a year.`,
        `${NAME}, 2026→2028: at least 58.1% a year.`,
        `${NAME}, 2024→2028: at least 77.8% a year.`,
      ]);
      assert.deepEqual(consoleErrors, []);
    },
  },
  {
    name: 'a scenario of the series exported: PNG (pngcheck, v2 scenario file with the series) and CSV read by Calc',
    async fn({ page, baseUrl, screenshotDir, consoleErrors }) {
      const id = await withSeries(page, baseUrl);
      // 100亿 × 1.6² = 256亿 = 25,600,000,000 in 2026; × 1.6⁴ = 6.5536 × 10¹⁰ in 2028.
      const scenario = await compoundScenario(page, id, '60%', 25_600_000_000);
      assert.equal(Number(await cellValue(page, id, scenario, 2028)), 65_536_000_000);
      const table = await tableValues(page, id);
      const menu = await openMenu(page, id);

      const png = await downloadFrom(page, menu.getByTestId('export-png'));
      assert.equal(png.name, `forecast-${id}.png`);
      const shot = path.join(screenshotDir, 'series-flow-export.png');
      fs.writeFileSync(shot, png.bytes);
      execFileSync('pngcheck', [shot], { stdio: 'pipe' }); // throws on a bad file
      const ours = pngChunks(png.bytes)
        .filter((c) => c.type === 'iTXt')
        .map((c) => itxt(c.data))
        .find((t) => t.keyword === 'genai-forecast');
      assert.ok(ours, 'an iTXt "genai-forecast"');
      const file = JSON.parse(ours.text);
      assert.equal(file.version, 2);
      assert.equal(file.view.seriesId, id);
      assert.ok(Array.isArray(file.series), 'a series array');
      const carried = file.series.find((/** @type {{ id: string }} */ s) => s.id === id);
      assert.equal(carried?.input?.name?.en, NAME);
      const mine = file.scenarios.find((/** @type {{ name: string }} */ s) => s.name === table.names[table.ids.indexOf(scenario)]);
      assert.equal(mine?.models?.[id]?.type, 'compound');
      assert.equal(Number(mine?.models?.[id]?.cagr), 0.6);

      const csv = await downloadFrom(page, menu.getByTestId('export-csv'));
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-series-csv-'));
      try {
        fs.copyFileSync(csv.path, path.join(dir, csv.name));
        const [header, ...rows] = calcCells(path.join(dir, csv.name), CALC_FILTERS.csv);
        assert.deepEqual(header.slice(0, 3 + table.names.length), ['series', 'unit', 'year', ...table.names]);
        assert.equal(rows.length, table.years.length);
        for (const [i, row] of rows.entries()) {
          // CNY is written RMB in English, as for the report's own China market.
          assert.deepEqual(row.slice(0, 3), [NAME, 'RMB', table.years[i]]);
          for (const [j, exact] of table.values[i].entries()) {
            const got = row[3 + j];
            assert.equal(typeof got, 'number', `${table.years[i]} ${table.names[j]}: Calc reads a number, not ${JSON.stringify(got)}`);
            assert.ok(Math.abs(/** @type {number} */ (got) - Number(exact)) <= Math.abs(Number(exact)) * 1e-14, `${got} vs ${exact}`);
          }
        }
        // The hand-computed values of the scenario, as Calc holds them.
        const column = 3 + table.ids.indexOf(scenario);
        assert.equal(rows.find((r) => r[2] === 2026)?.[column], 25_600_000_000);
        assert.equal(rows.find((r) => r[2] === 2028)?.[column], 65_536_000_000);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      assert.deepEqual(consoleErrors, []);
    },
  },
  {
    name: 'a scenario of the series in PowerPoint: a native line chart, and the name on a slide in Impress',
    async fn({ page, baseUrl, screenshotDir, consoleErrors }) {
      const id = await withSeries(page, baseUrl);
      const scenario = await compoundScenario(page, id, '60%', 25_600_000_000); // 100亿 × 1.6² = 256亿
      const scenarioName = await rowName(page, scenario);
      const menu = await openMenu(page, id);
      const deck = await downloadFrom(page, menu.getByTestId('export-pptx-chart'));
      assert.equal(deck.name, `forecast-${id}.pptx`);
      const zip = unzipSync(new Uint8Array(deck.bytes));
      const charts = Object.keys(zip).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
      assert.equal(charts.length, 1, `charts: ${charts}`);
      const chartXml = strFromU8(zip[charts[0]]);
      assert.match(chartXml, /<c:lineChart>/, 'a native line chart');
      // The scenario's line, in billions of yuan on the axis ("RMB, billion"): 100亿 × 1.6^(year − 2024) =
      // 3.90625, 6.25 (2022, 2023: run back before the series' first figure, dashed), 10, 16, 25.6, 40.96,
      // 65.536 billion (2024–2028, the years its figures speak for, solid), then a dashed line of its projection.
      const lines = [...chartXml.matchAll(/<c:ser>([^]*?)<\/c:ser>/g)].map((m) => ({
        name: m[1].match(/<c:tx>[^]*?<c:v>([^<]*)<\/c:v>/)?.[1],
        values: [...(m[1].match(/<c:val>([^]*?)<\/c:val>/)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])),
      }));
      assert.deepEqual(lines.find((l) => l.name === `${scenarioName} (run back before the source)`)?.values, [3.90625, 6.25, 10], JSON.stringify(lines));
      assert.deepEqual(lines.find((l) => l.name === scenarioName)?.values, [10, 16, 25.6, 40.96, 65.536], JSON.stringify(lines));
      const slides = Object.keys(zip).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      assert.ok(slides.some((s) => strFromU8(zip[s]).includes(NAME)), 'a slide names the series');

      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-series-pptx-'));
      try {
        const file = path.join(dir, 'series.pptx');
        fs.writeFileSync(file, deck.bytes);
        execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
        const pdf = path.join(dir, 'series.pdf');
        const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        assert.ok(text.includes(NAME), `Impress shows the name: ${text.slice(0, 300)}`);
        execFileSync('pdftoppm', ['-r', '50', '-png', pdf, path.join(screenshotDir, 'series-flow-slides')]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      assert.deepEqual(consoleErrors, []);
    },
  },
  {
    name: 'a share link opened in a fresh profile lists the series as new (axe clean), and Add shows its chart with the same values',
    async fn({ page, baseUrl, screenshotDir, consoleErrors }) {
      const id = await withSeries(page, baseUrl);
      const scenario = await compoundScenario(page, id, '60%', 25_600_000_000); // 100亿 × 1.6² = 256亿
      const menu = await openMenu(page, id);
      await menu.getByTestId('share-link').click();
      const url = await menu.getByTestId('share-url').inputValue();
      assert.ok(url.startsWith(`${baseUrl}#s2.`), `a link that carries series is s2: ${url.slice(0, 80)}`);
      const sent = await tableValues(page, id);
      assert.equal(Number(sent.values[sent.years.indexOf(2026)][sent.ids.indexOf(scenario)]), 25_600_000_000);

      const fresh = await launchBrowser({ locale: 'en-US' });
      try {
        const other = await fresh.context.newPage();
        await other.goto(url);
        const preview = other.getByTestId('import-preview');
        await preview.waitFor();
        assert.equal(await other.getByTestId(`chart-panel-${id}`).count(), 0, 'nothing added before Add');
        const listed = preview.getByTestId('import-preview-series').locator('li');
        assert.deepEqual(await listed.evaluateAll((items) => items.map((li) => [li.getAttribute('data-kind'), li.textContent])), [
          ['new', `new series, added as “${NAME}”`],
        ]);
        await preview.screenshot({ path: path.join(screenshotDir, 'series-flow-import-preview.png') });
        assert.deepEqual(await axeViolations(other), [], 'axe-core finds nothing wrong with the preview');
        // The sender's five first-visit scenarios hold the series' proposed path, as the reader's will once it
        // is added: they are the reader's own five, and only the scenario made for the series is new.
        await answerPreview(other, /^It holds 6 scenarios: 1 new, 5 you already have\./, 'Add 1 scenario and 1 series');
        const names = await scenarioNames(other);
        assert.equal(names.length, 6, names.join(' | '));
        assert.equal(names.filter((n) => /\(\d+\)$/.test(n)).length, 0, `no "(2)" copies: ${names.join(' | ')}`);

        await other.getByTestId(`chart-panel-${id}`).waitFor();
        assert.equal(await other.locator(`#chart-${id}`).textContent(), NAME, 'its name in the chart heading');
        const received = await eventually(async () => {
          const t = await tableValues(other, id);
          assert.deepEqual(t.years, sent.years);
          return t;
        });
        assert.deepEqual(received.values, sent.values, 'the same values, year by year, to the last digit');
        // 100亿 × 1.6² = 256亿 in 2026 in the scenario the link brought (the last one, under the sender's name).
        assert.equal(received.names.at(-1), sent.names[sent.ids.indexOf(scenario)]);
        assert.equal(Number(received.values[received.years.indexOf(2026)].at(-1)), 25_600_000_000);
      } finally {
        await fresh.close();
      }
      assert.deepEqual(consoleErrors, []);
    },
  },
];
