// Share links and embeds: a link opened in another browser profile shows the same chart beside that
// profile's own work; an embed on another origin shows the chart alone and leaves saved work alone.
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { axeViolations } from './axe.mjs';
import { launchBrowser } from './browser.mjs';
import { STORAGE_KEY, T2V, answerPreview, comparedNames, eventually, expectNotice, openApp, openMenu, scenarioNames, tableValues } from './exchange-helpers.mjs';

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
  // A new scenario starts as a copy of the base: one change makes it one the receiver does not have.
  await page.getByTestId(`field-${T2V}-rateAfter`).getByRole('textbox').fill('55%');
  await page.getByTestId(`field-${T2V}-rateAfter`).getByRole('textbox').press('Enter');
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
      assert.ok(url.startsWith(`${baseUrl}#s2.`), url);
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
        // Shown first, in the reader's language; nothing added until Add.
        const preview = other.getByRole('dialog', { name: 'Open this shared link?' });
        await preview.waitFor();
        assert.match((await preview.getByTestId('import-preview-summary').textContent()) ?? '', /^It holds 6 scenarios: 1 new, 5 you already have\./);
        assert.deepEqual(await scenarioNames(other), own, 'nothing is added before Add');
        await preview.getByRole('button', { name: 'Add 1 scenario' }).click();
        await expectNotice(other, '已在您自己的情景旁打开1个分享的情景。另有5个是您已有的情景，未重复添加。'); // in the sender’s language, which the link applied
        assert.equal(new URL(other.url()).hash, '', 'the fragment is dropped once opened');

        const names = await scenarioNames(other);
        assert.equal(names.length, own.length + 1, 'the base and the four readings the reader has are not copied');
        assert.equal(names.at(-1), sentNames.at(-1));
        // The link's five first-visit scenarios are the reader's own five (not copied, above), named now in the link's
        // language as a switch of language names them: the sender's names, not English ones on a Chinese page.
        assert.deepEqual(await comparedNames(other), sentNames, 'exactly the shared scenarios are compared (the reader’s own for the five they had)');
        assert.deepEqual(sentNames.slice(0, 5), ['报告基准', '网民：区间下限', '网民：区间上限', '文生视频：信基数与增速', '文生视频：信终值与增速']);
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
    name: 'a share link opened over existing work shows a preview first and adds no duplicates, keeping colours apart',
    async fn({ page, baseUrl }) {
      const menu = await makeLink(page, baseUrl);
      const url = await menu.getByTestId('share-url').inputValue();

      const fresh = await launchBrowser({ locale: 'en-US' });
      try {
        const other = await fresh.context.newPage();
        await other.goto(baseUrl);
        await other.getByTestId('new-scenario').click();
        await other.getByTestId(`field-${T2V}-rateAfter`).getByRole('textbox').fill('33%');
        await other.getByTestId(`field-${T2V}-rateAfter`).getByRole('textbox').press('Enter');
        const own = await scenarioNames(other);
        // The saved document (zustand's persist wraps it as { state, version }).
        const saved = () =>
          other.evaluate((key) => {
            const value = JSON.parse(localStorage.getItem(key) ?? 'null');
            return value?.state?.doc ?? value?.doc;
          }, STORAGE_KEY);
        const ownSaved = await eventually(async () => {
          const doc = await saved();
          assert.equal(doc?.scenarios?.length, own.length);
          // The typed rate is written after the new scenario (the storage waits 300 ms for more): the
          // snapshot is the work once both are in, or the rate's own write would look like a change.
          assert.equal(doc.scenarios.at(-1)?.models?.[T2V]?.rateAfter, '0.33');
          return doc;
        });

        // Cancel adds nothing, and keeps the link, to be looked at again.
        await other.goto('about:blank');
        await other.goto(url);
        await other.getByTestId('import-preview').waitFor();
        assert.deepEqual(await axeViolations(other), [], 'axe-core finds nothing wrong with the preview');
        await answerPreview(other, /^It holds 6 scenarios: 1 new, 5 you already have\./, 'Cancel');
        assert.deepEqual(await scenarioNames(other), own);
        assert.notEqual(new URL(other.url()).hash, '');
        assert.deepEqual((await saved()).scenarios, ownSaved.scenarios, 'the saved work is untouched');

        // Add: only the one new scenario; the base is not copied; no two scenarios share a colour (and marker).
        await other.reload();
        await answerPreview(other, /^It holds 6 scenarios: 1 new, 5 you already have\./, 'Add 1 scenario');
        const names = await scenarioNames(other);
        assert.equal(names.length, own.length + 1);
        assert.equal(names.filter((n) => /\(\d+\)$/.test(n)).length, 0, 'no "(2)" copies');
        const doc = await eventually(async () => {
          const d = await saved();
          assert.equal(d.scenarios.length, own.length + 1);
          return d;
        });
        assert.equal(doc.scenarios.filter((/** @type {{ readOnly: boolean }} */ s) => s.readOnly).length, 1, 'one read-only base');
        const colours = doc.scenarios.map((/** @type {{ colorIndex: number }} */ s) => s.colorIndex);
        assert.equal(new Set(colours).size, colours.length, `distinct colours: ${colours}`);

        // The same link again: nothing new.
        await other.goto('about:blank');
        await other.goto(url);
        await answerPreview(other, /^其中有6个情景：0个是新的，6个您已经有了。/, '显示这些情景（无需添加）');
        assert.equal((await scenarioNames(other)).length, own.length + 1);
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
      await page.evaluate(() => (window.location.hash = 's3.AAAA'));
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
      assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#embed=t2v-revenue-global&amp;s2\.[\w-]+" width="800" height="450" style="border:0" loading="lazy" title="[^"<>]+"><\/iframe>$/);
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
        // The sender's scenario is said to be theirs, with its assumption, as in every export (found by use: the embed
        // had the report's source line alone), and drawn in the colour it has on the sender's page.
        const footnote = await frame.locator('[data-testid=embed-chart] svg .chart-footnote').textContent();
        assert.match(footnote ?? '', /我的情景：[^]*2030年后年增\+55%[^]*见完整计算器。/, `the footnote names the scenario's 55%: ${footnote}`);
        const colours = async (/** @type {any} */ root) =>
          root.locator('svg .chart-line path').evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke')).filter(Boolean).sort());
        assert.deepEqual(await colours(frame.locator('[data-testid=embed-chart]')), await colours(page.getByTestId(`chart-panel-${T2V}`)));
        assert.match(chart.source, /^资料来源：万联证券研究所/);
        assert.equal(Math.max(...chart.years), 2035, 'the shared view');
        assert.ok(chart.legend.some((name) => name?.startsWith(compared[0] ?? '-')), 'the shared scenarios');
        assert.ok(chart.legend.every((name) => !/ \(\d+\)/.test(name ?? '')), 'under the sender’s names, not renamed beside defaults');
        await visitor.screenshot({ path: path.join(screenshotDir, 'embed-on-host.png') });
        assert.equal(chart.width, chart.frameWidth, 'the chart fills its frame');
        assert.equal(await frame.locator('.app, .toolbar, [data-testid=export-menu-t2v-revenue-global]').count(), 0, 'no controls');
        // A frame as small as a slide's thumbnail (320×180): the chart keeps its title, lines and figures and drops the
        // key, the legend and the stated rate's dotted line with its words, which took the plot's room and were written
        // over it (found by use).
        assert.ok((await frame.locator('[data-testid=embed-chart] svg .chart-key').count()) > 0, 'the key at 480 px high');
        await visitor.locator('iframe').evaluate((f) => {
          f.setAttribute('width', '320');
          f.setAttribute('height', '180');
        });
        await eventually(async () => assert.equal(await frame.locator('[data-testid=embed-chart] svg').getAttribute('height'), '160'));
        const small = await frame.locator('[data-testid=embed-chart] svg').evaluate((svg) => ({
          key: svg.querySelectorAll('.chart-key').length,
          legend: svg.querySelectorAll('.chart-legend__item').length,
          guides: svg.querySelectorAll('.chart-guide').length,
          lines: svg.querySelectorAll('.chart-line').length,
          title: svg.querySelector('.chart-title')?.textContent,
        }));
        assert.deepEqual(small, { key: 0, legend: 0, guides: 0, lines: chart.lines, title: chart.title });
        await visitor.screenshot({ path: path.join(screenshotDir, 'embed-small.png') });
        await visitor.locator('iframe').evaluate((f) => {
          f.setAttribute('width', '100%');
          f.setAttribute('height', '480');
        });

        const link = frame.getByTestId('open-full');
        assert.equal(await link.getAttribute('target'), '_blank');
        assert.equal(await link.getAttribute('rel'), 'noopener');
        const full = (await link.getAttribute('href')) ?? '';
        assert.ok(full.startsWith(`${baseUrl}#s2.`) && !full.includes('embed='), full);

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
