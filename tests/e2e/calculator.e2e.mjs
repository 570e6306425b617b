// End-to-end tests of the calculator against the built app (dist/), run by tests/e2e/run.mjs.
//
// The runner opens a fresh page per test but keeps one browser context, so localStorage would leak
// from one test into the next: `openApp` clears it once per tab (a sessionStorage flag survives a
// reload, so a test can still reload and find its own saved work).
// The same assert run.mjs hands each test, imported so that type checkers see its assertion signatures.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually } from './exchange-helpers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const STORAGE_KEY = 'genai-forecast';
const T2V = 't2v-revenue-global';
const T2I_MARKET = 't2i-market-cn';
const T2I_USERS = 't2i-users-cn';
const SERIES = [T2I_MARKET, T2I_USERS, T2V];
const EN_TITLE = 'GenAI in media: forecast calculator';
const HAN = /[\u4e00-\u9fff]/;

// ---------------------------------------------------------------------------------------------
// helpers

/** Two animation frames: whatever React committed has been laid out and painted. */
const settle = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined)))));

/**
 * Opens the app on a clean slate, in English.
 * @param {import('playwright-core').Page} page
 * @param {string} baseUrl
 * @param {{ saved?: string, lang?: 'en' | 'zh' }} [options] saved: raw text for the storage key before the app starts
 */
async function openApp(page, baseUrl, { saved, lang = 'en' } = {}) {
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

const rows = (/** @type {import('playwright-core').Page} */ page) => page.getByTestId('scenario-row');
const row = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id) =>
  page.locator(`[data-testid="scenario-row"][data-scenario-id="${id}"]`);

/** The ids of the scenario rows, in list order. */
const rowIds = (/** @type {import('playwright-core').Page} */ page) =>
  page.$$eval('[data-testid="scenario-row"]', (els) => els.map((e) => e.getAttribute('data-scenario-id') ?? ''));

/**
 * Clicks a button that adds a scenario and returns the new scenario's id.
 * @param {import('playwright-core').Page} page @param {import('playwright-core').Locator} [button]
 */
async function addScenario(page, button = page.getByTestId('new-scenario')) {
  const before = await rowIds(page);
  await button.click();
  return eventually(async () => {
    const added = (await rowIds(page)).filter((id) => !before.includes(id));
    if (added.length !== 1) throw new Error(`expected one new scenario row, got ${added.length}`);
    return /** @type {string} */ (added[0]);
  });
}

/** The name shown on a scenario row. */
const rowName = async (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id) =>
  ((await row(page, id).locator('.scenario__name').textContent()) ?? '').trim();

const field = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ seriesId, /** @type {string} */ name) =>
  page.getByTestId(`field-${seriesId}-${name}`);
const fieldText = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ seriesId, /** @type {string} */ name) =>
  field(page, seriesId, name).locator('input[type="text"]');

/**
 * Types into a field's text box the way a person does: empties it, then one key at a time (the
 * field reads and applies what it can after every key), then leaves it with Enter.
 * @param {import('playwright-core').Locator} input @param {string} text
 */
async function typeInto(input, text) {
  await input.click();
  await input.fill('');
  await input.pressSequentially(text);
  await input.press('Enter');
}

/** The table cell of a scenario for a year, in one series' panel. */
const cell = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ seriesId, /** @type {string} */ scenarioId, /** @type {number} */ year) =>
  page.locator(`[data-testid="chart-panel-${seriesId}"] td[data-year="${year}"][data-scenario="${scenarioId}"]`);
const cellValue = async (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ seriesId, /** @type {string} */ scenarioId, /** @type {number} */ year) =>
  (await cell(page, seriesId, scenarioId, year).getAttribute('data-value', { timeout: 5_000 })) ?? '';

/**
 * The first `n` significant digits of a decimal string ("166293318.666..." → "166293318666"),
 * compared as text so no float rounding hides a difference.
 * @param {string} decimal @param {number} n
 */
