#!/usr/bin/env node
// Benchmark: how soon the built app (dist/) shows its forecasts and answers, on a cold first visit, in
// headless Chromium. Run: npm run bench:startup (builds first). Prints figures; never fails on them
// (exit code 1 only when the bench itself cannot run). Not a test: timings belong here, not in tests.
//
//   node tests/bench/startup.bench.mjs [--runs=5] [--dist=DIR] [--load=limit] [--desktop]
//
// dist/ is served gzipped (a small node http server with zlib, no-store), each load in a fresh browser
// context (an empty profile: cold cache, no service worker; Chromium's own omnibox popup for each new
// window turned off, see benchLaunchOptions in ../e2e/browser.mjs), in two conditions:
// - desktop: loopback, no throttle;
// - slow 4G: 150 ms round trip, 1.6 Mbps down, 750 kbps up (CDP Network.emulateNetworkConditions) and
//   the CPU throttled 4× (Emulation.setCPUThrottlingRate).
// Per load: first contentful paint (the 'paint' entry), first chart in the page (a MutationObserver
// added before the page's own scripts notes when the first chart's <svg> is in the document: the
// prerendered page's are parsed with it; it is on screen at the later of that and the first paint),
// and first input handled (a probe, once the page is not inert, clicks an editable scenario, then sets a slider of it and sends
// 'input' every 10 ms, until the slider's text box shows the new value: the page is hydrated and
// answers). The median of the runs is printed beside the floor: a bare HTML page of the same gzipped
// size as the page's first load (HTML, CSS and first-load JS), served the same way, whose only text
// comes after its filler, so it paints once all of it has arrived.
// --load=limit: each cold load starts with saved work at issue 19's stated limits (limit-load.mjs): 20
// series of one's own and 10 scenarios, in localStorage before the page's first script; the table then
// also gives when all 23 charts are in the page, and the bench checks 23 charts and 10 scenarios are shown.
// --desktop: the desktop condition alone.
/* global window, document, MutationObserver, HTMLInputElement, requestAnimationFrame -- used inside page callbacks */
import fs from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, benchLaunchOptions } from '../e2e/browser.mjs';
import { LIMIT, seedLimit, shown } from './limit-load.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.resolve(process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length) ?? path.join(ROOT, 'dist'));
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 5);
const LOAD = process.argv.find((a) => a.startsWith('--load='))?.slice('--load='.length) ?? 'default';
if (!['default', 'limit'].includes(LOAD)) throw new Error(`--load=${LOAD}: default or limit`);
const CHARTS = LOAD === 'limit' ? 3 + LIMIT.series : 0;
const FLOOR_PATH = '/__floor.html';
const TARGETS = { slowFcp: 800, slowInput: 2000, desktopFcp: 150 };

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Serves `dir` gzipped (compressed once per file), and the floor page at FLOOR_PATH. @param {string} dir @param {Buffer} floor */
async function serve(dir, floor) {
  /** @type {Map<string, Buffer>} */
  const gzipped = new Map();
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let body;
    let file = path.join(dir, path.normalize(pathname));
    if (pathname === FLOOR_PATH) {
      body = floor;
      file = 'floor.html';
    } else {
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!file.startsWith(dir) || !fs.existsSync(file)) return void res.writeHead(404).end();
      body = gzipped.get(file) ?? zlib.gzipSync(fs.readFileSync(file), { level: 9 });
      gzipped.set(file, body);
    }
    res.writeHead(200, { 'Content-Type': TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file))] ?? 'application/octet-stream', 'Content-Encoding': 'gzip', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))) };
}

/** The gzipped bytes of a page's first load: its HTML, its stylesheets and scripts (modulepreload included). @param {string} page */
function firstLoadBytes(page) {
  const html = fs.readFileSync(page, 'utf8');
  const urls = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => path.resolve(path.dirname(page), m[1]));
  return [page, ...urls].reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length, 0);
}

