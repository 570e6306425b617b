// End-to-end tests of the calculator against the built app (dist/), run by tests/e2e/run.mjs: dragging a
// slider draws the moving line on a canvas over the chart, and the chart takes the move once stored.
// The same assert run.mjs hands each test, imported so that type checkers see its assertion signatures.
import assert from 'node:assert/strict';
import { T2V, openApp, addScenario, field, fieldText, typeInto, cellValue, chartPoint } from './calculator-helpers.mjs';
import { eventually } from './exchange-helpers.mjs';

/** @typedef {import('./calculator-helpers.mjs').E2EContext} E2EContext */

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

/** @type {{ name: string, fn: (ctx: E2EContext) => Promise<void> }[]} */
export const tests = [
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
];