function significantDigits(decimal, n) {
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
function chartPoint(page, /** @type {string} */ seriesId, /** @type {string} */ scenarioId, /** @type {number} */ year) {
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
function scenarioTraces(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id, /** @type {string} */ name) {
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
async function focusBody(/** @type {import('playwright-core').Page} */ page) {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  const active = await page.evaluate(() => document.activeElement?.tagName);
  if (active !== 'BODY') throw new Error(`focus should be on <body>, is on <${active}>`);
}

// ---------------------------------------------------------------------------------------------
// tests

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

/** @type {{ name: string, fn: (ctx: E2EContext) => Promise<void> }[]} */
/**
 * Opens the app with a new scenario whose text-to-video growth after 2030 is 40% (its own line: a
 * scenario with the base case's models is drawn on the base case's line), the chart and that slider
 * in view; returns the scenario's id and the slider.
 * @param {import('playwright-core').Page} page @param {string} baseUrl
 */
async function sliderBesideItsChart(page, baseUrl) {
  await openApp(page, baseUrl);
  const id = await addScenario(page);
  await typeInto(fieldText(page, T2V, 'rateAfter'), '40%');
  await eventually(async () => assert.ok((await chartPoint(page, T2V, id, 2032))?.lineId === id, 'the scenario has its own line'));
  await page.locator(`[data-testid="chart-panel-${T2V}"] .chart-view`).scrollIntoViewIfNeeded();
  const slider = field(page, T2V, 'rateAfter').locator('input[type="range"]');
  await slider.scrollIntoViewIfNeeded();
  return { id, slider };
}

/**
 * The canvas a dragged line is drawn on over the chart of `series`, read in the page: after each
 * move (in the frame its input asked for, once the app's handlers have run), whether the canvas holds
 * anything, and the last move's pixels.
 * @param {import('playwright-core').Page} page @param {string} series
 */
async function dragCanvas(page, series) {
  await page.evaluate((series) => {
    const w = /** @type {any} */ (window);
    const read = () => {
      const canvas = /** @type {HTMLCanvasElement | null} */ (document.querySelector(`[data-testid="chart-panel-${series}"] canvas.chart-view__preview`));
      return canvas && canvas.width > 0 && canvas.height > 0 ? canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height) : undefined;
    };
    const inked = (/** @type {ImageData | undefined} */ image) => Boolean(image?.data.some((v, i) => i % 4 === 3 && v > 0));
    w.__canvas = { painted: [], last: undefined, read, inked };
    window.addEventListener(
      'input',
      () =>
        requestAnimationFrame(() => {
          const image = read();
          w.__canvas.painted.push(inked(image));
          w.__canvas.last = image;
        }),
      { capture: true },
    );
  }, series);
  return {
    /** Per move: whether the canvas held anything in the move's frame. */
    painted: () => page.evaluate(() => /** @type {boolean[]} */ (/** @type {any} */ (window).__canvas.painted)),
    /** Whether the canvas holds anything now. */
    holdsAnything: () => page.evaluate(() => /** @type {any} */ (window).__canvas.inked(/** @type {any} */ (window).__canvas.read())),
    /** The last move's pixel at device pixel (x, y), RGBA, and the canvas's width in device pixels. */
    lastPixel: (/** @type {number} */ x, /** @type {number} */ y) =>
      page.evaluate(([px, py]) => {
        const image = /** @type {any} */ (window).__canvas.last;
        const at = (py * image.width + px) * 4;
        return { rgba: /** @type {number[]} */ ([...image.data.slice(at, at + 4)]), width: /** @type {number} */ (image.width) };
      }, [x, y]),
  };
}

export const tests = [
  {
    name: 'a new growth rate moves the chart and the table to the right values',
    async fn({ page, baseUrl, consoleErrors }) {
      await openApp(page, baseUrl);
      const id = await addScenario(page);
      const name = await rowName(page, id);
      assert.equal(name, 'My scenario');
      assert.equal(await row(page, id).locator('.scenario__name').getAttribute('aria-pressed'), 'true', 'a new scenario takes the focus');

      // Until it is changed the new scenario is the base case, drawn on the base case's line.
      const before = await chartPoint(page, T2V, id, 2030);
      assert.ok(before, 'the new scenario is drawn in the text-to-video chart');

      await page.getByTestId(`model-type-${T2V}`).selectOption('compound');
      await field(page, T2V, 'cagr').waitFor();
      await typeInto(fieldText(page, T2V, 'cagr'), '56.6%');
      await typeInto(fieldText(page, T2V, 'baseValue'), '7.2M');
      await typeInto(fieldText(page, T2V, 'baseYear'), '2023');

      // What the boxes show once left: the values in force, written back in the field's format.
      assert.equal(await fieldText(page, T2V, 'cagr').inputValue(), '56.6%');
      assert.equal(await fieldText(page, T2V, 'baseYear').inputValue(), '2023');
      assert.equal(await field(page, T2V, 'cagr').locator('[role="alert"]').count(), 0, 'no error left on the CAGR field');

      // Expected 2030 value 7.2e6 × 1.566^7 = 166,293,318.6664261334572032, computed independently
      // with Python's decimal module (prec=40): Decimal('7.2e6') * Decimal('1.566') ** 7.
      const EXPECTED_2030 = '166293318.6664261334572032';
      await eventually(async () => {
        const value = await cellValue(page, T2V, id, 2030);
        assert.equal(significantDigits(value, 12), significantDigits(EXPECTED_2030, 12), `table 2030 for ${id}: ${value}`);
      });
      const base2023 = await cellValue(page, T2V, id, 2023);
      assert.equal(significantDigits(base2023, 12), significantDigits('7200000', 12), 'the base year holds the base value');

      const after = await eventually(async () => {
        const point = await chartPoint(page, T2V, id, 2030);
        assert.ok(point, 'the scenario still has a line with a 2030 point');
        assert.equal(significantDigits(point.value, 12), significantDigits(EXPECTED_2030, 12), `chart 2030 value ${point.value}`);
        return point;
      });
      // 2.219B → 166M on an axis whose top is set by the other scenarios: the point moves down.
      assert.ok(after.y - before.y > 1, `the 2030 point moved down (y ${before.y} → ${after.y} px)`);
      assert.deepEqual(consoleErrors, []);
    },
  },

  {
    name: 'a slider drag draws the moving line over the chart in the frame of the move, and the chart takes it once stored',
    async fn({ page, baseUrl, consoleErrors }) {
      const { id, slider } = await sliderBesideItsChart(page, baseUrl);
      const canvas = await dragCanvas(page, T2V);

      // In the frame of each move (an animation frame callback queued by the input, after the app's
      // handlers): whether the chart's own line was hidden under the canvas, and whether that line's
      // markers in the SVG are as the move found them (React leaves them to the canvas).
      await page.evaluate(
        ({ series, lineId }) => {
          const w = /** @type {any} */ (window);
          w.__frames = [];
          const panel = () => document.querySelector(`[data-testid="chart-panel-${series}"]`);
          const line = () => panel()?.querySelector(`.chart-view__svg g.chart-line[data-line-id="${CSS.escape(lineId)}"]`);
          window.addEventListener(
            'input',
            () => {
              // Before the app's handlers: the SVG line as the move finds it.
              const before = line()?.querySelector('.chart-line__points')?.getAttribute('d');
              requestAnimationFrame(() => {
                const canvas = panel()?.querySelector('canvas.chart-view__preview');
                w.__frames.push({
                  hidden: line()?.getAttribute('visibility') === 'hidden',
                  canvasShown: Boolean(canvas) && getComputedStyle(/** @type {Element} */ (canvas)).visibility === 'visible',
                  same: line()?.querySelector('.chart-line__points')?.getAttribute('d') === before,
                });
              });
            },
            { capture: true },
          );
        },
        { series: T2V, lineId: id },
      );
      const before2032 = await cellValue(page, T2V, id, 2032);
      const box = await slider.boundingBox();
      assert.ok(box);
      // From 40% down towards 20% (the slider runs from -50% to 300%): the line stays inside the axis,
      // which holds still while the pointer is down, so the canvas can draw every move.
      await page.mouse.move(box.x + box.width * (90 / 350), box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * (70 / 350), box.y + box.height / 2, { steps: 3 });

      // Every move, from the first: the chart's own line untouched by React and hidden, the canvas
      // shown and drawn on, in the move's own frame (the canvas is drawn in the input's task).
      const frames = /** @type {{ hidden: boolean, canvasShown: boolean, same: boolean }[]} */ (await page.evaluate(() => /** @type {any} */ (window).__frames));
      assert.ok(frames.length >= 3, `moves seen: ${JSON.stringify(frames)}`);
      assert.ok(frames.every((f) => f.same && f.hidden && f.canvasShown), `each move left to the canvas: ${JSON.stringify(frames)}`);
      const painted = await canvas.painted();
      assert.equal(painted.length, frames.length, `the canvas read in each move's frame: ${JSON.stringify(painted)}`);
      assert.ok(painted.every(Boolean), `each move drawn on the canvas: ${JSON.stringify(painted)}`);

      // Still holding the pointer (the axis holds too), the move is stored: the table and the chart's
      // own line take it, the canvas is cleared, and the line shows where the canvas drew it.
      await eventually(async () => assert.notEqual(await cellValue(page, T2V, id, 2032), before2032, 'the table takes the move'));
      const end = await chartPoint(page, T2V, id, 2032);
      assert.ok(end && end.lineId === id);
      const after = await page.evaluate(({ series, lineId }) => {
        const panel = document.querySelector(`[data-testid="chart-panel-${series}"]`);
        const element = /** @type {HTMLCanvasElement} */ (panel?.querySelector('canvas.chart-view__preview'));
        const x = [...(panel?.querySelectorAll('.chart-x-tick') ?? [])].find((t) => t.textContent === '2032');
        const stroke = panel?.querySelector(`g.chart-line[data-line-id="${CSS.escape(lineId)}"]`)?.getAttribute('stroke') ?? '';
        return {
          hiddenLines: panel?.querySelectorAll('g.chart-line[visibility]').length,
          canvasShown: getComputedStyle(element).visibility === 'visible',
          x2032: Number(x?.getAttribute('x')),
          colour: [1, 3, 5].map((i) => parseInt(stroke.slice(i, i + 2), 16)),
          // The canvas covers the plot: where it sits in the chart, and its size in CSS pixels.
          left: element.offsetLeft,
          top: element.offsetTop,
          cssWidth: element.clientWidth,
        };
      }, { series: T2V, lineId: id });
      await page.mouse.up();
      await eventually(async () => assert.equal(await canvas.holdsAnything(), false, 'the canvas is cleared once the move is stored'));
      assert.equal(after.hiddenLines, 0, 'no line of the chart stays hidden');
      assert.equal(after.canvasShown, false, 'the canvas is hidden in the frame the chart takes the move');
      // The last move's 2032 marker on the canvas: where the chart's own marker now stands, opaque, in the line's colour.
      const { width } = await canvas.lastPixel(0, 0);
      const scale = width / after.cssWidth;
      const { rgba: last } = await canvas.lastPixel(Math.round((after.x2032 - after.left) * scale), Math.round((end.y - after.top) * scale));
      assert.ok((last[3] ?? 0) > 200, `the canvas drew the marker at the stored value's place: ${last}`);
      assert.ok(last.slice(0, 3).every((c, i) => Math.abs(c - (after.colour[i] ?? NaN)) <= 8), `in the line's colour ${after.colour}: ${last}`);
      assert.deepEqual(consoleErrors, []);
    },
  },
  {
    name: 'a drag that takes the line off the axis keeps the axis still and cuts the line at its edge; letting go stores the move and fits the axis',
    async fn({ page, baseUrl, consoleErrors }) {
      const { id, slider } = await sliderBesideItsChart(page, baseUrl);
      const canvas = await dragCanvas(page, T2V);
      // Per move, as the move finds the page (before the app's handlers) and in the frame it paints:
      // the value axis's top tick, the table's 2032 cell, whether the chart's own line is hidden.
      // Read in the frame, so a rest of the hand (which stores the move) cannot blur it.
      await page.evaluate(
        ({ series, lineId }) => {
          const w = /** @type {any} */ (window);
          w.__moves = [];
          const panel = () => document.querySelector(`[data-testid="chart-panel-${series}"]`);
          const look = () => {
            return {
              top: Math.max(...[...(panel()?.querySelectorAll('.chart-y-tick') ?? [])].map((t) => Number(t.getAttribute('data-value')))),
              cell: panel()?.querySelector(`td[data-year="2032"][data-scenario="${CSS.escape(lineId)}"]`)?.textContent,
              hidden: panel()?.querySelector(`g.chart-line[data-line-id="${CSS.escape(lineId)}"]`)?.getAttribute('visibility') === 'hidden',
            };
          };
          w.__look = look;
          window.addEventListener(
            'input',
            () => {
              const before = look();
              requestAnimationFrame(() => w.__moves.push({ before, after: look() }));
            },
            { capture: true },
          );
        },
        { series: T2V, lineId: id },
      );
      const look = () => page.evaluate(() => /** @type {any} */ (window).__look());
      const start = await look();
      const box = await slider.boundingBox();
      assert.ok(box);
      const y = box.y + box.height / 2;
      // From 40% to 250% a year after 2030 (the slider runs from -50% to 300%): far above the axis.
      await page.mouse.move(box.x + box.width * (90 / 350), y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * (300 / 350), y, { steps: 4 });
      const moves = /** @type {{ before: any, after: any }[]} */ (await page.evaluate(() => /** @type {any} */ (window).__moves));
      assert.ok(moves.length >= 4, `moves seen: ${moves.length}`);
      for (const { before, after } of moves) {
        assert.equal(after.top, before.top, `a move leaves the value axis as it was (top tick ${before.top} → ${after.top})`);
        assert.equal(after.cell, before.cell, 'a move alone does not re-render the table');
      }
      // Hidden under the canvas in every move's frame, from the first.
      assert.ok(moves.every((m) => m.after.hidden), `the chart's own line stays hidden under the canvas: ${JSON.stringify(moves.map((m) => m.after))}`);
      // Every move drawn on the canvas in its frame, the line cut at the axis (cut by clip.ts; its unit tests check the cutting).
      const painted = await canvas.painted();
      assert.equal(painted.length, moves.length, `the canvas read in each move's frame: ${JSON.stringify(painted)}`);
      assert.ok(painted.every(Boolean), `each move drawn on the canvas: ${JSON.stringify(painted)}`);
      await page.mouse.up();
      const released = await eventually(async () => {
        const now = await look();
        assert.ok(now.top > start.top * 2, `the axis fits the line once let go (top tick ${start.top} → ${now.top})`);
        assert.notEqual(now.cell, start.cell, 'the table takes the move');
        return now;
      });
      await eventually(async () => assert.equal(await canvas.holdsAnything(), false, 'the canvas is cleared once the move is stored'));
      assert.equal(released.hidden, false, "the chart's own line shows again");
      assert.deepEqual(consoleErrors, []);
    },
  },
  {
    name: 'scenarios can be created, compared and deleted',
    async fn({ page, baseUrl, consoleErrors }) {
      await openApp(page, baseUrl);
      const initialRows = await rows(page).count();

      const a = await addScenario(page);
      const aName = await rowName(page, a);
      await typeInto(fieldText(page, T2V, 'rateAfter'), '70%');
      const b = await addScenario(page, page.getByRole('button', { name: `Duplicate: ${aName}`, exact: true }));
      const bName = await rowName(page, b);
      assert.equal(bName, `Copy of ${aName}`);
      assert.equal(await rows(page).count(), initialRows + 2);
      // A copy draws on the line of its original until it differs from it.
      await typeInto(fieldText(page, T2V, 'rateAfter'), '90%');

      await eventually(async () => {
        for (const [id, name] of [
          [a, aName],
          [b, bName],
        ]) {
          const traces = await scenarioTraces(page, id, name);
          assert.ok(traces.lines >= 2, `${name} has its own line and legend entry in the text-to-video chart`);
          assert.equal(traces.headers, SERIES.length, `${name} has a column in each table`);
          assert.ok(traces.cells > 0);
        }
      });
      // The tables follow the charts in a deferred render: read them once they have caught up.
      await eventually(async () =>
        assert.notEqual(await cellValue(page, T2V, a, 2032), await cellValue(page, T2V, b, 2032), 'the two scenarios differ after 2030'),
      );

      // Out of the comparison: gone from every chart and table, still in the list.
      const compareB = page.getByRole('checkbox', { name: `Compare: ${bName}`, exact: true });
      assert.equal(await compareB.isChecked(), true);
      await compareB.uncheck();
      await eventually(async () => {
        assert.deepEqual(await scenarioTraces(page, b, bName), { lines: 0, cells: 0, headers: 0 }, `${bName} left the charts and tables`);
        const traces = await scenarioTraces(page, a, aName);
        assert.ok(traces.lines >= 2 && traces.headers === SERIES.length, `${aName} is still compared`);
      });
      assert.equal(await row(page, b).count(), 1, 'an uncompared scenario stays in the list');

      // Deleted: the row goes, and so does everything drawn for it.
      await page.getByRole('button', { name: `Delete: ${aName}`, exact: true }).click();
      await eventually(async () => {
        assert.equal(await row(page, a).count(), 0, 'the deleted row is gone');
        assert.deepEqual(await scenarioTraces(page, a, aName), { lines: 0, cells: 0, headers: 0 });
      });
      assert.equal(await rows(page).count(), initialRows + 1);
      assert.equal(await row(page, b).count(), 1, 'the other scenario is still there');

      // Compared again, it comes back.
      await compareB.check();
      await eventually(async () => assert.equal((await scenarioTraces(page, b, bName)).headers, SERIES.length));
      assert.deepEqual(consoleErrors, []);
    },
  },

  {
    name: 'a renamed and changed scenario is still there after a reload',
    async fn({ page, baseUrl, consoleErrors }) {
      await openApp(page, baseUrl);
      const id = await addScenario(page);
      const oldName = await rowName(page, id);
      // A name holding markup is refused beside the field (the import door would refuse it in a file), the old one stays.
      await page.getByRole('button', { name: `Rename: ${oldName}`, exact: true }).click();
      const input = row(page, id).getByRole('textbox', { name: 'Name' });
      await input.fill('增长更快 <b>x</b>');
      await row(page, id).getByRole('alert').waitFor();
      await input.press('Enter');
      assert.equal(await input.inputValue(), '增长更快 <b>x</b>', 'Enter does not take a refused name');
      await input.press('Escape');
      await eventually(async () => assert.equal(await rowName(page, id), oldName));

      // Angle brackets and ampersands that are not markup are fine, and stay text everywhere.
      const newName = '增长更快 <50% & R&D';
      await page.getByRole('button', { name: `Rename: ${oldName}`, exact: true }).click();
      await row(page, id).getByRole('textbox', { name: 'Name' }).fill(newName);
      await row(page, id).getByRole('textbox', { name: 'Name' }).press('Enter');
      await eventually(async () => assert.equal(await rowName(page, id), newName));

      const markup = () => page.evaluate(() => document.querySelectorAll('b').length);
      assert.equal(await markup(), 0, 'no <b> element made from the name');
      assert.equal(await row(page, id).locator('b').count(), 0);
      await eventually(async () => assert.equal((await scenarioTraces(page, id, newName)).headers, SERIES.length, 'the new name heads the table columns'));

      await typeInto(fieldText(page, T2V, 'rateAfter'), '70%');
      const value2032 = await eventually(async () => {
        const v = await cellValue(page, T2V, id, 2032);
        const base = await cellValue(page, T2V, 'base', 2032);
        assert.notEqual(v, base, 'the change shows in the table');
        return v;
      });

      await page.reload({ waitUntil: 'load' });
      await row(page, id).waitFor();
      assert.equal(await rowName(page, id), newName, 'the name survives a reload');
      assert.equal(await markup(), 0, 'still no <b> element after a reload');
      assert.equal(await row(page, id).locator('.scenario__name').getAttribute('aria-pressed'), 'true', 'the focus survives a reload');
      assert.equal(await fieldText(page, T2V, 'rateAfter').inputValue(), '70%', 'the assumption survives a reload');
      assert.equal(await cellValue(page, T2V, id, 2032), value2032, 'the projection is the same after a reload');
      assert.deepEqual(consoleErrors, []);
    },
  },

  {
    name: 'switching the language to Chinese and back, with the unit style a setting apart from it',
    async fn({ page, baseUrl, consoleErrors }) {
      await openApp(page, baseUrl, { lang: 'en' });
      const h1 = page.locator('h1').first();
      const cellTexts = () => page.$$eval('td[data-value]', (tds) => tds.map((td) => td.textContent ?? ''));

      assert.equal((await h1.textContent())?.trim(), EN_TITLE);
      assert.equal(await fieldText(page, T2I_MARKET, 'anchors.0.low').inputValue(), '10B');
      let texts = await cellTexts();
      assert.ok(texts.length > 0, 'the tables have cells');
      assert.ok(!texts.some((t) => /[万亿]/.test(t)), 'English tables use no 万/亿');
      assert.ok(texts.some((t) => /\d(B|M)\b/.test(t)), `English tables use M/B: ${texts.slice(0, 5).join(' | ')}`);

      await page.getByTestId('language').selectOption('zh');
      await eventually(async () => {
        const title = (await h1.textContent())?.trim() ?? '';
        assert.ok(HAN.test(title) && title !== EN_TITLE, `the heading is Chinese: ${title}`);
      });
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
      // The grouping is a setting of its own: the language leaves it at K/M/B until 万/亿 is chosen.
      const anchorLow = fieldText(page, T2I_MARKET, 'anchors.0.low');
      assert.match((await cell(page, T2V, 'base', 2030).textContent()) ?? '', /^2\.219B美元/, 'the language changes the unit words, not the grouping');
      assert.equal(await anchorLow.inputValue(), '10B');
      const numbers = page.getByRole('group', { name: '数字单位' });
      await numbers.getByText('万 / 亿', { exact: true }).click();
      await eventually(async () => {
        texts = await cellTexts();
        assert.ok(texts.some((t) => t.includes('亿')), 'a cell shows 亿');
      });
      assert.ok(texts.some((t) => t.includes('万')), 'a cell shows 万');
      assert.ok(!texts.some((t) => /\d(B|M)\b/.test(t)), 'no M/B left in the tables');
      const t2v2030 = await cell(page, T2V, 'base', 2030).textContent();
      assert.match(t2v2030 ?? '', /^22\.19亿美元/, 'the 2030 text-to-video revenue reads 22.19亿美元');
      // The assumption boxes are rewritten in the chosen grouping too (the 2024 anchor: RMB 10 billion).
      await eventually(async () => assert.equal(await anchorLow.inputValue(), '100亿', 'an amount box reads 100亿'));

      await page.getByTestId('language').selectOption('en');
      await eventually(async () => assert.equal((await h1.textContent())?.trim(), EN_TITLE));
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.match((await cell(page, T2V, 'base', 2030).textContent()) ?? '', /^\$22\.19亿/, 'English words, 万/亿 kept');
      await page.getByRole('group', { name: 'Numbers in' }).getByText('K / M / B', { exact: true }).click();
      await eventually(async () => {
        texts = await cellTexts();
        assert.ok(!texts.some((t) => /[万亿]/.test(t)), 'back to K/M/B');
      });
      assert.match((await cell(page, T2V, 'base', 2030).textContent()) ?? '', /^\$2\.219B/);
      await eventually(async () => assert.equal(await anchorLow.inputValue(), '10B', 'and 10B in K/M/B'));
      assert.deepEqual(consoleErrors, []);
    },
  },

  {
    name: 'Ctrl+Z undoes a change and Ctrl+Shift+Z redoes it',
    async fn({ page, baseUrl, consoleErrors }) {
      await openApp(page, baseUrl);
      const id = await addScenario(page);
      const original = await cellValue(page, T2V, id, 2032);

      await typeInto(fieldText(page, T2V, 'rateAfter'), '90%');
      const changed = await eventually(async () => {
        const v = await cellValue(page, T2V, id, 2032);
        assert.notEqual(v, original);
        return v;
      });
      // Wait out the history's coalescing window, so the edit is one step of its own.
      await page.waitForTimeout(900);

      await focusBody(page);
      await page.keyboard.press('Control+z');
      await eventually(async () => assert.equal(await cellValue(page, T2V, id, 2032), original, 'undo restores the table'));
      assert.equal(await fieldText(page, T2V, 'rateAfter').inputValue(), '56.6%', 'undo restores the field');
      assert.equal(await page.getByTestId('redo').isEnabled(), true);

      await page.keyboard.press('Control+Shift+z');
      await eventually(async () => assert.equal(await cellValue(page, T2V, id, 2032), changed, 'redo brings the change back'));
      assert.equal(await fieldText(page, T2V, 'rateAfter').inputValue(), '90%');
      assert.equal(await page.getByTestId('redo').isEnabled(), false, 'nothing left to redo');

      // Inside a text box, Ctrl+Z belongs to the box, not to the app's history.
      await fieldText(page, T2V, 'rateAfter').focus();
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(100);
      assert.equal(await cellValue(page, T2V, id, 2032), changed, 'Ctrl+Z in a text field does not undo the app');
      assert.deepEqual(consoleErrors, []);
    },
  },

  {
    name: 'unreadable input is explained beside the field and the last valid value stays',
    async fn({ page, baseUrl, consoleErrors }) {
      await openApp(page, baseUrl);
      const id = await addScenario(page);
      await page.getByTestId(`model-type-${T2V}`).selectOption('compound');
      const cagr = fieldText(page, T2V, 'cagr');
      await typeInto(cagr, '60%');
      const valid = await eventually(async () => {
        const v = await cellValue(page, T2V, id, 2030);
        assert.ok(v);
        return v;
      });

      await cagr.fill('abc');
      const alert = field(page, T2V, 'cagr').getByRole('alert');
      await alert.waitFor({ state: 'visible' });
      const message = (await alert.textContent()) ?? '';
      // e.g. "This is not a number this field can read (try 56.6%, 7.2M or 1.5亿). Still using 60%"
      assert.ok(message.replace(/60%/g, '').trim().length > 10, `the message says what is wrong: ${message}`);
      assert.match(message, /60%/, 'the message names the value still in force');
      assert.equal(await cagr.getAttribute('aria-invalid'), 'true');
      assert.equal(await cagr.getAttribute('aria-describedby'), await alert.getAttribute('id'), 'the box points at its message');
      assert.equal(await cagr.inputValue(), 'abc', 'what was typed stays in the box to be corrected');
      assert.equal(await cellValue(page, T2V, id, 2030), valid, 'the table keeps the last valid value');

      // Leaving the box keeps the message; a valid value clears it.
      await cagr.press('Tab');
      assert.equal(await alert.isVisible(), true);
      assert.equal(await cellValue(page, T2V, id, 2030), valid);
      await typeInto(cagr, '61%');
      await eventually(async () => assert.equal(await field(page, T2V, 'cagr').getByRole('alert').count(), 0));
      await eventually(async () => assert.notEqual(await cellValue(page, T2V, id, 2030), valid, 'the table takes the valid value'));
      assert.deepEqual(consoleErrors, []);
    },
  },

  {
    name: 'corrupt saved data is kept aside and the app starts from the defaults',
    async fn({ page, baseUrl, consoleErrors }) {
      const CORRUPT = '{not json';
      await openApp(page, baseUrl, { saved: CORRUPT });
      const banner = page.getByTestId('recovery');
      await banner.waitFor({ state: 'visible' });
      assert.equal(await banner.getAttribute('role'), 'alert');
      assert.match((await banner.textContent()) ?? '', /could not be read/);

      const kept = await page.evaluate(() => {
        /** @type {Record<string, string | null>} */
        const found = {};
        for (let i = 0; i < localStorage.length; i++) {
          const key = localStorage.key(i);
          if (key?.includes(':recovered:')) found[key] = localStorage.getItem(key);
        }
        return found;
      });
      const keys = Object.keys(kept);
      assert.equal(keys.length, 1, `one recovered copy: ${keys.join(', ')}`);
      assert.ok(keys[0]?.startsWith(`${STORAGE_KEY}:recovered:`), keys[0]);
      assert.equal(kept[/** @type {string} */ (keys[0])], CORRUPT, 'the copy holds the corrupt text as it was');

      // The app works from its defaults and saves again.
      assert.equal((await page.locator('h1').first().textContent())?.trim(), EN_TITLE);
      assert.equal(await rows(page).count(), 5, 'the default scenarios');
      await addScenario(page);
      // Saving waits until changes rest (300 ms), then writes the new work over the corrupt text.
      await eventually(async () => {
        const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
        assert.doesNotThrow(() => JSON.parse(saved ?? ''), 'new work is saved as JSON');
      });

      await banner.getByRole('button', { name: 'Dismiss' }).click();
      await banner.waitFor({ state: 'detached' });
      assert.deepEqual(consoleErrors.filter((e) => e.startsWith('pageerror')), [], 'no uncaught errors');
    },
  },

  {
    name: 'the chart can be read with the keyboard',
    async fn({ page, baseUrl, consoleErrors }) {
      await openApp(page, baseUrl);
      const group = page.locator(`[data-testid="chart-panel-${T2V}"] .chart-view[role="group"]`);
      const readout = page.getByTestId(`readout-${T2V}`);
      assert.equal(await group.getAttribute('tabindex'), '0', 'the chart is in the tab order');
      assert.match((await group.getAttribute('aria-label')) ?? '', /text-to-video/i, 'the chart group has a name');
      assert.equal(await readout.locator('strong').count(), 0, 'no year read out before any key');

      // Reached with Tab from the panel's heading (past whatever controls the panel's header holds).
      await page.getByTestId(`chart-panel-${T2V}`).locator('h3').click();
      let tabs = 0;
      while (!(await group.evaluate((el) => el === document.activeElement)) && tabs < 25) {
        await page.keyboard.press('Tab');
        tabs++;
      }
      assert.equal(await group.evaluate((el) => el === document.activeElement), true, `Tab reaches the chart (${tabs} presses)`);

      await page.keyboard.press('ArrowRight');
      await eventually(async () => assert.equal((await readout.locator('strong').textContent())?.trim(), '2022'));
      await page.keyboard.press('ArrowRight');
      await eventually(async () => assert.equal((await readout.locator('strong').textContent())?.trim(), '2023'));
      const text = (await readout.textContent()) ?? '';
      assert.match(text, /Report base case.*\$7\.2M/, `the readout gives the values of the year: ${text}`);
      assert.equal(await page.locator(`[data-testid="chart-panel-${T2V}"] .chart-view__guide`).count(), 1, 'a guide marks the year');
      assert.equal(await page.locator(`[data-testid="chart-panel-${T2V}"] tr.is-hover th`).textContent(), '2023', 'the table row is highlighted');

      await page.keyboard.press('ArrowLeft');
      await eventually(async () => assert.equal((await readout.locator('strong').textContent())?.trim(), '2022'));
      await page.keyboard.press('Escape');
      await eventually(async () => assert.equal(await readout.locator('strong').count(), 0, 'Escape clears the readout'));
      assert.deepEqual(consoleErrors, []);
    },
  },

  {
    name: 'screenshots of the main view (en light, zh, dark)',
    async fn({ page, baseUrl, screenshotDir, consoleErrors }) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openApp(page, baseUrl, { lang: 'en' });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
      const ready = async () => {
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await page.locator(`[data-testid="chart-panel-${T2I_MARKET}"] .chart-view__svg svg`).waitFor();
        await settle(page);
      };

      await ready();
      const update = process.env.UPDATE_SCREENSHOTS === '1';
      const mainView = update ? path.join(HERE, 'screenshots', 'main-view.png') : path.join(screenshotDir, 'main-view.png');
      fs.mkdirSync(path.dirname(mainView), { recursive: true });
      await page.screenshot({ path: mainView });

      await page.getByTestId('language').selectOption('zh');
      await eventually(async () => assert.ok(HAN.test((await page.locator('h1').first().textContent()) ?? '')));
      // A Chinese reader's view: numbers in 万/亿 (a setting apart from the language).
      await page.locator('label:has(> input[name="unit-style"][value="wan"])').click();
      await ready();
      await page.screenshot({ path: path.join(screenshotDir, 'main-zh.png') });

      await page.getByTestId('language').selectOption('en');
      await page.locator('label:has(> input[name="unit-style"][value="kmb"])').click();
      await page.getByTestId('theme').click();
      await eventually(async () => assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark'));
      await eventually(async () =>
        assert.equal(await page.locator(`[data-testid="chart-panel-${T2I_MARKET}"] .chart-view__svg svg`).getAttribute('data-theme'), 'dark'),
      );
      await ready();
      await page.screenshot({ path: path.join(screenshotDir, 'main-dark.png') });

      for (const file of [mainView, path.join(screenshotDir, 'main-zh.png'), path.join(screenshotDir, 'main-dark.png')])
        assert.ok(fs.statSync(file).size > 10_000, `${file} has content`);
      assert.deepEqual(consoleErrors, []);
    },
  },
];
