// End-to-end tests of the calculator against the built app (dist/), run by tests/e2e/run.mjs: scenarios
// created, compared, deleted, renamed and kept across a reload, and corrupt saved data kept aside.
// The same assert run.mjs hands each test, imported so that type checkers see its assertion signatures.
import assert from 'node:assert/strict';
import {
  STORAGE_KEY,
  T2V,
  SERIES,
  EN_TITLE,
  openApp,
  rows,
  row,
  addScenario,
  rowName,
  fieldText,
  typeInto,
  cellValue,
  scenarioTraces,
} from './calculator-helpers.mjs';
import { eventually } from './exchange-helpers.mjs';

/** @typedef {import('./calculator-helpers.mjs').E2EContext} E2EContext */

/** @type {{ name: string, fn: (ctx: E2EContext) => Promise<void> }[]} */
export const tests = [
  {
    name: 'scenarios can be created, compared and deleted',
    async fn({ page, baseUrl, consoleErrors }) {
      await openApp(page, baseUrl);
      const initialRows = await rows(page).count();

      const a = await addScenario(page);
      const aName = await rowName(page, a);
      await typeInto(fieldText(page, T2V, 'rateAfter'), '70%');
      const b = await addScenario(page, page.getByRole('button', { name: `Duplicate: ${aName}`, exact: true }));
      const bName = await rowName(page, b);
      assert.equal(bName, `Copy of ${aName}`);
      assert.equal(await rows(page).count(), initialRows + 2);
      // A copy draws on the line of its original until it differs from it.
      await typeInto(fieldText(page, T2V, 'rateAfter'), '90%');

      await eventually(async () => {
        for (const [id, name] of [
          [a, aName],
          [b, bName],
        ]) {
          const traces = await scenarioTraces(page, id, name);
          assert.ok(traces.lines >= 2, `${name} has its own line and legend entry in the text-to-video chart`);
          assert.equal(traces.headers, SERIES.length, `${name} has a column in each table`);
          assert.ok(traces.cells > 0);
        }
      });
      // The tables follow the charts in a deferred render: read them once they have caught up.
      await eventually(async () =>
        assert.notEqual(await cellValue(page, T2V, a, 2032), await cellValue(page, T2V, b, 2032), 'the two scenarios differ after 2030'),
      );

      // Out of the comparison: gone from every chart and table, still in the list.
      const compareB = page.getByRole('checkbox', { name: `Compare: ${bName}`, exact: true });
      assert.equal(await compareB.isChecked(), true);
      await compareB.uncheck();
      await eventually(async () => {
        assert.deepEqual(await scenarioTraces(page, b, bName), { lines: 0, cells: 0, headers: 0 }, `${bName} left the charts and tables`);
        const traces = await scenarioTraces(page, a, aName);
        assert.ok(traces.lines >= 2 && traces.headers === SERIES.length, `${aName} is still compared`);
      });
      assert.equal(await row(page, b).count(), 1, 'an uncompared scenario stays in the list');

      // Deleted: the row goes, and so does everything drawn for it.
      await page.getByRole('button', { name: `Delete: ${aName}`, exact: true }).click();
      await eventually(async () => {
        assert.equal(await row(page, a).count(), 0, 'the deleted row is gone');
        assert.deepEqual(await scenarioTraces(page, a, aName), { lines: 0, cells: 0, headers: 0 });
      });
      assert.equal(await rows(page).count(), initialRows + 1);
      assert.equal(await row(page, b).count(), 1, 'the other scenario is still there');

      // Compared again, it comes back.
      await compareB.check();
      await eventually(async () => assert.equal((await scenarioTraces(page, b, bName)).headers, SERIES.length));
      assert.deepEqual(consoleErrors, []);
    },
  },

  {
    name: 'a renamed and changed scenario is still there after a reload',
    async fn({ page, baseUrl, consoleErrors }) {
      await openApp(page, baseUrl);
      const id = await addScenario(page);
      const oldName = await rowName(page, id);
      // A name holding markup is refused beside the field (the import door would refuse it in a file), the old one stays.
      await page.getByRole('button', { name: `Rename: ${oldName}`, exact: true }).click();
      const input = row(page, id).getByRole('textbox', { name: 'Name' });
      await input.fill('增长更快 <b>x</b>');
      await row(page, id).getByRole('alert').waitFor();
      await input.press('Enter');
      assert.equal(await input.inputValue(), '增长更快 <b>x</b>', 'Enter does not take a refused name');
      await input.press('Escape');
      await eventually(async () => assert.equal(await rowName(page, id), oldName));

      // Angle brackets and ampersands that are not markup are fine, and stay text everywhere.
      const newName = '增长更快 <50% & R&D';
      await page.getByRole('button', { name: `Rename: ${oldName}`, exact: true }).click();
      await row(page, id).getByRole('textbox', { name: 'Name' }).fill(newName);
      await row(page, id).getByRole('textbox', { name: 'Name' }).press('Enter');
      await eventually(async () => assert.equal(await rowName(page, id), newName));

      const markup = () => page.evaluate(() => document.querySelectorAll('b').length);
      assert.equal(await markup(), 0, 'no <b> element made from the name');
      assert.equal(await row(page, id).locator('b').count(), 0);
      await eventually(async () => assert.equal((await scenarioTraces(page, id, newName)).headers, SERIES.length, 'the new name heads the table columns'));

      await typeInto(fieldText(page, T2V, 'rateAfter'), '70%');
      const value2032 = await eventually(async () => {
        const v = await cellValue(page, T2V, id, 2032);
        const base = await cellValue(page, T2V, 'base', 2032);
        assert.notEqual(v, base, 'the change shows in the table');
        return v;
      });

      await page.reload({ waitUntil: 'load' });
      await row(page, id).waitFor();
      assert.equal(await rowName(page, id), newName, 'the name survives a reload');
      assert.equal(await markup(), 0, 'still no <b> element after a reload');
      assert.equal(await row(page, id).locator('.scenario__name').getAttribute('aria-pressed'), 'true', 'the focus survives a reload');
      assert.equal(await fieldText(page, T2V, 'rateAfter').inputValue(), '70%', 'the assumption survives a reload');
      assert.equal(await cellValue(page, T2V, id, 2032), value2032, 'the projection is the same after a reload');
      assert.deepEqual(consoleErrors, []);
    },
  },

  {
    name: 'corrupt saved data is kept aside and the app starts from the defaults',
    async fn({ page, baseUrl, consoleErrors }) {
      const CORRUPT = '{not json';
      await openApp(page, baseUrl, { saved: CORRUPT });
      const banner = page.getByTestId('recovery');
      await banner.waitFor({ state: 'visible' });
      assert.equal(await banner.getAttribute('role'), 'alert');
      assert.match((await banner.textContent()) ?? '', /could not be read/);

      const kept = await page.evaluate(() => {
        /** @type {Record<string, string | null>} */
        const found = {};
        for (let i = 0; i < localStorage.length; i++) {
          const key = localStorage.key(i);
          if (key?.includes(':recovered:')) found[key] = localStorage.getItem(key);
        }
        return found;
      });
      const keys = Object.keys(kept);
      assert.equal(keys.length, 1, `one recovered copy: ${keys.join(', ')}`);
      assert.ok(keys[0]?.startsWith(`${STORAGE_KEY}:recovered:`), keys[0]);
      assert.equal(kept[/** @type {string} */ (keys[0])], CORRUPT, 'the copy holds the corrupt text as it was');

      // The app works from its defaults and saves again.
      assert.equal((await page.locator('h1').first().textContent())?.trim(), EN_TITLE);
      assert.equal(await rows(page).count(), 5, 'the default scenarios');
      await addScenario(page);
      // Saving waits until changes rest (300 ms), then writes the new work over the corrupt text.
      await eventually(async () => {
        const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
        assert.doesNotThrow(() => JSON.parse(saved ?? ''), 'new work is saved as JSON');
      });

      await banner.getByRole('button', { name: 'Dismiss' }).click();
      await banner.waitFor({ state: 'detached' });
      assert.deepEqual(consoleErrors.filter((e) => e.startsWith('pageerror')), [], 'no uncaught errors');
    },
  },
];
