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
  {
    // Each language's words are a chunk of their own (src/ui/i18n): offline, or a page cached from
    // before a new version whose chunks are gone, must not leave the page blank.
    name: 'with neither language chunk to be had, the page says so in both languages instead of staying blank',
    async fn({ page, baseUrl, assert }) {
      await page.route(/\/assets\/(en|zh)-[^/]*\.js$/, (route) => route.abort());
      await page.goto(baseUrl, { waitUntil: 'load' });
      const message = page.locator('.load-error');
      await message.waitFor({ state: 'visible' });
      const text = (await message.textContent()) ?? '';
      assert.match(text, /页面的文字未能加载/);
      assert.match(text, /could not be loaded: please reload the page/);
      assert.equal(await page.locator('h1').count(), 0);
    },
  },
  {
    name: 'a language whose chunk cannot be loaded is not switched to, and the page says why',
    async fn({ page, baseUrl, assert }) {
      let asked = 0;
      await page.route(/\/assets\/zh-[^/]*\.js$/, (route) => {
        asked++;
        return route.abort();
      });
      await page.goto(baseUrl, { waitUntil: 'load' });
      const h1 = page.locator('h1');
      await h1.waitFor({ state: 'visible' });
      const english = (await h1.textContent()) ?? '';
      assert.match(english, /forecast calculator/);
      await page.getByTestId('language').selectOption('zh');
      const notice = page.getByTestId('exchange-error');
      await notice.waitFor({ state: 'visible' });
      assert.match((await notice.textContent()) ?? '', /The other language could not be loaded/);
      assert.equal(await h1.textContent(), english);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await page.getByTestId('language').inputValue(), 'en');
      // Asked for when idle and when chosen, not again on every render after.
      await page.getByTestId('theme').click();
      await page.getByTestId('theme').click();
      assert.ok(asked <= 2, `the Chinese chunk was requested ${asked} times`);
    },
  },
];
