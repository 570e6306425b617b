// Issue 13 in Chromium with the real keyboard and a touch tap: switching text-to-video to constant growth
// keeps the report's $7.2M in 2023, goal seek starts from the report's figure, and an S-curve never
// reaches its ceiling. Expected numbers computed independently with Python's decimal module (prec 50):
//   7.2e6 · 1.8^7 = 440798423.04;  (1000 / 7.2)^(1/7) − 1 = 1.0234634199669930… → 102.3%.
import assert from 'node:assert/strict';
import path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { eventually, openApp } from './exchange-helpers.mjs';

const T2V = 't2v-revenue-global';
const USERS = 't2i-users-cn';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 };

const cellValue = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id, /** @type {number} */ year) =>
  page.locator(`[data-testid="chart-panel-${T2V}"] td[data-year="${year}"][data-scenario="${id}"]`).getAttribute('data-value', { timeout: 5_000 });
const focusId = (/** @type {import('playwright-core').Page} */ page) =>
  page.locator('[data-testid="scenario-row"]:has(.scenario__name[aria-pressed="true"])').getAttribute('data-scenario-id');

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = [
  {
    name: 'switching text-to-video to constant growth starts at $7.2M in 2023; typed 80% gives $440.8M in 2030; Ctrl+Z takes back the rate, then the whole switch in one step',
    async fn({ page, baseUrl, consoleErrors, screenshotDir }) {
      await openApp(page, baseUrl);
      await page.getByRole('button', { name: 'Duplicate: Report base case' }).click();
      const id = await eventually(async () => {
        const found = await focusId(page);
        assert.ok(found && found !== 'base');
        return found;
      });
      const anchors2030 = await cellValue(page, id, 2030);
      await page.getByTestId(`model-type-${T2V}`).selectOption('compound');
      const box = (/** @type {string} */ name) => page.getByTestId(`field-${T2V}-${name}`).locator('input[type="text"]');
      await eventually(async () => assert.equal(await box('baseYear').inputValue(), '2023'));
      assert.equal(await box('baseValue').inputValue(), '7.2M');
      assert.equal(await box('cagr').inputValue(), '56.6%');
      assert.equal(await cellValue(page, id, 2023), '7200000');

      await box('cagr').click();
      await page.keyboard.press('Control+a');
      await page.keyboard.type('80%');
      await page.keyboard.press('Enter');
      await eventually(async () => assert.equal(Number(await cellValue(page, id, 2030)).toFixed(2), '440798423.04'));
      await page.getByTestId(`chart-panel-${T2V}`).screenshot({ path: path.join(screenshotDir, 'switch-80-percent.png') });

      // Leave the field, then undo twice: the rate, then the switch itself (one step), back to the anchors.
      await page.locator('h1').click();
      await page.keyboard.press('Control+z');
      await eventually(async () => assert.equal(await box('cagr').inputValue(), '56.6%'));
      await page.keyboard.press('Control+z');
      await eventually(async () => assert.equal(await page.getByTestId(`model-type-${T2V}`).inputValue(), 'anchored'));
      assert.equal(await cellValue(page, id, 2030), anchors2030);
      assert.deepEqual(consoleErrors, []);
    },
  },
  {
    name: 'goal seek: $1B by 2030 needs 102.3% a year from the report’s $7.2M in 2023; 1.092B users is never reached',
    async fn({ page, baseUrl, consoleErrors, screenshotDir }) {
      await openApp(page, baseUrl);
      const video = page.getByTestId(`chart-panel-${T2V}`);
      // Goal seek is a disclosure, closed by default; its body loads when first opened.
      await video.getByRole('button', { name: 'Goal seek' }).click();
      await video.getByTestId(`goal-target-${T2V}`).click();
      await page.keyboard.type('1B');
      const answers = video.getByTestId(`goal-answers-${T2V}`);
      await eventually(async () => assert.match((await answers.textContent()) ?? '', /Needs 102\.3% a year from \$7\.2M in 2023\./));
      assert.doesNotMatch((await answers.textContent()) ?? '', /≈/);
      await video.locator('.goal-seek').screenshot({ path: path.join(screenshotDir, 'goal-seek-1B.png') });

      const users = page.getByTestId(`chart-panel-${USERS}`);
      await users.getByRole('button', { name: 'Goal seek' }).click();
      await users.getByTestId(`goal-target-${USERS}`).click();
      await page.keyboard.type('1.092B');
      const lines = users.getByTestId('goal-crossing');
      await eventually(async () => assert.equal(await lines.count(), 1));
      assert.match((await lines.first().textContent()) ?? '', /never reach it: the S-curve levels off at 1\.092B\.$/);
      assert.deepEqual(consoleErrors, []);
    },
  },
  {
    name: 'goal seek on a phone in Chinese: a tap, then 10亿 → 从2023年的720万美元出发，每年需增长102.3%',
    async fn({ baseUrl, screenshotDir }) {
      const browser = await launchBrowser({ ...PHONE, locale: 'zh-CN' });
      try {
        const page = await browser.context.newPage();
        await openApp(page, baseUrl, 'zh');
        const toggle = page.getByTestId(`chart-panel-${T2V}`).getByRole('button', { name: '目标求解' });
        await toggle.scrollIntoViewIfNeeded();
        const toggleBox = await toggle.boundingBox();
        assert.ok(toggleBox);
        await page.touchscreen.tap(toggleBox.x + toggleBox.width / 2, toggleBox.y + toggleBox.height / 2);
        const target = page.getByTestId(`goal-target-${T2V}`);
        await target.waitFor();
        await target.scrollIntoViewIfNeeded();
        const box = await target.boundingBox();
        assert.ok(box);
        await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
        await eventually(async () => assert.equal(await target.evaluate((el) => el === document.activeElement), true));
        await page.keyboard.type('10亿');
        const answers = page.getByTestId(`goal-answers-${T2V}`);
        await eventually(async () => assert.match((await answers.textContent()) ?? '', /从2023年的720万美元出发，每年需增长102\.3%。/));
        await page.getByTestId(`chart-panel-${T2V}`).locator('.goal-seek').screenshot({ path: path.join(screenshotDir, 'goal-seek-phone-zh.png') });
      } finally {
        await browser.close();
      }
    },
  },
];
