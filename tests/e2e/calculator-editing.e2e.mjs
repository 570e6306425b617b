// End-to-end tests of the calculator against the built app (dist/), run by tests/e2e/run.mjs: typing an
// assumption moves the chart and the table to the right values, Ctrl+Z and Ctrl+Shift+Z undo and redo it,
// and unreadable input is explained beside its field.
// The same assert run.mjs hands each test, imported so that type checkers see its assertion signatures.
import assert from 'node:assert/strict';
import {
  T2V,
  openApp,
  row,
  addScenario,
  rowName,
  field,
  fieldText,
  typeInto,
  cellValue,
  significantDigits,
  chartPoint,
  focusBody,
} from './calculator-helpers.mjs';
import { eventually } from './exchange-helpers.mjs';

/** @typedef {import('./calculator-helpers.mjs').E2EContext} E2EContext */

/** @type {{ name: string, fn: (ctx: E2EContext) => Promise<void> }[]} */
export const tests = [
  {
    name: 'a new growth rate moves the chart and the table to the right values',
    async fn({ page, baseUrl, consoleErrors }) {
      await openApp(page, baseUrl);
      const id = await addScenario(page);
      const name = await rowName(page, id);
      assert.equal(name, 'My scenario');
      assert.equal(await row(page, id).locator('.scenario__name').getAttribute('aria-pressed'), 'true', 'a new scenario takes the focus');

      // Until it is changed the new scenario is the base case, drawn on the base case's line.
      const before = await chartPoint(page, T2V, id, 2030);
      assert.ok(before, 'the new scenario is drawn in the text-to-video chart');

      await page.getByTestId(`model-type-${T2V}`).selectOption('compound');
      await field(page, T2V, 'cagr').waitFor();
      await typeInto(fieldText(page, T2V, 'cagr'), '56.6%');
      await typeInto(fieldText(page, T2V, 'baseValue'), '7.2M');
      await typeInto(fieldText(page, T2V, 'baseYear'), '2023');

      // What the boxes show once left: the values in force, written back in the field's format.
      assert.equal(await fieldText(page, T2V, 'cagr').inputValue(), '56.6%');
      assert.equal(await fieldText(page, T2V, 'baseYear').inputValue(), '2023');
      assert.equal(await field(page, T2V, 'cagr').locator('[role="alert"]').count(), 0, 'no error left on the CAGR field');

      // Expected 2030 value 7.2e6 × 1.566^7 = 166,293,318.6664261334572032, computed independently
      // with Python's decimal module (prec=40): Decimal('7.2e6') * Decimal('1.566') ** 7.
      const EXPECTED_2030 = '166293318.6664261334572032';
      await eventually(async () => {
        const value = await cellValue(page, T2V, id, 2030);
        assert.equal(significantDigits(value, 12), significantDigits(EXPECTED_2030, 12), `table 2030 for ${id}: ${value}`);
      });
      const base2023 = await cellValue(page, T2V, id, 2023);
      assert.equal(significantDigits(base2023, 12), significantDigits('7200000', 12), 'the base year holds the base value');

      const after = await eventually(async () => {
        const point = await chartPoint(page, T2V, id, 2030);
        assert.ok(point, 'the scenario still has a line with a 2030 point');
        assert.equal(significantDigits(point.value, 12), significantDigits(EXPECTED_2030, 12), `chart 2030 value ${point.value}`);
        return point;
      });
      // 2.219B → 166M on an axis whose top is set by the other scenarios: the point moves down.
      assert.ok(after.y - before.y > 1, `the 2030 point moved down (y ${before.y} → ${after.y} px)`);
      assert.deepEqual(consoleErrors, []);
    },
  },

  {
    name: 'Ctrl+Z undoes a change and Ctrl+Shift+Z redoes it',
    async fn({ page, baseUrl, consoleErrors }) {
      await openApp(page, baseUrl);
      const id = await addScenario(page);
      const original = await cellValue(page, T2V, id, 2032);

      await typeInto(fieldText(page, T2V, 'rateAfter'), '90%');
      const changed = await eventually(async () => {
        const v = await cellValue(page, T2V, id, 2032);
        assert.notEqual(v, original);
        return v;
      });
      // Wait out the history's coalescing window, so the edit is one step of its own.
      await page.waitForTimeout(900);

      await focusBody(page);
      await page.keyboard.press('Control+z');
      await eventually(async () => assert.equal(await cellValue(page, T2V, id, 2032), original, 'undo restores the table'));
      assert.equal(await fieldText(page, T2V, 'rateAfter').inputValue(), '56.6%', 'undo restores the field');
      assert.equal(await page.getByTestId('redo').isEnabled(), true);

      await page.keyboard.press('Control+Shift+z');
      await eventually(async () => assert.equal(await cellValue(page, T2V, id, 2032), changed, 'redo brings the change back'));
      assert.equal(await fieldText(page, T2V, 'rateAfter').inputValue(), '90%');
      assert.equal(await page.getByTestId('redo').isEnabled(), false, 'nothing left to redo');

      // Inside a text box, Ctrl+Z belongs to the box, not to the app's history.
      await fieldText(page, T2V, 'rateAfter').focus();
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(100);
      assert.equal(await cellValue(page, T2V, id, 2032), changed, 'Ctrl+Z in a text field does not undo the app');
      assert.deepEqual(consoleErrors, []);
    },
  },

  {
    name: 'unreadable input is explained beside the field and the last valid value stays',
    async fn({ page, baseUrl, consoleErrors }) {
      await openApp(page, baseUrl);
      const id = await addScenario(page);
      await page.getByTestId(`model-type-${T2V}`).selectOption('compound');
      const cagr = fieldText(page, T2V, 'cagr');
      await typeInto(cagr, '60%');
      // 7.2M × 1.6^7 = 7,200,000 × 26.8435456 = 193,273,528.32 (by hand). Waiting for this
      // value, not for any value, keeps the compound default (56.6%) from being taken for it.
      const valid = '193273528.32';
      await eventually(async () => assert.equal(await cellValue(page, T2V, id, 2030), valid, '60% is in force'));

      await cagr.fill('abc');
      const alert = field(page, T2V, 'cagr').getByRole('alert');
      await alert.waitFor({ state: 'visible' });
      const message = (await alert.textContent()) ?? '';
      // e.g. "This is not a number this field can read (try 56.6%, 7.2M or 1.5亿). Still using 60%"
      assert.ok(message.replace(/60%/g, '').trim().length > 10, `the message says what is wrong: ${message}`);
      assert.match(message, /60%/, 'the message names the value still in force');
      assert.equal(await cagr.getAttribute('aria-invalid'), 'true');
      assert.equal(await cagr.getAttribute('aria-describedby'), await alert.getAttribute('id'), 'the box points at its message');
      assert.equal(await cagr.inputValue(), 'abc', 'what was typed stays in the box to be corrected');
      assert.equal(await cellValue(page, T2V, id, 2030), valid, 'the table keeps the last valid value');

      // Leaving the box keeps the message; a valid value clears it.
      await cagr.press('Tab');
      assert.equal(await alert.isVisible(), true);
      assert.equal(await cellValue(page, T2V, id, 2030), valid);
      await typeInto(cagr, '61%');
      await eventually(async () => assert.equal(await field(page, T2V, 'cagr').getByRole('alert').count(), 0));
      await eventually(async () => assert.notEqual(await cellValue(page, T2V, id, 2030), valid, 'the table takes the valid value'));
      assert.deepEqual(consoleErrors, []);
    },
  },
];
