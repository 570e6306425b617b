// Share links and embeds: a link opened in another browser profile shows the same chart beside that
// profile's own work; an embed on another origin shows the chart alone and leaves saved work alone.
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { STORAGE_KEY, T2V, comparedNames, eventually, expectNotice, openApp, openMenu, scenarioNames, tableValues } from './exchange-helpers.mjs';

/** Serves one HTML page on 127.0.0.1 at a port of its own: another origin than the app's. @param {string} html */
async function hostPage(html) {
  const server = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => (server.closeAllConnections?.(), server.close(() => resolve(undefined)))),
  };
}

/** A link made in the app: a scenario of one's own beside the defaults, years to 2035 on a log scale. @param {import('playwright-core').Page} page @param {string} baseUrl */
async function makeLink(page, baseUrl, kind = 'share') {
  await openApp(page, baseUrl, 'zh');
  await page.getByTestId('year-to').selectOption('2035');
  await page.locator('.segmented label', { hasText: '对数' }).click();
  await page.getByTestId('new-scenario').click();
  const menu = await openMenu(page, T2V);
  await menu.getByTestId(kind === 'share' ? 'share-link' : 'embed').click();
  return menu;
}

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = [
  {
    name: 'a share link opened in a fresh profile shows the same chart beside that profile’s own scenarios, once',
    async fn({ page, baseUrl }) {
      const menu = await makeLink(page, baseUrl);
      const url = await menu.getByTestId('share-url').inputValue();
      assert.ok(url.startsWith(`${baseUrl}#s1.`), url);
      const sent = await tableValues(page, T2V);
      const sentNames = await comparedNames(page);
      assert.equal(sentNames.length, 6);

      const fresh = await launchBrowser({ locale: 'en-US' });
      try {
        const other = await fresh.context.newPage();
        await other.goto(baseUrl);
        await other.getByTestId('new-scenario').click();
        const own = await scenarioNames(other);
        assert.ok(own.includes('My scenario'));
        await other.goto('about:blank');
        await other.goto(url);
        await expectNotice(other, '已在您自己的情景旁打开6个分享的情景。'); // in the sender’s language, which the link applied
        assert.equal(new URL(other.url()).hash, '', 'the fragment is dropped once opened');

        const names = await scenarioNames(other);
        assert.deepEqual(names.slice(0, own.length), own, 'the profile’s own scenarios are kept, in place');
        assert.deepEqual(names.slice(own.length).map((n) => n.replace(/ \(\d+\)$/, '')), sentNames);
        assert.deepEqual(await comparedNames(other), names.slice(own.length), 'exactly the shared scenarios are compared');
        assert.equal(await other.getByTestId('year-to').inputValue(), '2035');
        assert.ok(await other.getByLabel('对数').isChecked());
        const received = await eventually(async () => {
          const t = await tableValues(other, T2V);
          assert.equal(t.years.at(-1), 2035);
          return t;
        });
        assert.deepEqual(received.years, sent.years);
        assert.deepEqual(received.values, sent.values, 'the same values, year by year');

        await other.reload();
        await other.locator('h1').waitFor();
        assert.deepEqual(await scenarioNames(other), names, 'a reload does not add them again');
      } finally {
        await fresh.close();
      }
    },
  },
  {
    name: 'a damaged link changes nothing and says why',
    async fn({ page, baseUrl }) {
      await openApp(page, baseUrl, 'en');
      const before = await scenarioNames(page);
      await page.goto('about:blank');
      await page.goto(`${baseUrl}#s1.AAAAAAAAAAAA`);
      await expectNotice(page, /^The shared link could not be opened; nothing was changed\. /);
      assert.deepEqual(await scenarioNames(page), before);
      assert.ok(page.url().endsWith('#s1.AAAAAAAAAAAA'), 'a refused link stays in the address bar, to be looked at');

      // Pasted into the address bar of the open tab: a same-page navigation, heard as a hashchange.
      await page.getByTestId('exchange-error').getByRole('button').click();
      await page.evaluate(() => (window.location.hash = 's2.AAAA'));
      await expectNotice(page, /^The shared link could not be opened; nothing was changed\. The data was made by a newer version/);
      assert.deepEqual(await scenarioNames(page), before);
    },
  },
  {
    name: 'an embed on another origin draws the chart alone and leaves the saved work untouched',
    async fn({ page, baseUrl, screenshotDir }) {
      const menu = await makeLink(page, baseUrl, 'embed');
      const panel = menu.getByTestId('embed-panel');
      await panel.getByLabel('800×450').check();
      const code = await panel.getByTestId('embed-code').inputValue();
      assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#embed=t2v-revenue-global&amp;s1\.[\w-]+" width="800" height="450" style="border:0" loading="lazy" title="[^"<>]+"><\/iframe>$/);
      await panel.getByLabel('100%×480').check();
      assert.match(await panel.getByTestId('embed-code').inputValue(), / width="100%" height="480" /);
      const compared = await comparedNames(page);
      const sent = await tableValues(page, T2V);
      // Saving waits until changes rest (300 ms): let the last write land before taking the reference copy.
      await page.waitForTimeout(600);
      const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
      assert.ok(saved, 'the app has saved work');

      const host = await hostPage(`<!doctype html><meta charset="utf-8"><title>host</title><h1>Someone else’s page</h1>${code}`);
      const visitor = await page.context().newPage();
      try {
        await visitor.goto(host.url);
        const frame = visitor.frameLocator('iframe');
        await frame.locator('[data-testid=embed-chart] svg .chart-line path').first().waitFor();
        const chart = await frame.locator('[data-testid=embed-chart] svg').evaluate((svg) => ({
          lines: svg.querySelectorAll('.chart-line').length,
          legend: [...svg.querySelectorAll('.chart-legend__item text')].map((t) => t.textContent),
          title: svg.querySelector('.chart-title')?.textContent,
          source: svg.querySelector('.chart-source')?.textContent ?? '',
          years: [...svg.querySelectorAll('.chart-x-tick')].map((t) => Number(t.textContent)),
          width: Number(svg.getAttribute('width')),
          frameWidth: window.innerWidth,
        }));
        assert.ok(chart.lines > 0);
        assert.equal(chart.title, '全球文生视频大模型收入');
        assert.match(chart.source, /^资料来源：万联证券研究所/);
        assert.equal(Math.max(...chart.years), 2035, 'the shared view');
        assert.ok(chart.legend.some((name) => name?.startsWith(compared[0] ?? '-')), 'the shared scenarios');
        assert.ok(chart.legend.every((name) => !/ \(\d+\)/.test(name ?? '')), 'under the sender’s names, not renamed beside defaults');
        await visitor.screenshot({ path: path.join(screenshotDir, 'embed-on-host.png') });
        assert.equal(chart.width, chart.frameWidth, 'the chart fills its frame');
        assert.equal(await frame.locator('.app, .toolbar, [data-testid=export-menu-t2v-revenue-global]').count(), 0, 'no controls');

        const link = frame.getByTestId('open-full');
        assert.equal(await link.getAttribute('target'), '_blank');
        assert.equal(await link.getAttribute('rel'), 'noopener');
        const full = (await link.getAttribute('href')) ?? '';
        assert.ok(full.startsWith(`${baseUrl}#s1.`) && !full.includes('embed='), full);

        assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), saved, 'the embed wrote nothing');
        const [opened] = await Promise.all([visitor.context().waitForEvent('page'), link.click()]);
        await opened.locator('h1').waitFor();
        await opened.getByTestId(`chart-panel-${T2V}`).waitFor();
        const received = await eventually(async () => {
          const t = await tableValues(opened, T2V);
          assert.equal(t.years.at(-1), 2035);
          return t;
        });
        assert.deepEqual(received.values, sent.values, 'the full calculator opens the same state');
        await opened.close();
      } finally {
        await visitor.close();
        await host.close();
      }
    },
  },
];
