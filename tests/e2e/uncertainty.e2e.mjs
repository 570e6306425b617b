// Uncertainty, end to end: a range typed into a field becomes a fan on the chart and percentile columns in
// the table; the stored seed reproduces them after a reload; a slider drag with the simulation on leaves
// the main thread free (the longest task is printed, not asserted at the margin).
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { downloadFrom, openMenu } from './exchange-helpers.mjs';

const VIDEO = 't2v-revenue-global';
const panel = (page) => page.getByTestId(`chart-panel-${VIDEO}`);

/** English, so the texts below read as written. */
async function openInEnglish(page, baseUrl) {
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.getByTestId('language').selectOption('en');
}

/** Duplicates the read-only base case (the duplicate is focused) and types a range into its growth-after field. */
async function rangeOnDuplicate(page) {
  await page.getByRole('button', { name: 'Duplicate: Report base case' }).click();
  const box = page.getByTestId(`field-${VIDEO}-rateAfter`).getByRole('textbox');
  await box.fill('40% to 70%');
  // Typed text is a draft until Enter commits it (issue 13).
  await box.press('Enter');
  return Date.now();
}

/** The P5 / P50 / P95 cells of the video table, year by year, as the page holds them (data-value). */
async function percentileCells(page) {
  return panel(page)
    .locator('td[data-p]')
    .evaluateAll((cells) => cells.map((c) => `${c.dataset.year}:P${c.dataset.p}=${c.dataset.value}`));
}

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = [
  {
    name: 'a range typed into a rate field draws a band and P5/P50/P95 columns; the same seed gives the same values after a reload',
    async fn({ page, baseUrl, assert, screenshotDir, consoleErrors }) {
      await openInEnglish(page, baseUrl);
      const typed = await rangeOnDuplicate(page);
      const field = page.getByTestId(`field-${VIDEO}-rateAfter`);
      await field.locator('.param__range').waitFor();
      const reading = await field.locator('.param__reading').textContent();
      assert.match(reading ?? '', /90% interval, lognormal on 1 \+ g; median 54\.3%/);
      assert.equal(await field.locator('.distribution-sketch').count(), 1, 'a distribution sketch beside the field');

      await panel(page).locator('[data-band] path').first().waitFor({ timeout: 5_000 });
      const firstBand = Date.now() - typed;
      console.log(`    # time to first band after typing the range: ${firstBand} ms`);
      assert.equal(await panel(page).locator('[data-band] path').count(), 3, 'a 90% band, a 50% band and a median');
      await panel(page).locator('td[data-p="95"]').first().waitFor({ timeout: 5_000 });
      const headers = await panel(page).locator('th[data-p]').allTextContents();
      assert.deepEqual(headers, ['P5', 'P50', 'P95']);
      const before = await percentileCells(page);
      assert.ok(before.length >= 3 * 5, `percentile cells: ${before.length}`);
      // P5 < P50 < P95 in the last year.
      const last = await panel(page)
        .locator('tbody tr:last-child td[data-p]')
        .evaluateAll((cells) => cells.map((c) => Number(c.dataset.value)));
      assert.ok(last[0] < last[1] && last[1] < last[2], `P5 < P50 < P95: ${last}`);
      await panel(page).screenshot({ path: path.join(screenshotDir, 'uncertainty-band.png') });

      // The PowerPoint of every chart, asked for from another chart's menu (the market's), draws the video chart's fan
      // too, as the page shows it (found by use: only the chart whose menu was used had its fan).
      const deck = await downloadFrom(page, (await openMenu(page, 't2i-market-cn')).getByTestId('export-pptx'));
      const charts = Object.entries(unzipSync(new Uint8Array(deck.bytes)))
        .filter(([name]) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
        .map(([, bytes]) => strFromU8(bytes));
      const fanned = charts.filter((xml) => xml.includes('Simulated 90% range'));
      assert.equal(fanned.length, 1, 'one chart has a fan: the video chart, whose scenario in focus has a range');
      assert.ok(fanned[0]?.includes('2.219B'), 'the fan is on the video chart (its figure 2.219B)');

      await page.reload({ waitUntil: 'load' });
      await panel(page).locator('td[data-p="95"]').first().waitFor({ timeout: 5_000 });
      assert.deepEqual(await percentileCells(page), before, 'the stored seed reproduces every percentile');
      assert.deepEqual(consoleErrors, []);
    },
  },
  {
    name: 'dragging a slider with the simulation on leaves the main thread free (longest task printed)',
    async fn({ page, baseUrl, assert, consoleErrors }) {
      await openInEnglish(page, baseUrl);
      await rangeOnDuplicate(page);
      await panel(page).locator('[data-band] path').first().waitFor({ timeout: 5_000 });
      await page.waitForTimeout(300);
      const slider = page.getByTestId(`field-${VIDEO}-rateBefore`).locator('input[type="range"]');
      const result = await slider.evaluate(async (input) => {
        const tasks = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
        observer.observe({ type: 'longtask', buffered: false });
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const start = Number(input.value);
        const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
        const t0 = performance.now();
        for (let i = 1; i <= 30; i++) {
          setValue.call(input, String(start + i * 0.5));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await wait(16);
        }
        const dragMs = performance.now() - t0;
        // Let the last simulation arrive and draw: its reply and render count as part of the drag.
        await wait(1000);
        observer.disconnect();
        return { tasks, dragMs };
      });
      const longest = result.tasks.length ? Math.max(...result.tasks) : 0;
      console.log(
        `    # slider drag: 30 input events over ${Math.round(result.dragMs)} ms; long tasks: ${result.tasks.length}` +
          ` [${result.tasks.map((d) => Math.round(d)).join(', ')}] ms; longest: ${Math.round(longest)} ms${longest > 50 ? '  <-- ABOVE 50 ms' : ''}`,
      );
      // The band follows the drag: the last value's simulation is the one shown.
      await panel(page).locator('[data-testid^="simulation-status"][data-pending="false"]').waitFor({ timeout: 5_000 });
      assert.equal(await panel(page).locator('[data-band] path').count(), 3);
      // A marginal number above 50 ms is reported, not failed; a blocked thread (a simulation on it) is.
      assert.ok(longest < 250, `longest main-thread task while dragging: ${Math.round(longest)} ms`);
      assert.deepEqual(consoleErrors, []);
    },
  },
];
