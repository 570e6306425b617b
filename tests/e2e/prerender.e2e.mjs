// The pages drawn at build time (issue 18, src/prerender-pages.mjs): what a reader sees before any script
// runs, and the page's hydration in Chromium: no mismatch, no part drawn again from scratch, the
// visitor's saved work after, a slider that answers.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser } from './browser.mjs';
import { eventually, STORAGE_KEY } from './exchange-helpers.mjs';

const PAGES = [
  { path: '', lang: 'zh', title: '生成式 AI 与传媒：预测计算器' },
  { path: 'zh/', lang: 'zh', title: '生成式 AI 与传媒：预测计算器' },
  { path: 'en/', lang: 'en', title: 'GenAI in media: forecast calculator' },
];
// What React logs when the page and its first render differ, or a part is drawn again on the client
// (production builds log the error's number: 418 hydration mismatch, 423/425 text or boundary redrawn).
const HYDRATION_TROUBLE = /hydrat|mismatch|did not match|recoverable|Minified React error #(418|419|421|422|423|425)/i;

/**
 * Every console message and page error of `page`, as it happens.
 * @param {import('playwright-core').Page} page
 */
function allMessages(page) {
  /** @type {string[]} */
  const messages = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

/** Waits until the page is hydrated with the visitor's saved work in (main.tsx marks it). @param {import('playwright-core').Page} page */
const ready = (page) => page.waitForSelector('html[data-ready="true"]', { state: 'attached' });

/**
 * Runs `visit` on a page of a fresh profile (nothing saved, nothing cached) whose browser speaks `lang`,
 * so the app's folder keeps a Chinese visitor and sends an English one on to en/.
 * @param {'zh' | 'en'} lang @param {(page: import('playwright-core').Page) => Promise<void>} visit
 */
async function firstVisit(lang, visit) {
  const fresh = await launchBrowser({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
  try {
    await visit(await fresh.context.newPage());
  } finally {
    await fresh.close();
  }
}

/** Holds back what `page` asks for at `url` by `ms`, as a slow link would. @param {import('playwright-core').Page} page @param {RegExp} url @param {number} ms */
const delay = (page, url, ms) =>
  page.route(url, async (route) => {
    await new Promise((done) => setTimeout(done, ms));
    await route.continue();
  });

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = [
  {
    name: 'each page holds the three charts as SVG, the tables and the audit with no script at all',
    async fn({ baseUrl, assert }) {
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
      try {
        const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        for (const { path, lang, title } of PAGES) {
          await page.goto(baseUrl + path, { waitUntil: 'load' });
          assert.equal(await page.title(), title, path);
          await page.waitForTimeout(300);
          assert.equal(await page.getAttribute('html', 'data-ready'), null, 'no script ran (main.tsx marks the page once it has)');
          assert.equal(await page.getAttribute('html', 'lang'), lang === 'zh' ? 'zh-CN' : 'en');
          assert.equal(await page.locator('svg.projection-chart').count(), 3, `${path}: three charts`);
          for (const chart of await page.locator('svg.projection-chart').all()) assert.ok(((await chart.boundingBox())?.height ?? 0) > 100, 'a chart is drawn');
          assert.ok((await page.locator('table').count()) >= 3, `${path}: the tables`);
          await page.locator('.panel.audit h2').waitFor({ state: 'visible' });
          const figures = await page.locator('svg.projection-chart text').allTextContents();
          // The report's figures (/work/shared/report/figures.md): 百亿 = 10B at most; 720万美元 ≈ 7.2M; 22.19亿美元 = 2.219B.
          for (const figure of lang === 'zh' ? ['≤100亿', '≈720万', '22.19亿'] : ['≤10B', '≈7.2M', '2.219B']) assert.ok(figures.includes(figure), `${path}: ${figure} in ${figures.join(' | ')}`);
        }
        await context.close();
      } finally {
        await browser.close();
      }
    },
  },
  {
    name: 'each language page hydrates without a mismatch logged and a slider moves a value',
    async fn({ page, baseUrl, assert }) {
      const messages = allMessages(page);
      for (const { path, title } of PAGES.slice(1)) {
        messages.length = 0;
        await page.goto(baseUrl + path, { waitUntil: 'load' });
        await ready(page);
        // The lazy audit is hydrated too (its chunk arrives after the first paint): nothing logged meanwhile.
        await page.waitForLoadState('networkidle');
        assert.equal(await page.title(), title);
        assert.deepEqual(messages.filter((m) => HYDRATION_TROUBLE.test(m) || m.startsWith('error') || m.startsWith('pageerror')), [], path);
        assert.equal(await page.locator('svg.projection-chart').count(), 3);
        // A slider of an editable scenario answers: its text box shows the moved value.
        await page.locator('[data-scenario-id="preset-users-low"] .scenario__name').click();
        const field = page.getByTestId('field-t2i-users-cn-rateAfter');
        const before = await field.locator('input[type="text"]').inputValue();
        await field.locator('input[type="range"]').focus();
        await page.keyboard.press('ArrowRight');
        await eventually(async () => assert.notEqual(await field.locator('input[type="text"]').inputValue(), before, `${path}: the slider moved the value`));
        assert.deepEqual(messages.filter((m) => HYDRATION_TROUBLE.test(m)), [], path);
      }
    },
  },
  {
    name: 'hydration takes the drawn charts as they stand: the SVG parsed from the page is the SVG on screen after, and it still follows a scenario',
    async fn({ baseUrl, assert }) {
      for (const { path, lang } of PAGES) {
        // A first visit, in the page's language.
        await firstVisit(lang, async (page) => {
          // Each chart's <svg> as the parser makes it, before any script of the page has run.
          await page.addInitScript(() => {
            const parsed = /** @type {Element[]} */ ([]);
            Object.defineProperty(window, '__parsedCharts', { value: parsed });
            new MutationObserver(() => {
              for (const svg of document.querySelectorAll('svg.projection-chart')) if (!parsed.includes(svg)) parsed.push(svg);
            }).observe(document, { childList: true, subtree: true });
          });
          await page.goto(baseUrl + path, { waitUntil: 'load' });
          await ready(page);
          await page.waitForLoadState('networkidle');
          const kept = await page.evaluate(() => /** @type {Element[]} */ (/** @type {any} */ (window).__parsedCharts).map((svg) => svg.isConnected));
          assert.deepEqual(kept, [true, true, true], `${path}: the three parsed charts are the ones on screen`);
          // Patched in place from then on: another scenario changes the users chart's line, not the chart.
          const line = page.locator('[data-testid="chart-panel-t2i-users-cn"] svg.projection-chart g.chart-line path').first();
          const before = await line.getAttribute('d');
          await page.locator('[data-scenario-id="preset-users-low"] .scenario__name').click();
          await eventually(async () => assert.notEqual(await line.getAttribute('d'), before, `${path}: the users line follows the scenario`));
          assert.equal(await page.evaluate(() => /** @type {any} */ (window).__parsedCharts[1].isConnected), true, `${path}: still the parsed chart`);
        });
      }
    },
  },
  {
    name: 'a cold load asks for no script it needs to hydrate that its page does not name in its head',
    async fn({ assert, baseUrl }) {
      // Asked for by the first script as it starts, the rest of the page hydrating without them: the audit's
      // and the tables' parts (main.tsx), with the chunks the tables share with the exports, which the preload
      // helper asks for beside them (spreadsheet-cells, figure-standing). Asked for on purpose once the page is
      // painted, and not needed to hydrate it: the slider's canvas (drag/use-preview-canvas.ts) and the offline
      // copy's registration.
      const LATER = /^\/assets\/(AuditPanel|ProjectionTable|spreadsheet-cells|figure-standing|preview-canvas|service-worker)-[\w-]+\.js$/;
      for (const { path, lang } of PAGES) {
        // A first visit: a fresh profile, nothing saved, nothing cached; a browser in the page's language,
        // so the app's folder keeps its visitor (and asks for the Chinese catalogue from its head script).
        await firstVisit(lang, async (page) => {
          await page.goto(baseUrl + path, { waitUntil: 'load' });
          await ready(page);
          const asked = await page.evaluate(() =>
            performance
              .getEntriesByType('resource')
              // Before the page marks itself the visitor's (main.tsx: at once after hydrating, on a first visit).
              .filter((entry) => entry.name.endsWith('.js') && entry.startTime < performance.getEntriesByName('ready')[0].startTime)
              .map((entry) => new URL(entry.name).pathname),
          );
          // The page as served (the preload helper adds links of its own to the live head later).
          const served = await (await page.request.get(page.url())).text();
          const head = served.slice(0, served.indexOf('</head>'));
          const named = [...head.matchAll(/<(?:script type="module"[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="([^"]+)"|\.href="([^"]+)"/g)].map((m) => new URL(m[1] ?? m[2], page.url()).pathname);
          assert.ok(named.some((script) => /\/assets\/(zh|en)-[\w-]+\.js$/.test(script)), `${path}: the head asks for the page's catalogue`);
          assert.ok(named.length >= 10 && named.every((script) => asked.includes(script)), `${path}: the head names the scripts (${named.length}), and they were asked for before the page was ready`);
          assert.deepEqual(asked.filter((script) => !named.includes(script) && !LATER.test(script)), [], `${path}: asked for a round trip late, after the page's own list`);
        });
      }
    },
  },
  {
    name: 'the app’s folder, sending an English visitor on to en/, starts nothing in the page it leaves',
    async fn({ baseUrl, assert }) {
      await firstVisit('en', async (page) => {
        // Every document this tab loads reports whether the app started in it, and at which address.
        /** @type {string[]} */
        const started = [];
        await page.exposeFunction('__started', (/** @type {string} */ where) => void started.push(where));
        await page.addInitScript(() => {
          new MutationObserver((_, observer) => {
            if (!document.documentElement.dataset.ready) return;
            observer.disconnect();
            /** @type {any} */ (window).__started(location.pathname);
          }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
        });
        // The scripts arrive at once and the next page only later: the page being left has every chance to start.
        await delay(page, /\/en\/$/, 800);
        await page.goto(baseUrl, { waitUntil: 'load' });
        await ready(page);
        assert.equal(new URL(page.url()).pathname, '/en/');
        await page.waitForTimeout(300);
        assert.deepEqual(started, ['/en/'], 'only en/ started the app');
        const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.state?.settings?.lang, STORAGE_KEY);
        assert.ok(saved === undefined || saved === 'en', `nothing Chinese was saved (${saved})`);
      });
    },
  },
  {
    name: 'on a first visit, a language chosen as soon as the page is ready stays chosen when the saved-work reader arrives',
    async fn({ baseUrl, assert }) {
      await firstVisit('en', async (page) => {
        // The saved-work reader (and the tab sync with it) arrives late, as on a slow link.
        await delay(page, /\/assets\/saved-state-[^/]+\.js$/, 1500);
        await page.goto(`${baseUrl}en/`, { waitUntil: 'load' });
        await ready(page);
        await page.getByTestId('language').selectOption('zh');
        await eventually(async () => assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN'));
        // Well after the reader is in: still Chinese, at the Chinese address.
        await page.waitForTimeout(2500);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
        assert.equal(await page.getByTestId('language').inputValue(), 'zh');
        assert.equal(new URL(page.url()).pathname, '/zh/');
      });
    },
  },
  {
    name: 'saved work shows once the page is hydrated, with nothing logged, and the language chosen moves the address',
    async fn({ page, baseUrl, assert }) {
      const messages = allMessages(page);
      await page.goto(`${baseUrl}en/`, { waitUntil: 'load' });
      await ready(page);
      const rows = page.getByTestId('scenario-row');
      const count = await rows.count();
      await page.getByTestId('new-scenario').click();
      await eventually(async () => assert.equal(await rows.count(), count + 1));
      // The new scenario itself saved (a first visit may save the report's default first).
      await eventually(async () => assert.match((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '', /"origin":"user"/));
      const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
      await page.reload({ waitUntil: 'load' });
      await ready(page);
      assert.equal(await rows.count(), count + 1, 'the saved scenario is there after the reload');
      assert.deepEqual(messages.filter((m) => HYDRATION_TROUBLE.test(m) || m.startsWith('error') || m.startsWith('pageerror')), []);
      // Nothing wrote the default over the saved work while the page hydrated.
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), saved);

      await page.getByTestId('language').selectOption('zh');
      await eventually(async () => assert.equal(new URL(page.url()).pathname, '/zh/'));
      await page.reload({ waitUntil: 'load' });
      await ready(page);
      assert.equal(await page.locator('h1').textContent(), '生成式 AI 与传媒：预测计算器');
      assert.equal(await rows.count(), count + 1);
      // The app's folder sends a visitor whose saved work is in English on to en/, fragment kept.
      await page.getByTestId('language').selectOption('en');
      await eventually(async () => assert.equal(new URL(page.url()).pathname, '/en/'));
      await eventually(async () => assert.match((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '', /"lang":"en"/));
      await page.goto(`${baseUrl}#x`, { waitUntil: 'load' });
      await ready(page);
      assert.equal(new URL(page.url()).pathname, '/en/');
      assert.equal(new URL(page.url()).hash, '#x');
    },
  },
  {
    name: 'the app’s folder moving to zh/ once hydrated keeps its icon and manifest where they are: nothing asked for under zh/ (found by use: a 404 on each visit)',
    async fn({ baseUrl, assert }) {
      await firstVisit('zh', async (page) => {
        /** @type {string[]} */
        const missing = [];
        page.on('response', (response) => response.status() >= 400 && missing.push(`${response.status()} ${new URL(response.url()).pathname}`));
        await page.goto(baseUrl, { waitUntil: 'load' });
        await ready(page);
        await eventually(async () => assert.equal(new URL(page.url()).pathname, '/zh/'));
        const links = await page.evaluate(() => [...document.querySelectorAll('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')].map((l) => new URL(/** @type {HTMLLinkElement} */ (l).href).pathname));
        assert.deepEqual(links, ['/icons/icon.svg', '/icons/icon-192.png', '/manifest.zh.webmanifest']);
        // Switched to English, the installed app's name follows: the English manifest.
        await page.getByTestId('language').selectOption('en');
        await eventually(async () => assert.equal(new URL(page.url()).pathname, '/en/'));
        assert.equal(await page.evaluate(() => new URL(/** @type {HTMLLinkElement} */ (document.querySelector('link[rel="manifest"]')).href).pathname), '/manifest.en.webmanifest');
        const icon = await page.evaluate(() => fetch(/** @type {HTMLLinkElement} */ (document.querySelector('link[rel="icon"]')).href).then((r) => r.status));
        assert.equal(icon, 200);
        assert.deepEqual(missing, []);
      });
    },
  },
  {
    name: 'between hydration and the saved work coming in, the page takes no input, so no edit is made to the default and then lost',
    async fn({ page, baseUrl, assert }) {
      await page.goto(`${baseUrl}en/`, { waitUntil: 'load' });
      const rows = page.getByTestId('scenario-row');
      const defaults = await rows.count();
      await page.getByTestId('new-scenario').click();
      // The new scenario itself saved (a first visit may save the report's default first).
      await eventually(async () => assert.match((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '', /"origin":"user"/));
      const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
      // The saved work's reader arrives late (a slow link): the page is hydrated, the saved work not yet in.
      await delay(page, /\/assets\/saved-state-[^/]+\.js$/, 1500);
      await page.mainFrame().goto(`${baseUrl}en/`, { waitUntil: 'load' }); // the frame's goto: not waiting for ready
      // React has taken the drawn page (its root is on the container): hydrated, or hydrating.
      await page.waitForFunction(() => Object.keys(/** @type {HTMLElement} */ (document.getElementById('root'))).some((key) => key.startsWith('__reactContainer')));
      assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), undefined, 'the saved work is not in yet');
      const button = await page.getByTestId('new-scenario').boundingBox();
      assert.ok(button);
      await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
      await page.waitForTimeout(300);
      assert.equal(await rows.count(), defaults, 'the click made nothing the saved work would then replace');
      assert.equal(await page.evaluate(() => /** @type {HTMLElement} */ (document.getElementById('root')).inert), true, 'the page takes no input yet');
      await ready(page);
      assert.equal(await page.evaluate(() => /** @type {HTMLElement} */ (document.getElementById('root')).inert), false);
      assert.equal(await rows.count(), defaults + 1, 'the saved scenario is there');
      await page.waitForTimeout(500);
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), saved, 'the saved work is as it was');
      await page.unroute(/\/assets\/saved-state-[^/]+\.js$/);
    },
  },
];
