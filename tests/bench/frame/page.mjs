// The page the frame bench measures: the app set up with 10 compared scenarios (or the bare page, --floor),
// the probe installed before the page's own scripts, and whether the dragged line was drawn on the canvas.
/* global window, document, HTMLInputElement -- used inside page.evaluate callbacks and the init script */
import { CHART, COMPARED, CSS_TEXT, FLOOR, HIDE_TABLES, LOAD, SLIDER } from './options.mjs';
import { LIMIT, seedLimit, shown } from '../limit-load.mjs';

/**
 * Whether the app drew the dragged line on the canvas over the chart (it does so in the input's task,
 * so the input's latency to the end of the task that paints its frame covers the drawing): the canvas
 * is sized on its first drawing, and the chart's own line is hidden under it while the move is shown.
 * @param {import('playwright-core').Page} page
 */
export async function canvasDrawn(page) {
  return page.evaluate((chart) => {
    const canvas = /** @type {HTMLCanvasElement | null} */ (document.querySelector(`${chart} canvas.chart-view__preview`));
    return Boolean(canvas && canvas.width > 0 && canvas.height > 0);
  }, CHART);
}

/** The browser's own floor: a page with nothing but the slider and a box that shows its value. */
export const BARE_PAGE =
  '<div data-testid="field-t2v-revenue-global-rateAfter" style="margin:40px;font:14px sans-serif">' +
  '<input type="range" min="-50" max="300" step="0.1" value="56.6" style="width:226px"> <input type="text" value="56.6%">' +
  '<script>document.querySelector("[type=range]").addEventListener("input", (e) => (document.querySelector("[type=text]").value = e.target.value + "%"));</script></div>';

/**
 * The start of each measured `input`, marked by a capture listener on the window installed before
 * any of the page's own scripts run (page.addInitScript), so it comes first even when the app takes
 * a slider's events at the window itself (slider-drag.ts). It also posts the message that marks the
 * end of the task the input runs in, before the app's handlers can post anything.
 */
export function inputStartProbe() {
  const w = /** @type {any} */ (window);
  const channel = new MessageChannel();
  /** @type {((t: number) => void)[]} */
  const ends = [];
  channel.port2.onmessage = () => ends.shift()?.(performance.now());
  w.__inputStart = {
    /** @type {{ target: EventTarget | null, t0: number, ends: ((t: number) => void)[] } | undefined} */
    last: undefined,
    /** @param {(t: number) => void} then */
    markEnd: (then) => {
      ends.push(then);
      channel.port1.postMessage(undefined);
    },
  };
  window.addEventListener(
    'input',
    (e) => {
      const selector = w.__dragProbe?.selector;
      if (!selector || !(e.target instanceof HTMLInputElement) || !e.target.matches(selector)) return;
      const t0 = performance.now();
      /** @type {((t: number) => void)[]} */
      const mine = [];
      w.__inputStart.last = { target: e.target, t0, ends: mine };
      w.__inputStart.markEnd((/** @type {number} */ t) => mine.shift()?.(t));
    },
    { capture: true },
  );
}

/**
 * Sets up the comparison: new scenarios until 10 are compared, each with its own text-to-video and
 * text-to-image market growth after the report's years, so every chart draws distinct lines.
 * @param {import('playwright-core').Page} page
 */
export async function setUp(page) {
  const compared = () => page.locator('[data-testid="scenario-row"] input[type="checkbox"]:checked').count();
  let i = 0;
  while ((await compared()) < COMPARED) {
    const before = await page.getByTestId('scenario-row').count();
    await page.getByTestId('new-scenario').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="scenario-row"]').length > n, before);
    for (const [field, rate] of [
      ['field-t2v-revenue-global-rateAfter', 40 + 6 * i],
      ['field-t2i-market-cn-rateAfter', 25 + 4 * i],
    ]) {
      const input = page.getByTestId(String(field)).locator('input[type="text"]');
      await input.fill(`${rate}%`);
      await input.press('Enter');
    }
    if (++i > 20) throw new Error('could not get 10 scenarios compared');
  }
  // The last one created is a user scenario and has the focus; its assumptions are on screen.
  const focused = await page.locator('[data-testid="scenario-row"] .scenario__name[aria-pressed="true"]').textContent();
  const lines = await page.$$eval('.chart-view__svg g[data-line-id]', (gs) => gs.filter((g) => g.querySelector('.chart-line__points')).length);
  return { focused: focused?.trim() ?? '', lines, ...(await shown(page)) };
}

/**
 * Opens the page to measure in `browser`'s context: the app `server` serves, with the probe installed and
 * the comparison set up (or the bare page, --floor), with the experiments asked for applied.
 * @param {Awaited<ReturnType<typeof import('../../e2e/browser.mjs').launchBrowser>>} browser @param {{ url: string }} server
 */
export async function openPage(browser, server) {
  const page = await browser.context.newPage();
  await page.addInitScript(inputStartProbe);
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // At the limit, the saved work is in localStorage before the app's first script runs.
  if (LOAD === 'limit' && !FLOOR) await seedLimit(page, 'en');
  await page.goto(server.url, { waitUntil: 'load' });
  let setup = { compared: 0, lines: 0, focused: '', charts: 0, scenarios: 0 };
  if (FLOOR) {
    await page.setContent(BARE_PAGE);
  } else if (LOAD === 'limit') {
    // The saved work is read after the prerendered page is hydrated: wait for its charts.
    const charts = 3 + LIMIT.series;
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid^="chart-panel-"]').length >= n, charts, { timeout: 60_000 });
    await page.getByTestId('scenario-row').nth(LIMIT.scenarios - 1).waitFor();
    if ((await page.getByTestId('language').inputValue()) !== 'en') await page.getByTestId('language').selectOption('en');
    setup = await setUp(page);
    if (setup.charts !== charts || setup.scenarios !== LIMIT.scenarios || setup.compared !== COMPARED)
      throw new Error(`at the limit the page shows ${setup.charts} charts and ${setup.scenarios} scenarios (${setup.compared} compared), not ${charts} and ${LIMIT.scenarios}`);
  } else {
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('scenario-row').first().waitFor();
    if ((await page.getByTestId('language').inputValue()) !== 'en') await page.getByTestId('language').selectOption('en');
    setup = await setUp(page);
  }
  await page.locator(SLIDER).waitFor();
  /** @type {string[]} */
  const experiments = [];
  if (HIDE_TABLES) {
    const open = page.locator('.chart-panel button[aria-expanded="true"]');
    for (let n = await open.count(); n > 0; n--) await open.first().click();
    experiments.push(`tables hidden (${await page.locator('.projection-table').count()} left)`);
  }
  if (CSS_TEXT) {
    await page.addStyleTag({ content: CSS_TEXT });
    experiments.push(`extra CSS: ${CSS_TEXT}`);
  }
  return { page, errors, setup, experiments };
}
