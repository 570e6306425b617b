// The round trips of an export back in: JSON through the file picker, PNG dropped on the page.
import assert from 'node:assert/strict';
import { T2V, answerPreview, comparedNames, downloadFrom, eventually, expectNotice, openApp, openMenu, scenarioNames, tableValues } from './exchange-helpers.mjs';

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = [
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
      await page.getByRole('button', { name: `删除：${mine}` }).click();
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
