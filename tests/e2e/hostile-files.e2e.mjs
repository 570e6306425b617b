// Hostile files at the import door, in the real browser: what froze or killed the page (issue 15) is
// refused at once, the page stays responsive, and the user's work is untouched.
import assert from 'node:assert/strict';
import { STORAGE_KEY, eventually, expectNotice, openApp, scenarioNames } from './exchange-helpers.mjs';

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = [
  {
    name: 'an SVG with an entity blow-up, dropped on the page, is refused at once: the page stays responsive and the work intact',
    async fn({ page, baseUrl }) {
      await openApp(page, baseUrl, 'en');
      await page.getByTestId('new-scenario').click();
      const before = await scenarioNames(page);
      const saved = await eventually(async () => {
        const text = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
        assert.ok(text?.includes('My scenario'));
        return text;
      });
      // Issue 15's file: one 100 KB entity referenced 40,000 times (220 KB on disk, 4 GB expanded), with the app's metadata id.
      const bomb = `<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY e "${'x'.repeat(100_000)}">]>\n<svg xmlns="http://www.w3.org/2000/svg"><metadata id="genai-forecast-data">${'&e;'.repeat(40_000)}</metadata></svg>`;
      assert.ok(bomb.length > 215_000 && bomb.length < 225_000);
      // A heartbeat every 50 ms: the longest gap between beats is how long the page was frozen.
      await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.__beat = { last: performance.now(), longest: 0 };
        w.__timer = setInterval(() => {
          const now = performance.now();
          w.__beat.longest = Math.max(w.__beat.longest, now - w.__beat.last);
          w.__beat.last = now;
        }, 50);
      });
      const transfer = await page.evaluateHandle((text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'bomb.svg', { type: 'image/svg+xml' }));
        return data;
      }, bomb);
      const start = Date.now();
      await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
      await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
      await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
      await expectNotice(page, /^Nothing was imported\. The SVG declares a DOCTYPE or an entity/);
      const took = Date.now() - start;
      await page.waitForTimeout(300); // a few more beats, so a freeze just after the notice would show too
      const longest = await page.evaluate(() => (clearInterval(/** @type {any} */ (window).__timer), /** @type {any} */ (window).__beat.longest));
      console.log(`    entity blow-up: refused in ${took} ms; longest pause of the page ${Math.round(longest)} ms`);
      assert.ok(took < 2000, `refused in ${took} ms`);
      assert.ok(longest < 2000, `the page paused ${Math.round(longest)} ms`);
      assert.equal(await page.getByTestId('import-preview').count(), 0, 'nothing offered to add');
      assert.deepEqual(await scenarioNames(page), before, 'the work is intact');
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), saved, 'the saved work is untouched');
    },
  },
];
