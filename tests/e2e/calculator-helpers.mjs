// Helpers and constants shared by the calculator-*.e2e.mjs tests (not a test file: the runner loads
// *.e2e.mjs only).
//
// The runner opens a fresh page per test but keeps one browser context, so localStorage would leak
// from one test into the next: `openApp` clears it once per tab (a sessionStorage flag survives a
// reload, so a test can still reload and find its own saved work).
import { eventually } from './exchange-helpers.mjs';

export const STORAGE_KEY = 'genai-forecast';
export const T2V = 't2v-revenue-global';
export const T2I_MARKET = 't2i-market-cn';
export const T2I_USERS = 't2i-users-cn';
export const SERIES = [T2I_MARKET, T2I_USERS, T2V];
export const EN_TITLE = 'GenAI in media: forecast calculator';
export const HAN = /[\u4e00-\u9fff]/;

// ---------------------------------------------------------------------------------------------
// helpers

/** Two animation frames: whatever React committed has been laid out and painted. */
export const settle = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined)))));

/**
 * Opens the app on a clean slate, in English.
 * @param {import('playwright-core').Page} page
 * @param {string} baseUrl
 * @param {{ saved?: string, lang?: 'en' | 'zh' }} [options] saved: raw text for the storage key before the app starts
 */
export async function openApp(page, baseUrl, { saved, lang = 'en' } = {}) {
  await page.addInitScript(
    ({ key, saved }) => {
      if (sessionStorage.getItem('e2e:cleared')) return;
      sessionStorage.setItem('e2e:cleared', '1');
      localStorage.clear();
      if (saved !== undefined) localStorage.setItem(key, saved);
    },
    { key: STORAGE_KEY, saved },
  );
  const response = await page.goto(baseUrl, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`GET ${baseUrl} -> ${response?.status()}`);
  await page.locator('h1').first().waitFor({ state: 'visible' });
  await page.locator('[data-testid="scenario-row"]').first().waitFor();
  const language = page.getByTestId('language');
  if ((await language.inputValue()) !== lang) await language.selectOption(lang);
  // The unit style is a setting apart from the language: set it as a first visit in that language would have.
  await page.locator(`label:has(> input[name="unit-style"][value="${lang === 'zh' ? 'wan' : 'kmb'}"])`).click();
  await eventually(async () => {
    if ((await page.evaluate(() => document.documentElement.lang)) !== (lang === 'zh' ? 'zh-CN' : 'en')) throw new Error('language not applied');
  });
}

export const rows = (/** @type {import('playwright-core').Page} */ page) => page.getByTestId('scenario-row');
export const row = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id) =>
  page.locator(`[data-testid="scenario-row"][data-scenario-id="${id}"]`);

/** The ids of the scenario rows, in list order. */
export const rowIds = (/** @type {import('playwright-core').Page} */ page) =>
  page.$$eval('[data-testid="scenario-row"]', (els) => els.map((e) => e.getAttribute('data-scenario-id') ?? ''));

/**
 * Clicks a button that adds a scenario and returns the new scenario's id.
 * @param {import('playwright-core').Page} page @param {import('playwright-core').Locator} [button]
 */
export async function addScenario(page, button = page.getByTestId('new-scenario')) {
  const before = await rowIds(page);
  await button.click();
  return eventually(async () => {
    const added = (await rowIds(page)).filter((id) => !before.includes(id));
    if (added.length !== 1) throw new Error(`expected one new scenario row, got ${added.length}`);
    return /** @type {string} */ (added[0]);
  });
}

/** The name shown on a scenario row. */
export const rowName = async (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id) =>
  ((await row(page, id).locator('.scenario__name').textContent()) ?? '').trim();

export const field = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ seriesId, /** @type {string} */ name) =>
  page.getByTestId(`field-${seriesId}-${name}`);
export const fieldText = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ seriesId, /** @type {string} */ name) =>
  field(page, seriesId, name).locator('input[type="text"]');

/**
 * Types into a field's text box the way a person does: empties it, then one key at a time (the
 * field reads and applies what it can after every key), then leaves it with Enter.
 * @param {import('playwright-core').Locator} input @param {string} text
 */
export async function typeInto(input, text) {
  await input.click();
  await input.fill('');
  await input.pressSequentially(text);
  await input.press('Enter');
}

/** The table cell of a scenario for a year, in one series' panel. */
export const cell = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ seriesId, /** @type {string} */ scenarioId, /** @type {number} */ year) =>
  page.locator(`[data-testid="chart-panel-${seriesId}"] td[data-year="${year}"][data-scenario="${scenarioId}"]`);
