// End-to-end tests of the calculator against the built app (dist/), run by tests/e2e/run.mjs: the language
// and the unit style, the chart read with the keyboard, and screenshots of the main view.
// The same assert run.mjs hands each test, imported so that type checkers see its assertion signatures.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { T2V, T2I_MARKET, EN_TITLE, HAN, settle, openApp, fieldText, cell } from './calculator-helpers.mjs';
import { eventually } from './exchange-helpers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** @typedef {import('./calculator-helpers.mjs').E2EContext} E2EContext */

/** @type {{ name: string, fn: (ctx: E2EContext) => Promise<void> }[]} */
export const tests = [
  {
    name: 'switching the language to Chinese and back, with the unit style a setting apart from it',
    async fn({ page, baseUrl, consoleErrors }) {
      await openApp(page, baseUrl, { lang: 'en' });
      const h1 = page.locator('h1').first();
      const cellTexts = () => page.$$eval('td[data-value]', (tds) => tds.map((td) => td.textContent ?? ''));

      assert.equal((await h1.textContent())?.trim(), EN_TITLE);
      assert.equal(await fieldText(page, T2I_MARKET, 'anchors.0.low').inputValue(), '10B');
      let texts = await cellTexts();
      assert.ok(texts.length > 0, 'the tables have cells');
      assert.ok(!texts.some((t) => /[万亿]/.test(t)), 'English tables use no 万/亿');
      assert.ok(texts.some((t) => /\d(B|M)\b/.test(t)), `English tables use M/B: ${texts.slice(0, 5).join(' | ')}`);

      await page.getByTestId('language').selectOption('zh');
      await eventually(async () => {
        const title = (await h1.textContent())?.trim() ?? '';
        assert.ok(HAN.test(title) && title !== EN_TITLE, `the heading is Chinese: ${title}`);
      });
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
      // The grouping is a setting of its own: the language leaves it at K/M/B until 万/亿 is chosen.
      const anchorLow = fieldText(page, T2I_MARKET, 'anchors.0.low');
      assert.match((await cell(page, T2V, 'base', 2030).textContent()) ?? '', /^2\.219B美元/, 'the language changes the unit words, not the grouping');
      assert.equal(await anchorLow.inputValue(), '10B');
      const numbers = page.getByRole('group', { name: '数字单位' });
      await numbers.getByText('万 / 亿', { exact: true }).click();
      await eventually(async () => {
        texts = await cellTexts();
        assert.ok(texts.some((t) => t.includes('亿')), 'a cell shows 亿');
      });
      assert.ok(texts.some((t) => t.includes('万')), 'a cell shows 万');
      assert.ok(!texts.some((t) => /\d(B|M)\b/.test(t)), 'no M/B left in the tables');
      const t2v2030 = await cell(page, T2V, 'base', 2030).textContent();
      assert.match(t2v2030 ?? '', /^22\.19亿美元/, 'the 2030 text-to-video revenue reads 22.19亿美元');
      // The assumption boxes are rewritten in the chosen grouping too (the 2024 anchor: RMB 10 billion).
      await eventually(async () => assert.equal(await anchorLow.inputValue(), '100亿', 'an amount box reads 100亿'));

      await page.getByTestId('language').selectOption('en');
      await eventually(async () => assert.equal((await h1.textContent())?.trim(), EN_TITLE));
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.match((await cell(page, T2V, 'base', 2030).textContent()) ?? '', /^\$22\.19亿/, 'English words, 万/亿 kept');
      await page.getByRole('group', { name: 'Numbers in' }).getByText('K / M / B', { exact: true }).click();
      await eventually(async () => {
        texts = await cellTexts();
        assert.ok(!texts.some((t) => /[万亿]/.test(t)), 'back to K/M/B');
      });
      assert.match((await cell(page, T2V, 'base', 2030).textContent()) ?? '', /^\$2\.219B/);
      await eventually(async () => assert.equal(await anchorLow.inputValue(), '10B', 'and 10B in K/M/B'));
      assert.deepEqual(consoleErrors, []);
    },
  },

  {
    name: 'the chart can be read with the keyboard',
    async fn({ page, baseUrl, consoleErrors }) {
      await openApp(page, baseUrl);
      const group = page.locator(`[data-testid="chart-panel-${T2V}"] .chart-view[role="group"]`);
      const readout = page.getByTestId(`readout-${T2V}`);
      assert.equal(await group.getAttribute('tabindex'), '0', 'the chart is in the tab order');
      assert.match((await group.getAttribute('aria-label')) ?? '', /text-to-video/i, 'the chart group has a name');
      assert.equal(await readout.locator('strong').count(), 0, 'no year read out before any key');

      // Reached with Tab from the panel's heading (past whatever controls the panel's header holds).
      await page.getByTestId(`chart-panel-${T2V}`).locator('h3').click();
      let tabs = 0;
      while (!(await group.evaluate((el) => el === document.activeElement)) && tabs < 25) {
        await page.keyboard.press('Tab');
        tabs++;
      }
      assert.equal(await group.evaluate((el) => el === document.activeElement), true, `Tab reaches the chart (${tabs} presses)`);

      await page.keyboard.press('ArrowRight');
      await eventually(async () => assert.equal((await readout.locator('strong').textContent())?.trim(), '2022'));
      await page.keyboard.press('ArrowRight');
      await eventually(async () => assert.equal((await readout.locator('strong').textContent())?.trim(), '2023'));
      const text = (await readout.textContent()) ?? '';
      assert.match(text, /Report base case.*\$7\.2M/, `the readout gives the values of the year: ${text}`);
      assert.equal(await page.locator(`[data-testid="chart-panel-${T2V}"] .chart-view__guide`).count(), 1, 'a guide marks the year');
      assert.equal(await page.locator(`[data-testid="chart-panel-${T2V}"] tr.is-hover th`).textContent(), '2023', 'the table row is highlighted');

      await page.keyboard.press('ArrowLeft');
      await eventually(async () => assert.equal((await readout.locator('strong').textContent())?.trim(), '2022'));
      await page.keyboard.press('Escape');
      await eventually(async () => assert.equal(await readout.locator('strong').count(), 0, 'Escape clears the readout'));
      assert.deepEqual(consoleErrors, []);
    },
  },

  {
    name: 'screenshots of the main view (en light, zh, dark)',
    async fn({ page, baseUrl, screenshotDir, consoleErrors }) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openApp(page, baseUrl, { lang: 'en' });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
      const ready = async () => {
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await page.locator(`[data-testid="chart-panel-${T2I_MARKET}"] .chart-view__svg svg`).waitFor();
        await settle(page);
      };

      await ready();
      const update = process.env.UPDATE_SCREENSHOTS === '1';
      const mainView = update ? path.join(HERE, 'screenshots', 'main-view.png') : path.join(screenshotDir, 'main-view.png');
      fs.mkdirSync(path.dirname(mainView), { recursive: true });
      await page.screenshot({ path: mainView });

      await page.getByTestId('language').selectOption('zh');
      await eventually(async () => assert.ok(HAN.test((await page.locator('h1').first().textContent()) ?? '')));
      // A Chinese reader's view: numbers in 万/亿 (a setting apart from the language).
      await page.locator('label:has(> input[name="unit-style"][value="wan"])').click();
      await ready();
      await page.screenshot({ path: path.join(screenshotDir, 'main-zh.png') });

      await page.getByTestId('language').selectOption('en');
      await page.locator('label:has(> input[name="unit-style"][value="kmb"])').click();
      await page.getByTestId('theme').click();
      await eventually(async () => assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark'));
      await eventually(async () =>
        assert.equal(await page.locator(`[data-testid="chart-panel-${T2I_MARKET}"] .chart-view__svg svg`).getAttribute('data-theme'), 'dark'),
      );
      await ready();
      await page.screenshot({ path: path.join(screenshotDir, 'main-dark.png') });

      for (const file of [mainView, path.join(screenshotDir, 'main-zh.png'), path.join(screenshotDir, 'main-dark.png')])
        assert.ok(fs.statSync(file).size > 10_000, `${file} has content`);
      assert.deepEqual(consoleErrors, []);
    },
  },
];
