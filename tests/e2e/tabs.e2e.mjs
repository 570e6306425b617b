import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Issue 15: two tabs on the same saved work each see the other's edits, and neither undoes the other's.

/** Retries `check` until it passes or 10 s have gone (a tab hears another's write after its 300 ms save delay). */
async function eventually(check, timeoutMs = 10_000) {
  const start = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const rowSelector = '[data-testid="scenario-row"]';
const names = (page) => page.$$eval(`${rowSelector} .scenario__name`, (els) => els.map((e) => (e.firstChild?.textContent ?? '').trim()));
const rowIds = (page) => page.$$eval(rowSelector, (els) => els.map((e) => e.getAttribute('data-scenario-id') ?? ''));

async function open(page, baseUrl) {
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.locator(rowSelector).first().waitFor();
}

/** Adds a scenario with the new-scenario button and renames it; returns its id. */
async function addNamed(page, name) {
  const before = await rowIds(page);
  await page.getByTestId('new-scenario').click();
  const id = await eventually(async () => {
    const added = (await rowIds(page)).filter((x) => !before.includes(x));
    if (added.length !== 1) throw new Error(`expected one new row, got ${added.length}`);
    return added[0];
  });
  await rename(page, id, name);
  return id;
}

async function rename(page, id, name) {
  const row = page.locator(`${rowSelector}[data-scenario-id="${id}"]`);
  await row.getByRole('button', { name: /^(Rename|重命名)/ }).click();
  const input = row.getByRole('textbox');
  await input.fill(name);
  await input.press('Enter');
}

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = [
  {
    name: 'two tabs edit in turn (create, rename): each sees the other, and a third tab opened after shows both edits',
    async fn({ page, context, baseUrl, assert, screenshotDir, consoleErrors }) {
      const a = page;
      await open(a, baseUrl);
      const b = await context.newPage();
      try {
        await open(b, baseUrl);
        const fromA = await addNamed(a, 'Made in tab A');
        await eventually(async () => assert.ok((await names(b)).includes('Made in tab A'), 'B sees A\'s new scenario'));
        await addNamed(b, 'Made in tab B');
        await eventually(async () => assert.ok((await names(a)).includes('Made in tab B'), 'A sees B\'s new scenario'));
        await rename(a, fromA, 'Renamed in tab A');
        await eventually(async () => assert.ok((await names(b)).includes('Renamed in tab A'), 'B sees A\'s rename'));
        // Neither tab lost the other's scenario along the way.
        for (const tab of [a, b]) {
          const shown = await names(tab);
          assert.ok(shown.includes('Made in tab B') && shown.includes('Renamed in tab A'), `both edits in ${JSON.stringify(shown)}`);
        }
        // Written once the last change rests; then a third tab opens on what was saved.
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const c = await context.newPage();
        try {
          await open(c, baseUrl);
          const shown = await names(c);
          assert.ok(shown.includes('Made in tab B'), `B's scenario in the third tab: ${JSON.stringify(shown)}`);
          assert.ok(shown.includes('Renamed in tab A'), `A's rename in the third tab: ${JSON.stringify(shown)}`);
          assert.ok(!shown.includes('Made in tab A'), 'the old name is gone');
          await c.screenshot({ path: path.join(screenshotDir, 'tabs-third.png') });
        } finally {
          await c.close();
        }
        assert.deepEqual(consoleErrors, []);
      } finally {
        await b.close();
      }
    },
  },
  {
    name: 'undo in one tab takes back its own edit and keeps the scenario another tab made since, in both tabs and after a reload',
    async fn({ page, context, baseUrl, assert, consoleErrors }) {
      // Found by use: A's Ctrl+Z put back A's whole doc from before its edit, deleting B's scenario in both tabs.
      const a = page;
      await open(a, baseUrl);
      const b = await context.newPage();
      try {
        await open(b, baseUrl);
        await addNamed(a, 'Made in tab A');
        const rate = a.getByTestId('field-t2v-revenue-global-rateAfter').getByRole('textbox');
        await rate.fill('40%');
        await rate.press('Enter');
        await eventually(async () => assert.ok((await names(b)).includes('Made in tab A'), 'B sees A\'s scenario'));
        await addNamed(b, 'Made in tab B');
        await eventually(async () => assert.ok((await names(a)).includes('Made in tab B'), 'A sees B\'s scenario'));
        await a.bringToFront();
        await a.getByTestId('undo').click();
        await eventually(async () => assert.equal(await rate.inputValue(), '56.6%', 'A\'s 40% taken back'));
        for (const tab of [a, b]) await eventually(async () => assert.ok((await names(tab)).includes('Made in tab B'), `B's scenario kept: ${JSON.stringify(await names(tab))}`));
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await b.reload({ waitUntil: 'load' });
        await b.locator(rowSelector).first().waitFor();
        await eventually(async () => assert.ok((await names(b)).includes('Made in tab B'), 'and after a reload'));
        assert.deepEqual(consoleErrors, []);
      } finally {
        await b.close();
      }
    },
  },
  {
    name: 'what another tab could not keep, kept aside by a page closed before its download, is offered again by the next page: the same file, then let go',
    async fn({ page, baseUrl, assert, consoleErrors }) {
      // A scenario file the import button reads (fixtures/formats/v2), as an earlier page kept it aside.
      const file = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/formats/v2/scenarios.json'), 'utf8');
      await open(page, baseUrl);
      await addNamed(page, 'Saved work');
      const key = 'genai-forecast:not-kept:2026-12-01T09:00:00.000Z';
      await page.evaluate(([k, f]) => localStorage.setItem(k, JSON.stringify({ scenarios: ['Tenth from A'], series: [], file: f })), [key, file]);
      await page.reload({ waitUntil: 'load' });
      const banner = page.getByTestId('tab-kept');
      await banner.waitFor();
      assert.match((await banner.textContent()) ?? '', /the scenario “Tenth from A”/);
      const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Download what was not kept' }).click()]);
      assert.equal(download.suggestedFilename(), 'forecast-not-kept.json');
      assert.equal(fs.readFileSync(/** @type {string} */ (await download.path()), 'utf8'), file, 'the file as it was kept');
      await eventually(async () => assert.equal(await page.evaluate((k) => localStorage.getItem(k), key), null, 'downloaded: no longer kept aside'));
      await banner.getByRole('button', { name: 'Dismiss' }).click();
      await page.reload({ waitUntil: 'load' });
      await page.locator(rowSelector).first().waitFor();
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      assert.equal(await page.getByTestId('tab-kept').count(), 0, 'not offered again');
      assert.deepEqual(consoleErrors, []);
    },
  },
  {
    name: 'a Chinese tab open while an English one opens keeps the ready-made scenarios’ Chinese names, through a reload',
    async fn({ page, context, baseUrl, assert, consoleErrors }) {
      // Found by use: the Chinese page then listed "Report base case", "Users: low end of range" among its Chinese words.
      const zh = page;
      await open(zh, new URL('zh/', baseUrl).href);
      await addNamed(zh, '我的情景');
      const en = await context.newPage();
      await open(en, new URL('en/', baseUrl).href);
      await en.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      await eventually(async () => assert.deepEqual((await names(en)).slice(0, 2), ['Report base case', 'Users: low end of range']));
      await addNamed(en, 'Made in English');
      await eventually(async () => assert.ok((await names(zh)).includes('Made in English'), 'the Chinese tab heard the English one'));
      await en.close();
      // The zh names of presets.ts, written out here by hand.
      const given = ['报告基准', '网民：区间下限', '网民：区间上限', '文生视频：信基数与增速', '文生视频：信终值与增速'];
      assert.deepEqual((await names(zh)).slice(0, 5), given);
      await zh.reload({ waitUntil: 'load' });
      await zh.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      assert.deepEqual(await names(zh), [...given, '我的情景', 'Made in English']);
      assert.deepEqual(consoleErrors, []);
    },
  },
];
