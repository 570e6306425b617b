// The frame bench's two ways in, each timing slider inputs to the painted frame: synthetic inputs
// dispatched from a timer (measureInputs) and the real mouse dragging the slider (measureDrag).
/* global window, document, HTMLInputElement, requestAnimationFrame, requestIdleCallback -- used inside page.evaluate callbacks */
import { CHART, FLOOR, GAP_MS, SLIDER } from './options.mjs';

/**
 * Runs `count` slider inputs in the page and returns one timing per input.
 * @param {import('playwright-core').Page} page @param {number} count @param {number} offset
 */
export async function measureInputs(page, count, offset) {
  if (!FLOOR) await page.locator(CHART).scrollIntoViewIfNeeded();
  await page.locator(SLIDER).scrollIntoViewIfNeeded();
  return page.evaluate(
    async ({ selector, count, offset, gap }) => {
      const setValue = /** @type {(this: HTMLInputElement, v: string) => void} */ (
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
      );
      const channel = new MessageChannel();
      /** @type {{ total: number, js: number, wait: number, frame: number }[]} */
      const out = [];
      for (let i = 0; i < count; i++) {
        const slider = /** @type {HTMLInputElement | null} */ (document.querySelector(selector));
        if (!slider) throw new Error(`no slider ${selector}`);
        // Rates between 30% and 99.3%, never the same twice in a row.
        const value = (30 + (((offset + i) * 7) % 700) / 10).toFixed(1);
        const timing = await new Promise((resolve) => {
          /** @type {number} */
          let tJs = 0;
          const t0 = performance.now();
          setValue.call(slider, value);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          queueMicrotask(() => {
            tJs = performance.now();
          });
          requestAnimationFrame(() => {
            const tRaf = performance.now();
            channel.port2.onmessage = () => {
              const t1 = performance.now();
              resolve({ at: performance.timeOrigin + t0, total: t1 - t0, js: tJs - t0, wait: tRaf - tJs, frame: t1 - tRaf });
            };
            channel.port1.postMessage(undefined);
          });
        });
        out.push(/** @type {{ total: number, js: number, wait: number, frame: number }} */ (timing));
        // Let the page go idle between inputs (a drag leaves some time between moves too).
        await new Promise((r) => setTimeout(r, gap));
      }
      return out;
    },
    { selector: SLIDER, count, offset, gap: GAP_MS },
  );
}

/**
 * Drags the slider with the real mouse (CDP Input.dispatchMouseEvent, what a user's hand sends):
 * Chrome delivers pointer moves aligned to the start of a frame, as it does on screen, so the
 * slider's `input` event runs at the frame's start and, when the work fits, paints in that frame.
 * Per `input` event: t0 when it is dispatched (a capture listener on window, before the app's),
 * tJs after the app's handlers (a listener on the slider, registered after the app's own, which
 * keeps the move from bubbling; or one on window, for the bare page). A message posted at t0, before the app
 * posts anything, runs when the task that dispatched the input ends: Chrome dispatches a frame-aligned
 * input, runs animation frame callbacks, style, layout and paint in one task, so that is when the
 * frame is painted, t1 (an input that came between frames is measured to the end of the next frame,
 * as the synthetic one is, and counted). requestIdleCallback marks when all the work it caused,
 * the deferred table render too, is done. The pointer move's
 * own timestamp, tPointer, shows how long the browser held the move before the frame began.
 * @param {import('playwright-core').Page} page @param {number} count @param {number} offset
 */