/** A bare page of `size` gzipped bytes: incompressible filler first, then its one line of text. @param {number} size */
function floorPage(size) {
  const make = (/** @type {number} */ n) => zlib.gzipSync(Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body><div hidden>${crypto.randomBytes(n).toString('base64')}</div><p>The floor: this text arrives last.</p></body></html>`), { level: 9 });
  let n = Math.round(size * 0.74);
  for (let i = 0; i < 4; i++) n += Math.round((size - make(n).length) * 0.74);
  return make(n);
}

/** Watches, from before any script of the page, for the first chart's <svg> and for the page to answer a slider. */
const PROBE = (/** @type {number} */ charts) => {
  const marks = /** @type {Record<string, number>} */ ({});
  Object.defineProperty(window, '__startup', { value: marks });
  const chart = () => document.querySelector('svg.projection-chart');
  const observer = new MutationObserver(() => {
    if (marks.chart === undefined && chart()) {
      marks.chart = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  // When the page says it is hydrated with the visitor's saved work (main.tsx sets data-ready).
  const ready = new MutationObserver(() => {
    if (document.documentElement.dataset.ready) {
      marks.ready = performance.now();
      ready.disconnect();
      // At the limit: when all the charts are in, looked at once a frame from then on.
      const count = () => {
        if (document.querySelectorAll('[data-testid^="chart-panel-"]').length >= charts) marks.allCharts = performance.now();
        else requestAnimationFrame(count);
      };
      if (charts) count();
    }
  });
  ready.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  const tryInput = () => {
    const row = document.querySelector('[data-scenario-id="preset-users-low"] .scenario__name');
    const field = document.querySelector('[data-testid="field-t2i-users-cn-rateAfter"]');
    const slider = /** @type {HTMLInputElement | null} */ (field?.querySelector('input[type="range"]') ?? null);
    const text = /** @type {HTMLInputElement | null} */ (field?.querySelector('input[type="text"]') ?? null);
    // Not while the page is inert (a visit with saved work, until it is in): a person could not click or drag then.
    if (row && slider && text && !slider.closest('[inert]')) {
      if (slider.closest('fieldset')?.disabled) /** @type {HTMLElement} */ (row).click();
      else {
        marks.enabled ??= performance.now();
        const before = text.value;
        setValue?.call(slider, String(Number(slider.value) + Number(slider.step || 0.01) * 10));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        if (text.value !== before) return void (marks.input = performance.now());
      }
    }
    setTimeout(tryInput, 10);
  };
  setTimeout(tryInput, 0);
};

/** One cold load of `url`; returns its marks in ms from navigation start. @param {import('playwright-core').Browser} browser @param {string} url @param {boolean} slow @param {boolean} app */
async function load(browser, url, slow, app) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (slow) {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 1, uploadThroughput: 750e3 / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    if (app && CHARTS) await seedLimit(context, url.includes('/en/') ? 'en' : 'zh');
    if (app) await page.addInitScript(PROBE, CHARTS);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // The first input is often handled before the saved work is read: wait for both, so both are read.
    if (app) await page.waitForFunction(() => /** @type {any} */ (window).__startup.input !== undefined && /** @type {any} */ (window).__startup.ready !== undefined, null, { timeout: 60_000 });
    const fcp = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const read = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
          if (read() !== undefined) return resolve(read());
          new PerformanceObserver(() => read() !== undefined && resolve(read())).observe({ type: 'paint', buffered: true });
        }),
    );
    /** @type {Awaited<ReturnType<typeof shown>> | undefined} */
    let seen;
    if (app && CHARTS) {
      await page.waitForFunction(() => /** @type {any} */ (window).__startup.allCharts !== undefined, null, { timeout: 60_000 });
      seen = await shown(page);
      if (seen.charts !== CHARTS || seen.scenarios !== LIMIT.scenarios) throw new Error(`at the limit the page shows ${seen.charts} charts and ${seen.scenarios} scenarios, not ${CHARTS} and ${LIMIT.scenarios}`);
    }
    const marks = app ? await page.evaluate(() => ({ .../** @type {any} */ (window).__startup })) : {};
    return { seen, allCharts: marks.allCharts ?? NaN, fcp: /** @type {number} */ (fcp), chart: marks.chart === undefined ? NaN : Math.max(marks.chart, /** @type {number} */ (fcp)), input: marks.input ?? NaN, ready: marks.ready ?? NaN, enabled: marks.enabled ?? NaN };
  } finally {
    await context.close();
  }
}

const median = (/** @type {number[]} */ values) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (/** @type {number} */ v) => (Number.isNaN(v) ? '—' : `${Math.round(v).toLocaleString('en')} ms`);

async function main() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html not found: run npm run build first`);
  const pages = [
    { name: 'app, zh (the app\'s folder)', path: '/' },
    ...(fs.existsSync(path.join(DIST, 'en/index.html')) ? [{ name: 'app, en/', path: '/en/' }] : []),
  ];
  const size = firstLoadBytes(path.join(DIST, 'index.html'));
  const floor = floorPage(size);
  const server = await serve(DIST, floor);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, ...(await benchLaunchOptions()), headless: true });
  console.log(`# load: ${LOAD}${CHARTS ? ` (20 series of one's own × 10 scenarios seeded as saved work; ${CHARTS} charts expected)` : ''}; machine load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`# ${DIST}: first load ${(size / 1024).toFixed(1)} KB gzipped; floor page ${(floor.length / 1024).toFixed(1)} KB gzipped; median of ${RUNS} cold loads; Chromium ${browser.version()}, Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z`);
  /** @type {string[][]} */
  const rows = [];
  try {
    for (const slow of process.argv.includes('--desktop') ? [false] : [false, true]) {
      const condition = slow ? 'slow 4G + 4× CPU' : 'desktop';
      for (const target of [...pages, { name: 'floor (bare page, same size)', path: FLOOR_PATH }]) {
        const app = target.path !== FLOOR_PATH;
        /** @type {Awaited<ReturnType<typeof load>>[]} */
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await load(browser, server.url + target.path, slow, app));
        if (runs[0].seen) console.log(`# ${condition}, ${target.name}: ${runs[0].seen.charts} charts, ${runs[0].seen.scenarios} scenarios (${runs[0].seen.compared} compared) shown`);
        rows.push([condition, target.name, ms(median(runs.map((r) => r.fcp))), ms(median(runs.map((r) => r.chart))), ms(median(runs.map((r) => r.input))), ms(median(runs.map((r) => r.ready))), ...(CHARTS ? [ms(median(runs.map((r) => r.allCharts)))] : []), runs.map((r) => Math.round(r.fcp)).join(' ')]);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const head = ['condition', 'page', 'first contentful paint', 'first chart on screen', 'first input handled', 'hydrated, saved work in', ...(CHARTS ? [`all ${CHARTS} charts in`] : []), 'FCP of each run'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (/** @type {string[]} */ cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  rows.forEach((r) => console.log(line(r)));
  console.log(`targets: slow 4G + 4× first contentful paint with the charts ≤ ${TARGETS.slowFcp} ms; first input handled ≤ ${(TARGETS.slowInput / 1000).toFixed(1)} s (slow); desktop first contentful paint ≤ ${TARGETS.desktopFcp} ms`);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
