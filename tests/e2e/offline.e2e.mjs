// Offline and installable (issue 18): the service worker (Workbox through vite-plugin-pwa) keeps the
// built files, so after one visit the app opens and works with no network; a new build is announced
// and waits for the reader's Reload, never reloading the page by itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST_DIR, launchBrowser, startPreviewServer } from './browser.mjs';
import { eventually } from './exchange-helpers.mjs';

/** A copy of dist/ to serve, so a test can make a "second build" of it. */
function copyOfDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-offline-'));
  fs.cpSync(DIST_DIR, dir, { recursive: true });
  return dir;
}

/** Waits until the page's service worker has activated (it controls the page from the next load on). @param {import('playwright-core').Page} page */
const activeWorker = (page) =>
  page.evaluate(() =>
    navigator.serviceWorker.ready.then((r) => {
      const worker = r.active;
      if (!worker || worker.state === 'activated') return worker?.state ?? null;
      return new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(worker.state)));
    }),
  );

/**
 * Moves a slider of an editable scenario and returns its text box's value before and after.
 * @param {import('playwright-core').Page} page
 */
async function moveSlider(page) {
  await page.locator('[data-scenario-id="preset-users-low"] .scenario__name').click();
  const field = page.getByTestId('field-t2i-users-cn-rateAfter');
  const before = await field.locator('input[type="text"]').inputValue();
  await field.locator('input[type="range"]').focus();
  await page.keyboard.press('ArrowRight');
  return eventually(async () => {
    const after = await field.locator('input[type="text"]').inputValue();
    if (after === before) throw new Error('the slider did not move the value');
    return { before, after };
  });
}

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = [
  {
    name: 'after one visit the app opens offline and a slider works; a second build is announced, not forced',
    async fn({ assert, screenshotDir }) {
      const root = copyOfDist();
      const server = await startPreviewServer(0, root);
      const browser = await launchBrowser({ serviceWorkers: 'allow' });
      try {
        const { context } = browser;
        const page = await context.newPage();
        await page.goto(`${server.url}en/`, { waitUntil: 'load' });
        // The page's own manifest (made absolute once hydrated, so a change of address keeps it: App.tsx).
        assert.equal(await page.evaluate(() => new URL(/** @type {HTMLLinkElement} */ (document.querySelector('link[rel="manifest"]')).href).pathname), '/manifest.en.webmanifest');
        // The worker is registered once the page is idle, and installs the precache.
        assert.equal(await activeWorker(page), 'activated');

        await context.setOffline(true);
        await page.reload({ waitUntil: 'load' });
        assert.equal(await page.locator('h1').textContent(), 'GenAI in media: forecast calculator');
        assert.equal(await page.locator('svg.projection-chart').count(), 3);
        assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the page is served by the worker');
        await moveSlider(page);
        // The other language's page was kept too.
        await page.goto(`${server.url}zh/`, { waitUntil: 'load' });
        assert.equal(await page.locator('h1').textContent(), '生成式 AI 与传媒：预测计算器');
        await context.setOffline(false);

        // A second build: a page changed, so the worker's list (its revision of that page) changed.
        const page2 = path.join(root, 'en/index.html');
        const html = fs.readFileSync(page2, 'utf8').replace('<title>', '<meta name="build" content="2" /><title>');
        fs.writeFileSync(page2, html);
        const sw = path.join(root, 'sw.js');
        fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/(url:"en\/index\.html",revision:")[0-9a-f]+"/, '$1second-build"'));
        assert.match(fs.readFileSync(sw, 'utf8'), /revision:"second-build"/);

        await page.goto(`${server.url}en/`, { waitUntil: 'load' });
        // Work in progress: a moved slider, and a mark that goes if the page is reloaded.
        const moved = await moveSlider(page);
        await page.evaluate(() => void (/** @type {any} */ (window).__sameDocument = true));
        const banner = page.getByTestId('update-ready');
        await banner.waitFor({ state: 'visible', timeout: 20_000 });
        assert.match((await banner.textContent()) ?? '', /A new version is ready\./);
        await page.screenshot({ path: path.join(screenshotDir, 'update-ready.png') });
        await page.waitForTimeout(1500);
        assert.equal(await page.evaluate(() => /** @type {any} */ (window).__sameDocument), true, 'the page was not reloaded by itself');
        assert.equal(await page.getByTestId('field-t2i-users-cn-rateAfter').locator('input[type="text"]').inputValue(), moved.after);
        assert.equal(await page.locator('meta[name="build"]').count(), 0, 'still the first build');

        // A second tab, opened on the first build too, is told the same.
        const other = await context.newPage();
        await other.goto(`${server.url}en/`, { waitUntil: 'load' });
        await other.getByTestId('update-ready').waitFor({ state: 'visible', timeout: 20_000 });
        assert.equal(await other.locator('meta[name="build"]').count(), 0, 'the second tab is on the first build');

        // The reader chooses Reload: the second build, with the work kept.
        await page.bringToFront();
        await page.getByTestId('update-reload').click();
        await page.waitForSelector('meta[name="build"]', { state: 'attached', timeout: 20_000 });
        await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
        await page.locator('[data-scenario-id="preset-users-low"] .scenario__name').click();
        assert.equal(await page.getByTestId('field-t2i-users-cn-rateAfter').locator('input[type="text"]').inputValue(), moved.after);
        // Found by use: the second tab's Reload then did nothing (the worker it asked to take over already had),
        // and its banner stayed. It reloads onto the second build.
        await other.bringToFront();
        await other.getByTestId('update-reload').click();
        await other.waitForSelector('meta[name="build"]', { state: 'attached', timeout: 10_000 });
      } finally {
        await browser.close();
        await server.close();
        fs.rmSync(root, { recursive: true, force: true });
      }
    },
  },
];
