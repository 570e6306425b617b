// Helpers shared by the export-*.e2e.mjs tests and share-embed.e2e.mjs (not a test file: the runner loads *.e2e.mjs only).
import assert from 'node:assert/strict';
import fs from 'node:fs';

export const STORAGE_KEY = 'genai-forecast';
export const T2V = 't2v-revenue-global';
export const CHARTED = ['t2i-market-cn', 't2i-users-cn', T2V];

/**
 * Retries `check` until it stops throwing (React commits, downloads and imports finish asynchronously).
 * @template T @param {() => Promise<T> | T} check @returns {Promise<T>}
 */
export async function eventually(check, timeout = 8_000, interval = 50) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}

/**
 * The app on a clean slate in `lang`: the runner shares one browser context between tests, so
 * saved work is cleared once per tab (a sessionStorage flag lets a test reload and keep its own).
 * @param {import('playwright-core').Page} page @param {string} url @param {'en' | 'zh'} [lang]
 */
export async function openApp(page, url, lang = 'en') {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e:exchange-cleared')) return;
    sessionStorage.setItem('e2e:exchange-cleared', '1');
    localStorage.clear();
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`GET ${url} -> ${response?.status()}`);
  await page.locator('h1').waitFor();
  await page.getByTestId('language').selectOption(lang);
  // The unit style is a setting apart from the language: set it as a first visit in that language would have.
  await page.locator(`label:has(> input[name="unit-style"][value="${lang === 'zh' ? 'wan' : 'kmb'}"])`).click();
}

/** The export menu of one chart, opened, with its contents loaded. @param {import('playwright-core').Page} page @param {string} seriesId */
export async function openMenu(page, seriesId) {
  const menu = page.getByTestId(`export-menu-${seriesId}`);
  if (!(await menu.evaluate((el) => /** @type {HTMLDetailsElement} */ (el).open))) await menu.locator('summary').click();
  await menu.getByTestId('export-png').waitFor();
  return menu;
}

/**
 * Clicks and returns the file the browser downloaded.
 * @param {import('playwright-core').Page} page @param {import('playwright-core').Locator} button
 */
export async function downloadFrom(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file), path: file };
}

/** Scenario names in the list, in order. @param {import('playwright-core').Page} page */
export const scenarioNames = (page) =>
  page.getByTestId('scenario-row').evaluateAll((rows) => rows.map((r) => r.querySelector('.scenario__name')?.firstChild?.textContent ?? ''));

/** Names of the compared scenarios (their checkbox is ticked). @param {import('playwright-core').Page} page */
export const comparedNames = (page) =>
  page
    .getByTestId('scenario-row')
    .evaluateAll((rows) =>
      rows.filter((r) => r.querySelector('input[type=checkbox]')?.checked).map((r) => r.querySelector('.scenario__name')?.firstChild?.textContent ?? ''),
    );

/**
 * The projection table of one chart as { names (header order), years, values[year][column] }: the exact
 * decimals of td[data-value], scenario columns in the order the table shows them.
 * @param {import('playwright-core').Page | import('playwright-core').Frame} page @param {string} seriesId
 */
export function tableValues(page, seriesId) {
  return page.getByTestId(`chart-panel-${seriesId}`).evaluate((panel) => {
    const cells = [...panel.querySelectorAll('td[data-value][data-scenario][data-year]')];
    const ids = [...new Set(cells.map((c) => c.getAttribute('data-scenario')))];
    const years = [...new Set(cells.map((c) => Number(c.getAttribute('data-year'))))];
    const names = ids.map((id) => document.querySelector(`[data-testid=scenario-row][data-scenario-id="${id}"] .scenario__name`)?.firstChild?.textContent ?? id);
    const values = years.map((y) => ids.map((id) => cells.find((c) => c.getAttribute('data-scenario') === id && c.getAttribute('data-year') === String(y))?.getAttribute('data-value') ?? ''));
    return { ids, names, years, values };
  });
}

/** The text of the latest notice, good or bad. @param {import('playwright-core').Page} page */
export async function noticeText(page) {
  const notice = page.locator('[data-testid=exchange-notice], [data-testid=exchange-error]').first();
  await notice.waitFor();
  return (await notice.textContent())?.replace(/×$/, '').trim() ?? '';
}

/**
 * Waits for the notice to say `expected` (a notice of an earlier step may still be showing).
 * @param {import('playwright-core').Page} page @param {string | RegExp} expected
 */
export function expectNotice(page, expected) {
  return eventually(async () => {
    const text = await noticeText(page);
    if (typeof expected === 'string') assert.equal(text, expected);
    else assert.match(text, expected);
    return text;
  });
}

/**
 * Waits for the preview of a file or link, checks what it says it holds, and answers it.
 * @param {import('playwright-core').Page} page @param {RegExp} summary @param {string | RegExp} button
 */
export async function answerPreview(page, summary, button) {
  const preview = page.getByTestId('import-preview');
  await preview.waitFor();
  assert.match((await preview.getByTestId('import-preview-summary').textContent()) ?? '', summary);
  await preview.getByRole('button', { name: button }).click();
  await preview.waitFor({ state: 'detached' });
}

/** The ids of the charts on the page, in order. @param {import('playwright-core').Page} page */
export const chartIds = (page) =>
  page.locator('[data-testid^="chart-panel-"]').evaluateAll((panels) => panels.map((p) => p.getAttribute('data-testid')?.replace('chart-panel-', '')));

/** The series dialog, open, with its chunk loaded. @param {import('playwright-core').Page} page */
export async function openSeries(page) {
  await page.getByTestId('series-open').click();
  await page.getByTestId('series-dialog').waitFor();
}

/**
 * Adds a series of one's own through the dialog, typed a key at a time, and returns its id once its chart shows.
 * @param {import('playwright-core').Page} page @param {string} name
 * @param {{ years: string, kind: string, value: string, wording: string }[]} figures
 */
export async function typeSeries(page, name, figures) {
  const before = await chartIds(page);
  await openSeries(page);
  await page.getByTestId('series-add').click();
  await page.getByTestId('series-name-en').pressSequentially(name);
  await page.getByTestId('series-publisher').pressSequentially('Some Securities');
  await page.getByTestId('series-date').pressSequentially('2025-01');
  for (const [i, f] of figures.entries()) {
    if (i > 0) await page.getByTestId('figure-add').click();
    await page.getByTestId(`figure-${i}-years`).pressSequentially(f.years);
    await page.getByTestId(`figure-${i}-kind`).selectOption(f.kind);
    await page.getByTestId(`figure-${i}-value`).pressSequentially(f.value);
    await page.getByTestId(`figure-${i}-wording`).pressSequentially(f.wording);
  }
  await page.getByTestId('series-save').click();
  await page.getByTestId('series-close').click();
  return eventually(async () => {
    const added = (await chartIds(page)).filter((id) => !before.includes(id));
    assert.equal(added.length, 1, 'one chart more');
    return /** @type {string} */ (added[0]);
  });
}
