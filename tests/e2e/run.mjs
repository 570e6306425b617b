#!/usr/bin/env node
// Minimal sequential e2e runner (no test framework). Usage, after `npm run build`:
//   node tests/e2e/run.mjs [substring-filter]
//
// Every tests/e2e/*.e2e.mjs module exports either
//   export const tests = [{ name, fn }, ...]
// or a single
//   export async function run(ctx) { ... }
// Each test gets a fresh page and
//   { page, context, baseUrl, assert, screenshotDir, consoleErrors }
// where consoleErrors collects console.error messages and uncaught page errors.
// The pages are drawn at build time (src/prerender-pages.mjs): their controls show before the script that
// makes them work has run. page.goto and page.reload therefore wait, after the load, until the app marks
// itself ready (main.tsx: html[data-ready]) or says it cannot start (browser.mjs, launchBrowser).
// All tests share one browser context, but each starts with the app's origin emptied (localStorage,
// IndexedDB, caches, cookies...), so no test sees what an earlier one saved.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser, startPreviewServer } from './browser.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const SCREENSHOT_DIR = path.join(ROOT, 'test-results');
const TEST_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 60_000);
const filter = process.argv[2] ?? '';

/** @typedef {{ name: string, fn: (ctx: any) => Promise<void> | void }} E2ETest */

async function collectTests() {
  const files = fs
    .readdirSync(HERE)
    .filter((f) => f.endsWith('.e2e.mjs'))
    .sort();
  /** @type {E2ETest[]} */
  const all = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(path.join(HERE, file)).href);
    const base = file.replace(/\.e2e\.mjs$/, '');
    if (Array.isArray(mod.tests)) {
      for (const t of mod.tests) {
        if (!t || typeof t.fn !== 'function') throw new Error(`${file}: every test needs { name, fn }`);
        all.push({ name: `${base}: ${t.name}`, fn: t.fn });
      }
    } else if (typeof mod.run === 'function') {
      all.push({ name: base, fn: mod.run });
    } else {
      throw new Error(`${file}: export \`tests\` (array of { name, fn }) or \`run\``);
    }
  }
  return all.filter((t) => t.name.includes(filter));
}

/** @param {Promise<unknown>} promise @param {number} ms @param {string} name */
function withTimeout(promise, ms, name) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${name}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Empties everything the browser keeps for an origin, before a test opens it.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 * @param {string} origin
 */
async function clearOrigin(context, page, origin) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

const safeName = (/** @type {string} */ s) => s.replace(/[^\w.-]+/g, '_').slice(0, 100);

async function main() {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const tests = await collectTests();
  let passed = 0;
  let failed = 0;

  const server = await startPreviewServer(Number(process.env.E2E_PORT || 0));
  /** @type {Awaited<ReturnType<typeof launchBrowser>> | undefined} */
  let browser;
  try {
    browser = await launchBrowser();
    const { context } = browser;
    console.log(`# serving dist/ at ${server.url}`);
    console.log(`1..${tests.length}`);
    const origin = new URL(server.url).origin;
    for (const t of tests) {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await clearOrigin(context, page, origin);
      /** @type {string[]} */
      const consoleErrors = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
      const started = Date.now();
      try {
        await withTimeout(
          Promise.resolve(
            t.fn({ page, context, baseUrl: server.url, assert, screenshotDir: SCREENSHOT_DIR, consoleErrors }),
          ),
          TEST_TIMEOUT_MS,
          t.name,
        );
        passed++;
        console.log(`ok - ${t.name} (${Date.now() - started} ms)`);
      } catch (err) {
        failed++;
        console.log(`not ok - ${t.name} (${Date.now() - started} ms)`);
        const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
        console.log(text.replace(/^/gm, '    '));
        if (consoleErrors.length) console.log(`    console errors:\n${consoleErrors.map((e) => `      ${e}`).join('\n')}`);
        const shot = path.join(SCREENSHOT_DIR, `failed-${safeName(t.name)}.png`);
        await page
          .screenshot({ path: shot, fullPage: true, timeout: 5_000 })
          .then(() => console.log(`    screenshot: ${path.relative(ROOT, shot)}`))
          .catch(() => {});
      } finally {
        await page.close().catch(() => {});
      }
    }
  } finally {
    await browser?.close().catch((err) => console.error('browser close failed:', err));
    await server.close();
  }

  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0 || passed === 0) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
