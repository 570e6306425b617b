// Issue 19, "your own forecasts", in Chromium: a series added by typing (亿 and full-width digits) and one
// by pasting rows from a spreadsheet (a real Ctrl+V), each charted beside the report's, and still there
// after a reload; a refused row is named with its reason before anything is added.
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { cellValue } from './calculator-helpers.mjs';
import { chartIds, eventually, openApp, openSeries, typeSeries } from './exchange-helpers.mjs';

/** Fills a new series' name and source. @param {import('playwright-core').Page} page @param {string} name */
async function fillSource(page, name) {
  await page.getByTestId('series-add').click();
  await page.getByTestId('series-name-en').fill(name);
  await page.getByTestId('series-publisher').fill('Some Securities');
  await page.getByTestId('series-date').fill('2025-01');
}

export const tests = [
  {
    name: 'a series typed with 亿 and full-width digits is charted beside the report\'s, and is there after a reload',
    fn: async (/** @type {any} */ { page, baseUrl, consoleErrors }) => {
      await openApp(page, baseUrl);
      const before = await chartIds(page);
      await openSeries(page);
      await fillSource(page, 'Smart speaker market');
      await page.getByTestId('figure-0-years').fill('2024');
      await page.getByTestId('figure-0-value').pressSequentially('１００亿');
      await page.getByTestId('figure-add').click();
      await page.getByTestId('figure-1-years').fill('2026');
      await page.getByTestId('figure-1-value').pressSequentially('400亿');
      await page.getByTestId('series-save').click();
      await page.getByTestId('series-close').click();
      const ids = await eventually(async () => {
        const now = await chartIds(page);
        assert.equal(now.length, before.length + 1);
        return now;
      });
      const id = ids.find((x) => x?.startsWith('user-'));
      assert.ok(id, 'a chart of the user\'s own series');
      const panel = page.getByTestId(`chart-panel-${id}`);
      assert.match((await panel.textContent()) ?? '', /Smart speaker market/);
      assert.ok((await panel.locator('svg path').count()) > 0, 'its chart draws lines');
      // 100亿 and 400亿: 200亿 in 2025 on the proposed path (2× a year), in English RMB 20B.
      assert.match((await panel.textContent()) ?? '', /RMB 20B/);
      await page.waitForTimeout(500); // the write waits 300 ms for the page to rest
      await page.reload({ waitUntil: 'load' });
      await page.getByTestId(`chart-panel-${id}`).waitFor();
      assert.deepEqual(consoleErrors, []);
    },
  },
  {
    name: 'rows pasted from a spreadsheet are previewed with a refused row named, and added only when confirmed',
    fn: async (/** @type {any} */ { page, context, baseUrl, consoleErrors }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
      await openApp(page, baseUrl);
      const before = await chartIds(page);
      await openSeries(page);
      await fillSource(page, 'Pasted market');
      await page.getByText('Paste figures').click();
      await page.evaluate(() => navigator.clipboard.writeText('Year\tValue\tWording\n2023\t5.2亿\t约5.2亿元\n2024\tabc\t\n2025\t12亿\t突破12亿'));
      await page.getByTestId('paste-text').focus();
      await page.keyboard.press('Control+V');
      const preview = page.getByTestId('paste-preview');
      await eventually(async () => assert.match((await preview.textContent()) ?? '', /2 rows read, 1 refused/));
      assert.match((await page.getByTestId('paste-refused').textContent()) ?? '', /Row 3, column 2: not a value or a range/);
      assert.deepEqual(await chartIds(page), before, 'nothing added before the confirmation');
      await page.getByRole('button', { name: 'Use these 2 figures' }).click();
      assert.equal(await page.getByTestId('figure-1-years').inputValue(), '2025');
      await page.getByTestId('series-save').click();
      await page.getByTestId('series-close').click();
      await eventually(async () => assert.equal((await chartIds(page)).length, before.length + 1));
      assert.deepEqual(consoleErrors, []);
    },
  },
  {
    name: 'a stated growth rate that disagrees with the amounts is a conflict in the audit, and one click makes a reading a scenario',
    fn: async (/** @type {any} */ { page, baseUrl, consoleErrors }) => {
      await openApp(page, baseUrl);
      const NAME = 'Video revenue, another report';
      const id = await typeSeries(page, NAME, [
        { years: '2023', kind: 'point', value: '7.2M', wording: '$7.2M' },
        { years: '2030', kind: 'point', value: '2.219B', wording: '$2.219B' },
        { years: '2023-2030', kind: 'cagr', value: '56.6%', wording: 'CAGR 56.6%' },
      ]);
      const conflict = page.locator('[data-testid=finding-growth-conflict]', { hasText: NAME });
      await conflict.waitFor();
      // (2219 / 7.2)^(1/7) − 1 = 1.26749532761… (Python decimal): 126.7% a year, not the 56.6% stated.
      assert.match((await conflict.textContent()) ?? '', /56\.6%/);
      assert.match((await conflict.textContent()) ?? '', /126\.7%/);
      await conflict.getByTestId('apply-trust-base-and-rate').click();
      const scenario = await eventually(async () => {
        const tab = page.locator('[data-scenario-id]', { hasText: `${NAME}: Trust base and rate` }).first();
        const sid = await tab.getAttribute('data-scenario-id', { timeout: 1_000 });
        assert.ok(sid);
        return sid;
      });
      // 7,200,000 × 1.566^7 = 166,293,318.6664261334572032 (Python decimal, prec 50).
      await eventually(async () => assert.equal(await cellValue(page, id, scenario, 2030), '166293318.6664261334572032'));
      assert.deepEqual(consoleErrors, []);
    },
  },
  {
    name: 'a broker table pasted in Chinese with its CAGR row: the rate a range cannot allow is found by the audit, and a reading made a scenario',
    fn: async (/** @type {any} */ { page, baseUrl, consoleErrors, screenshotDir }) => {
      await openApp(page, baseUrl, 'zh');
      const before = await chartIds(page);
      await openSeries(page);
      await page.getByTestId('series-add').click();
      await page.getByTestId('series-name-zh').fill('AI音乐市场');
      await page.getByTestId('series-publisher').fill('某证券');
      await page.getByTestId('series-date').fill('2025-01');
      await page.locator('[data-testid=series-paste] summary').click();
      await page.getByTestId('paste-text').fill('年份\t规模\t原文\n2024\t约15亿\t约15亿元\n2030\t150亿至200亿\t150亿至200亿元\n2024-2030\t30%\t年复合增速30%');
      const preview = page.getByTestId('paste-preview');
      await eventually(async () => assert.match((await preview.textContent()) ?? '', /读取3行。/));
      assert.match((await preview.textContent()) ?? '', /42024–2030年均增速（年份区间）30%年复合增速30%/);
      await page.getByTestId('paste-use').click();
      assert.equal(await page.getByTestId('figure-2-kind').inputValue(), 'cagr');
      await page.getByTestId('series-save').click();
      await page.getByTestId('series-close').click();
      await eventually(async () => assert.equal((await chartIds(page)).length, before.length + 1));
      const finding = page.getByTestId('finding-rate-outside');
      await finding.waitFor();
      // Python decimal at 60 digits: (150/15)^(1/6) − 1 = 46.78%, (200/15)^(1/6) − 1 = 53.99%; 15亿 × 1.3^6 = 72.402135亿.
      assert.match((await finding.textContent()) ?? '', /AI音乐市场：2024年15亿元、2030年150亿元–200亿元与2024—2030年30\.0%的年复合增长率不能同时成立。/);
      assert.match((await finding.textContent()) ?? '', /介于46\.8%与54\.0%之间。按所述增速，基数到2030年只能增长到72\.4亿元。/);
      await finding.scrollIntoViewIfNeeded();
      await finding.screenshot({ path: `${screenshotDir}/audit-rate-outside-zh.png` });
      await finding.getByTestId('apply-trust-endpoints').click();
      await eventually(async () => assert.ok(await page.locator('[data-scenario-id]', { hasText: 'AI音乐市场：信两端金额' }).count()));
      assert.deepEqual(consoleErrors, []);
    },
  },
  {
    name: 'the series dialog, its form with an error shown and a paste preview pass axe (WCAG A and AA, best practices)',
    fn: async (/** @type {any} */ { page, baseUrl }) => {
      await openApp(page, baseUrl);
      await openSeries(page);
      assert.deepEqual(await axeViolations(page), [], 'the list');
      await fillSource(page, 'Checked');
      await page.getByTestId('figure-0-years').fill('20x6');
      await page.getByTestId('series-save').click();
      await page.getByText('Paste figures').click();
      await page.getByTestId('paste-text').fill('2024\t1亿\n2025\tabc');
      await page.getByTestId('paste-refused').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'the form');
    },
  },
];
