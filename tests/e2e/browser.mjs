// Helpers for the end-to-end tests: a system-Chromium launcher (playwright-core,
// no downloaded browsers) and a tiny static server for dist/.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_DIR = path.join(ROOT, 'dist');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * Browser features the startup bench turns off. Chromium 156's headless mode gives each new window
 * its own omnibox popup, a WebUI page of about 400 chrome:// requests and their scripts, loaded while
 * the measured page loads; a visitor's page opens in a window that has long had its popup, but the
 * bench opens every cold load in a new one, and on 2 cores the popup competes with the page. With it
 * off, the first input came sooner in 8 of 10 desktop and 7 of 10 slow-4G medians (five alternating
 * pairs, docs/performance.md).
 */
const BENCH_FEATURES_OFF = ['WebUIOmniboxPopup'];

/** @type {Promise<string | undefined> | undefined} */
let playwrightFeaturesOff;

/**
 * Launch options for the startup bench: CHROMIUM_ARGS, with BENCH_FEATURES_OFF off too. Chromium keeps
 * only the last --disable-features switch, and Playwright passes one of its own (PaintHolding among
 * its names), so its switch is read off a launched browser's command line once, left out, and its
 * names kept in ours.
 * @returns {Promise<{ args: string[], ignoreDefaultArgs: string[] }>}
 */
export async function benchLaunchOptions() {
  playwrightFeaturesOff ??= (async () => {
    const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    try {
      return server.process().spawnargs.find((arg) => arg.startsWith('--disable-features='));
    } finally {
      await server.close();
    }
  })();
  const given = await playwrightFeaturesOff;
  const names = [...new Set([...(given ? given.slice('--disable-features='.length).split(',') : []), ...BENCH_FEATURES_OFF])];
  return { args: [...CHROMIUM_ARGS, `--disable-features=${names.join(',')}`], ignoreDefaultArgs: given ? [given] : [] };
}

/**
 * Launch headless system Chromium with a fresh, throw-away profile (service workers blocked unless
 * `options.serviceWorkers` says 'allow').
 * @param {import('playwright-core').BrowserContextOptions} [options] extra context options
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, close: () => Promise<void> }>}
 */
export async function launchBrowser(options = {}) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`,
    );
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
      timezoneId: 'UTC',
      // The app's service worker (vite-plugin-pwa) would serve later tests from its cache, past
      // page.route: tests opt in (offline.e2e.mjs launches a browser of its own with 'allow').
      serviceWorkers: 'block',
      ...options,
    });
  } catch (err) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
  const ctx = context;
  ctx.on('page', waitForAppAfterNavigation);
  let closed = false;
  return {
    context: ctx,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await ctx.close();
      } finally {
        fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
      }
    },
  };
}

/**
 * Makes `page.goto` and `page.reload` wait for the app to be ready, on the app's pages (a page without
 * the app's root, or opened on another origin, is left as loaded).
 * @param {import('playwright-core').Page} page
 */
export function waitForAppAfterNavigation(page) {
  const untilReady = () =>
    page.waitForFunction(() => document.documentElement.dataset.ready || document.querySelector('.load-error') || !document.getElementById('root'), null, { timeout: 15_000 });
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await untilReady();
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    await untilReady();
    return response;
  };
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Serve `root` (default dist/) statically on 127.0.0.1.
 * Unknown paths without a file extension fall back to index.html (SPA routing);
 * missing files with an extension are a real 404 so broken asset links surface.
 * @param {number} [port] 0 (default) picks a free port
 * @param {string} [root]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startPreviewServer(port = 0, root = DIST_DIR) {
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) {
    throw new Error(`${path.relative(ROOT, index)} not found; run \`npm run build\` first`);
  }

  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    let file = path.join(root, path.normalize(pathname));
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      if (path.extname(pathname) === '') file = index;
      else {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, {
      'Content-Type': MIME[/** @type {keyof typeof MIME} */ (path.extname(file).toLowerCase())] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
