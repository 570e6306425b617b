#!/usr/bin/env node
// Benchmark: from a slider `input` event to the next painted frame, in the built app (dist/) in
// headless Chromium, with 10 compared scenarios. Run: npm run bench:frame (builds first).
// Prints figures; never fails on them (exit code 1 only when the bench itself cannot run).
//
//   node tests/bench/frame.bench.mjs [--inputs=100] [--gap=40] [--profile] [--trace] [--dist=DIR]
//                                    [--hide-tables] [--css=TEXT] [--floor] [--quick] [--slowest]
//                                    [--load=limit]
//
// Two ways in, each at normal speed and with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate):
// - drag (the target's figure): the real mouse drags the slider (CDP Input.dispatchMouseEvent, see
//   measureDrag). Chrome delivers pointer moves at the start of a frame, as on screen; each `input`
//   is timed to the end of the task that paints its frame.
// - synthetic: the slider's value is set and `input` dispatched from a timer, at any point of a
//   frame, then requestAnimationFrame → MessageChannel marks the end of the next frame; this also
//   waits for the frame to start (up to 16.7 ms) whatever the app does.
// Each latency is split into js (the app's handlers: React's render and commit, the chart), wait
// (until the frame's animation callbacks) and frame (style, layout, paint, compositing).
// --quick runs the throttled drag alone; --slowest prints the slowest moves' split.
// --profile records a CPU profile (CDP Profiler) of the throttled run and prints the functions with
// the most self time (--focus=NAME: inclusive times only of samples under function NAME, e.g.
// dispatchDiscreteEvent for the input's own work); the build is minified, so names are bundle names with their source position:
// for readable names, bench an unminified build (npx vite build --minify false --outDir /tmp/dist-unmin,
// then --dist=/tmp/dist-unmin). --trace records a Chrome trace (CDP Tracing) of the throttled run and
// prints the main thread's time per task kind: script, style, layout, paint (TRACE_CATS=a,b adds
// trace categories, TRACE_DUMP=FILE writes the main thread's events to FILE for a closer look).
// Experiments: --hide-tables closes the three projection tables (the panels' own "Hide table"
// button) before measuring; --css=TEXT adds a style sheet (e.g. CSS containment) before measuring;
// --floor measures a bare page holding only a slider and a text box, not the app: what the browser
// itself takes from a slider input to the painted frame on this machine, the least any app can do.
// --load=limit: the app at issue 19's stated limits (limit-load.mjs): 20 series of one's own (23 charts)
// and 10 compared scenarios, seeded as saved work before the page loads; the same slider is dragged.
//
// The pieces live in tests/bench/frame/: options.mjs (the command line), page.mjs (the page set up),
// measure.mjs (the two ways in), stats.mjs (percentiles, profile, trace) and report.mjs (what is printed).
import path from 'node:path';
import { launchBrowser, startPreviewServer } from '../e2e/browser.mjs';
import { measureDrag, measureInputs } from './frame/measure.mjs';
import { DIST, FLOOR, INPUTS, PROFILE, QUICK, THROTTLE, TRACE, WARMUP, arg } from './frame/options.mjs';
import { BARE_PAGE, canvasDrawn, openPage } from './frame/page.mjs';
import { report } from './frame/report.mjs';
import { summarise, summariseTrace, topSelfTime } from './frame/stats.mjs';

async function main() {
  const server = await startPreviewServer(0, DIST ? path.resolve(DIST) : undefined);
  const browser = await launchBrowser();
  try {
    const { page, errors, setup, experiments } = await openPage(browser, server);

    const cdp = await browser.context.newCDPSession(page);
    const version = /** @type {{ product: string }} */ (await cdp.send('Browser.getVersion')).product;

    /** @type {Record<string, ReturnType<typeof summarise>>} */
    const results = {};
    /** @type {ReturnType<typeof topSelfTime> | undefined} */
    let profile;
    /** @type {ReturnType<typeof summariseTrace> | undefined} */
    let trace;
    for (const rate of QUICK ? [THROTTLE] : [1, THROTTLE]) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await measureDrag(page, WARMUP, 1000 * rate);
      if (!QUICK) await measureInputs(page, WARMUP, 1000 * rate);
      if (PROFILE && rate === THROTTLE) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      /** @type {any[]} */
      const traceEvents = [];
      /** @type {Promise<void> | undefined} */
      let traceDone;
      if (TRACE && rate === THROTTLE) {
        cdp.on('Tracing.dataCollected', (e) => traceEvents.push(...e.value));
        traceDone = new Promise((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
        await cdp.send('Tracing.start', {
          transferMode: 'ReportEvents',
          traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', '__metadata', ...(process.env.TRACE_CATS ? process.env.TRACE_CATS.split(',') : [])] },
        });
      }
      const samples = await measureDrag(page, INPUTS, 0);
      if (!FLOOR && !(await canvasDrawn(page))) throw new Error('the dragged line was not drawn on the canvas over the chart: the figures would time React drawing the SVG');
      if (PROFILE && rate === THROTTLE) {
        const { profile: raw } = /** @type {{ profile: any }} */ (await cdp.send('Profiler.stop'));
        profile = topSelfTime(raw, arg("top", 15));
      }
      if (traceDone) {
        await cdp.send('Tracing.end');
        await traceDone;
        trace = summariseTrace(traceEvents);
      }
      const cpuName = rate === 1 ? 'normal' : `${rate}x throttle`;
      results[`${cpuName}, drag`] = summarise(samples);
      if (process.argv.includes('--slowest'))
        console.log(`${cpuName} drag, slowest:`, [...samples].sort((a, b) => b.total - a.total).slice(0, 8).map((x) => `${x.total.toFixed(1)} (js ${x.js.toFixed(1)}, frame ${x.frame.toFixed(1)})`).join('; '));
      if (!QUICK) results[`${cpuName}, synthetic`] = summarise(await measureInputs(page, INPUTS, 0));
    }
    // The same drag on the bare page, in the same run: what this machine, at this moment, takes for
    // the browser's part alone, against which the app's figures can be read (a shared machine's
    // speed drifts from minute to minute).
    if (!FLOOR && !QUICK) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.close();
      const bare = await browser.context.newPage();
      await bare.setContent(BARE_PAGE);
      const bareCdp = await browser.context.newCDPSession(bare);
      await bareCdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      await measureDrag(bare, WARMUP, 1000, true);
      results[`${THROTTLE}x, bare page (floor)`] = summarise(await measureDrag(bare, INPUTS, 0, true));
      await bareCdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    } else await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    report({ results, profile, trace, setup, experiments, errors, version });
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
