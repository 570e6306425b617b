// The anchor editor in Chromium: values labelled by the report's wording, a range's high end added with the
// keyboard and taken back, and screenshots of the editor in English and Chinese (test-results/anchor-editor-*.png).
import assert from 'node:assert/strict';
import path from 'node:path';
import { eventually, openApp, tableValues } from './exchange-helpers.mjs';

const MARKET = 't2i-market-cn';
const VIDEO = 't2v-revenue-global';

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
    name: 'adds an anchor between two years on the path as it runs (no value moves), then a ceiling; a bare “25” is refused (en)',
    async fn({ page, baseUrl, consoleErrors }) {
      await page.setViewportSize({ width: 1440, height: 1000 });
      await openApp(page, baseUrl, 'en');
      await editableMarket(page);
      const box = page.locator(`fieldset[data-series="${VIDEO}"]`);
      const copy = await page.locator('[data-testid="scenario-row"].scenario--focus').getAttribute('data-scenario-id');
      const column = async () => {
        const table = await tableValues(page, VIDEO);
        const at = table.ids.indexOf(copy);
        return table.years.map((year, i) => [year, table.values[i][at]]);
      };
      /** @type {[number, string][]} */
      let before = [];
      await eventually(async () => {
        before = await column();
        assert.ok(before.length > 0 && before.every(([, v]) => v !== undefined && v !== ''));
      });
      await box.getByRole('button', { name: 'Add anchor' }).click();
      const year = box.getByRole('textbox', { name: 'Year of the new anchor' });
      await eventually(async () => assert.equal(await year.evaluate((el) => el === document.activeElement), true));
      await page.keyboard.type('2026');
      await page.keyboard.press('Enter');
      // Between 2023's $7.2M and 2030's $2.219B, on the path: 7.2e6 × (2.219e9 / 7.2e6)^(3/7) = $83,940,528.43 (Python decimal).
      await eventually(async () => assert.equal(await box.locator('li.anchor').count(), 3));
      const value = box.getByTestId(`field-${VIDEO}-anchors.1.low`).getByRole('textbox');
      await eventually(async () => assert.equal(await value.evaluate((el) => el === document.activeElement), true));
      assert.equal(await value.inputValue(), '83.9405M');
      const after = await column();
      assert.deepEqual(after.map(([y, v]) => [y, Number(v).toPrecision(12)]), before.map(([y, v]) => [y, Number(v).toPrecision(12)]));

      // A bare number far below the value in force is refused, naming the units.
      await value.fill('25');
      await value.press('Enter');
      await eventually(async () => assert.match(await box.getByTestId(`field-${VIDEO}-anchors.1.low`).getByRole('alert').textContent(), /“25” has no unit/));
      await value.fill('90M');
      await value.press('Enter');

      // A ceiling of $5B bends the path after 2030: 2031 = 5e9·o/(1 + o), o = 1.566 × 2.219/2.781 → $2,777,317,416.34 (Python decimal).
      await box.getByRole('button', { name: '+ Ceiling' }).click();
      await box.getByRole('textbox', { name: 'Ceiling it slows toward' }).fill('$5B');
      await page.keyboard.press('Enter');
      await eventually(async () => {
        const rows = await column();
        assert.equal(Number(rows.find(([y]) => y === 2031)[1]).toFixed(2), '2777317416.34');
      });
      assert.deepEqual(consoleErrors, []);
    },
  },
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