export async function measureDrag(page, count, offset, bare = FLOOR) {
  // The chart the slider changes on screen, as a user watching it would have it; the side panel is
  // sticky, so the slider stays in view beside it.
  if (!bare) await page.locator(CHART).scrollIntoViewIfNeeded();
  await page.locator(SLIDER).scrollIntoViewIfNeeded();
  const box = await page.locator(SLIDER).boundingBox();
  if (!box) throw new Error(`no slider ${SLIDER}`);
  await page.evaluate((selector) => {
    const w = /** @type {any} */ (window);
    if (w.__dragProbe) w.__dragProbe.samples = [];
    if (w.__dragProbe) return;
    const probe = { samples: /** @type {any[]} */ ([]), pointer: 0, since: 0, selector };
    w.__dragProbe = probe;
    window.addEventListener('pointermove', (e) => (probe.pointer = e.timeStamp), { capture: true });
    /** @type {{ t0: number, tPointer: number, tJs: number, target: EventTarget | null } | undefined} */
    let open;
    // One channel for the whole run, made before it: the probe's own cost inside each measured
    // input is a performance.now(), a postMessage and a requestAnimationFrame, nothing more.
    /** @type {((t: number) => void)[]} */
    const ends = [];
    const channel = new MessageChannel();
    channel.port2.onmessage = () => ends.shift()?.(performance.now());
    const markEnd = (/** @type {(t: number) => void} */ then) => {
      ends.push(then);
      channel.port1.postMessage(undefined);
    };
    window.addEventListener(
      'input',
      (e) => {
        if (!(e.target instanceof HTMLInputElement) || !e.target.matches(selector)) return;
        // The start marked before the page's own listeners (inputStartProbe), when there is one for
        // this event; a page without it (the bare page, set as content) is marked here, first anyway.
        const start = w.__inputStart?.last?.target === e.target ? w.__inputStart.last : undefined;
        if (start) w.__inputStart.last = undefined;
        const t0 = start?.t0 ?? performance.now();
        const now = performance.now();
        // Until a listener after the page's own says otherwise: this one, when the page's ran first.
        const sample = { t0, tPointer: probe.pointer, tJs: now, tRaf: t0, target: e.target };
        open = sample;
        // Posted before the app's handlers run, so it comes before any task they post (React's
        // background render among them): it runs as soon as the task painting this frame ends.
        const finish = (/** @type {number} */ t1, /** @type {boolean} */ aligned) =>
          requestIdleCallback(() => {
            const tIdle = performance.now();
            if (sample.t0 < (probe.since ?? 0)) return;
            probe.samples.push({
              at: performance.timeOrigin + sample.t0,
              total: t1 - sample.t0,
              js: sample.tJs - sample.t0,
              wait: sample.tRaf - sample.tJs,
              frame: t1 - sample.tRaf,
              fromPointer: t1 - sample.tPointer,
              settled: tIdle - sample.t0,
              aligned,
            });
          });
        /** @type {(() => void) | undefined} */
        let afterFrame;
        requestAnimationFrame(() => {
          sample.tRaf = performance.now();
          afterFrame?.();
        });
        const ended = (/** @type {number} */ t1) => {
          // The frame ran in the input's task (the animation frame callback came first): it is painted now.
          if (sample.tRaf !== sample.t0) return finish(t1, true);
          // The input came between frames: the next frame paints it; measure once that one is done.
          afterFrame = () => markEnd((t) => finish(t, false));
        };
        // The end mark posted at the start, or one posted now.
        if (start) start.ends.push(ended);
        else markEnd(ended);
      },
      { capture: true },
    );
    // After the app's handlers: the slider's own listener (which keeps the move from bubbling),
    // registered after the app's, or a bubbling one on window for a page whose handlers bubble.
    // The last of them to run marks it.
    const handled = (/** @type {Event} */ e) => {
      if (open && e.target === open.target) open.tJs = performance.now();
    };
    document.querySelector(selector)?.addEventListener('input', handled);
    window.addEventListener('input', handled);
  }, SLIDER);
  const y = box.y + box.height / 2;
  // Pixel columns across the middle of the track, never the same twice in a row, so every move
  // changes the value; the mouse goes down once and drags through them.
  const span = Math.max(10, Math.floor(box.width) - 24);
  const xAt = (/** @type {number} */ i) => box.x + 12 + (((offset + i + 1) * 37) % span);
  await page.mouse.move(xAt(-1), y);
  await page.mouse.down();
  await page.waitForTimeout(GAP_MS);
  await page.evaluate(() => {
    const probe = /** @type {any} */ (window).__dragProbe;
    probe.samples = [];
    probe.since = performance.now();
  });
  for (let i = 0; i < count; i++) {
    await page.mouse.move(xAt(i), y);
    await page.waitForTimeout(GAP_MS);
  }
  await page.mouse.up();
  await page.waitForTimeout(GAP_MS);
  return /** @type {{ total: number, js: number, wait: number, frame: number, fromPointer: number }[]} */ (
    await page.evaluate(() => /** @type {any} */ (window).__dragProbe.samples)
  );
}
