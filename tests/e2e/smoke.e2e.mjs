import path from 'node:path';

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = [
  {
    name: 'built app renders a heading without console errors',
    async fn({ page, baseUrl, assert, screenshotDir, consoleErrors }) {
      const response = await page.goto(baseUrl, { waitUntil: 'load' });
      assert.ok(response?.ok(), `GET ${baseUrl} -> ${response?.status()}`);

      const h1 = page.locator('h1').first();
      await h1.waitFor({ state: 'visible' });
      const text = (await h1.textContent())?.trim() ?? '';
      assert.notEqual(text, '', '<h1> must not be empty');

      await page.screenshot({ path: path.join(screenshotDir, 'smoke.png'), fullPage: true });
      assert.deepEqual(consoleErrors, [], 'no console errors while loading the app');
    },
  },
];