export const cellValue = async (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ seriesId, /** @type {string} */ scenarioId, /** @type {number} */ year) =>
  (await cell(page, seriesId, scenarioId, year).getAttribute('data-value', { timeout: 5_000 })) ?? '';

/**
 * The first `n` significant digits of a decimal string ("166293318.666..." → "166293318666"),
 * compared as text so no float rounding hides a difference.
 * @param {string} decimal @param {number} n
 */
export function significantDigits(decimal, n) {
  const mantissa = decimal.trim().replace(/^[-+]/, '').replace(/e.*$/i, '');
  return mantissa.replace('.', '').replace(/^0+/, '').slice(0, n).padEnd(n, '0');
}

/**
 * Where the chart of a series draws a scenario at a year: the point's value and its y pixel in the SVG.
 * Scenarios whose models for the series are identical are drawn as one line (src/ui/chart/chart-data.ts)
 * that carries the id of the first of them; so the scenario's line is the one with its id, or else
 * the line whose every point holds the value of the scenario's column in the table.
 * @param {import('playwright-core').Page} page
 */
export function chartPoint(page, /** @type {string} */ seriesId, /** @type {string} */ scenarioId, /** @type {number} */ year) {
  return page.evaluate(
    ({ seriesId, scenarioId, year }) => {
      const panel = document.querySelector(`[data-testid="chart-panel-${seriesId}"]`);
      const svg = panel?.querySelector('.chart-view__svg svg');
      if (!panel || !svg) return undefined;
      /** @type {Map<string, number>} */
      const column = new Map();
      for (const td of panel.querySelectorAll(`td[data-scenario="${CSS.escape(scenarioId)}"][data-year][data-value]`))
        column.set(td.getAttribute('data-year') ?? '', Number(td.getAttribute('data-value')));
      const same = (/** @type {number} */ a, /** @type {number} */ b) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-300);
      // A line's markers are one path: a subpath per point, each starting at its centre (`M x,y`),
      // with the years and values in the same order.
      const pointsOf = (/** @type {Element} */ g) => {
        const markers = g.querySelector('.chart-line__points');
        if (!markers) return [];
        const years = (markers.getAttribute('data-years') ?? '').split(' ');
        const values = (markers.getAttribute('data-values') ?? '').split(' ');
        const centres = [...(markers.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[2]));
        return years.map((year, i) => ({ year, value: values[i] ?? '', y: centres[i] ?? NaN }));
      };
      const lines = [...svg.querySelectorAll('g.chart-line[data-line-id]')].filter((g) => pointsOf(g).length > 0);
      const drawsColumn = (/** @type {Element} */ g) =>
        column.size > 0 &&
        pointsOf(g).every((p) => {
          const expected = column.get(p.year);
          return expected !== undefined && same(expected, Number(p.value));
        });
      const line = lines.find((g) => g.getAttribute('data-line-id') === scenarioId) ?? lines.find(drawsColumn);
      const point = line && pointsOf(line).find((p) => p.year === String(year));
      if (!line || !point) return undefined;
      // In the SVG's own pixels (its viewBox is its size), so a panel above that grows or shrinks does not count as a move.
      return { lineId: line.getAttribute('data-line-id') ?? '', value: point.value, y: point.y };
    },
    { seriesId, scenarioId, year },
  );
}

/** Everything the charts and tables show of a scenario: lines, legend entries, columns. */
export function scenarioTraces(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id, /** @type {string} */ name) {
  return page.evaluate(
    ({ id, name }) => ({
      lines: document.querySelectorAll(`.chart-view__svg [data-line-id="${CSS.escape(id)}"]`).length,
      cells: document.querySelectorAll(`td[data-scenario="${CSS.escape(id)}"], td[data-cagr="${CSS.escape(id)}"]`).length,
      headers: [...document.querySelectorAll('.projection-table thead th')].filter((th) => th.textContent?.trim() === name).length,
    }),
    { id, name },
  );
}

/** Focuses nothing in particular, so keyboard shortcuts reach the window rather than a text field. */
export async function focusBody(/** @type {import('playwright-core').Page} */ page) {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  const active = await page.evaluate(() => document.activeElement?.tagName);
  if (active !== 'BODY') throw new Error(`focus should be on <body>, is on <${active}>`);
}

/**
 * What run.mjs hands each test.
 * @typedef {{
 *   page: import('playwright-core').Page,
 *   context: import('playwright-core').BrowserContext,
 *   baseUrl: string,
 *   assert: typeof import('node:assert/strict'),
 *   screenshotDir: string,
 *   consoleErrors: string[],
 * }} E2EContext
 */
