// The anchor editor in Chromium: values labelled by the report's wording, a range's high end added with the
// keyboard and taken back, and screenshots of the editor in English and Chinese (test-results/anchor-editor-*.png).
import assert from 'node:assert/strict';
import path from 'node:path';
import { eventually, openApp } from './exchange-helpers.mjs';

const MARKET = 't2i-market-cn';

/** Duplicates the read-only base case, which takes the focus, and returns the market series' assumptions. @param {import('playwright-core').Page} page */
async function editableMarket(page) {
  await page.locator('[data-testid="scenario-row"]').first().getByRole('button', { name: /^(Duplicate|复制)/ }).click();
  const box = page.locator(`fieldset[data-series="${MARKET}"]`);
  await eventually(async () => assert.equal(await box.evaluate((el) => /** @type {HTMLFieldSetElement} */ (el).disabled), false));
  return box;
}

/** @param {import('playwright-core').Locator} box @param {number} i */
const anchor = (box, i) => box.locator('li.anchor').nth(i);

export const tests = [
  {
    name: 'labels anchors by the report’s wording, adds and removes a high end with the keyboard (en and zh screenshots)',
    async fn({ page, baseUrl, screenshotDir, consoleErrors }) {
      await page.setViewportSize({ width: 1440, height: 1000 });
      await openApp(page, baseUrl, 'en');
      const box = await editableMarket(page);
      assert.equal(await box.getByRole('textbox', { name: 'Upper bound (≤)', exact: true }).inputValue(), '10B');
      assert.equal(await box.getByRole('textbox', { name: 'Lower bound (>)', exact: true }).inputValue(), '20B');
      assert.equal(await box.getByRole('textbox', { name: 'Close to (≈)', exact: true }).inputValue(), '100B');
      assert.equal(await box.getByRole('combobox', { name: 'Run through ranges at' }).count(), 0);

      await anchor(box, 1).getByRole('button', { name: 'Add a high end' }).click();
      const high = anchor(box, 1).getByRole('textbox', { name: 'High end of the range' });
      await high.pressSequentially('10B');
      await high.press('Enter');
      await eventually(async () => assert.equal(await anchor(box, 1).getByRole('alert').textContent(), 'The high end is below the low end.'));
      await high.fill('');
      await high.pressSequentially('30B');
      await high.press('Enter');
      await eventually(async () => assert.equal(await box.getByRole('textbox', { name: 'Range high', exact: true }).inputValue(), '30B'));
      assert.equal(await box.getByRole('textbox', { name: 'Range low', exact: true }).inputValue(), '20B');
      assert.equal(await box.getByRole('combobox', { name: 'Run through ranges at' }).count(), 1);
      await box.scrollIntoViewIfNeeded();
      await box.screenshot({ path: path.join(screenshotDir, 'anchor-editor-en.png') });

      await page.getByTestId('language').selectOption('zh');
      await eventually(async () => assert.equal(await box.getByRole('textbox', { name: '上限（≤，内）', exact: true }).inputValue(), '10B'));
      await page.locator('label:has(> input[name="unit-style"][value="wan"])').click();
      await eventually(async () => assert.equal(await box.getByRole('textbox', { name: '区间上限', exact: true }).inputValue(), '300亿'));
      assert.equal(await box.getByRole('textbox', { name: '接近（≈）', exact: true }).inputValue(), '1000亿');
      await box.screenshot({ path: path.join(screenshotDir, 'anchor-editor-zh.png') });

      await anchor(box, 1).getByRole('button', { name: '移除区间上限' }).click();
      await eventually(async () => assert.equal(await box.getByRole('textbox', { name: '下限（>，突破）', exact: true }).inputValue(), '200亿'));
      await page.getByTestId('undo').click();
      await eventually(async () => assert.equal(await box.getByRole('textbox', { name: '区间上限', exact: true }).inputValue(), '300亿'));
      assert.deepEqual(consoleErrors, []);
    },
  },
];
