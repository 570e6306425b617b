// The frame bench's report: the machine, the page, a table of the figures and what they mean, the CPU
// profile and the trace when recorded, printed; and the figures written to test-results/frame-bench.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, FLOOR, GAP_MS, INPUTS, LOAD, QUICK, ROOT, TARGET_MS, THROTTLE, WARMUP } from './options.mjs';
import { percentile } from './stats.mjs';

const f1 = (/** @type {number} */ v) => v.toFixed(1).padStart(6);

/**
 * @param {{
 *   results: Record<string, ReturnType<typeof import('./stats.mjs').summarise>>,
 *   profile: ReturnType<typeof import('./stats.mjs').topSelfTime> | undefined,
 *   trace: ReturnType<typeof import('./stats.mjs').summariseTrace> | undefined,
 *   setup: { compared: number, lines: number, focused: string, charts: number, scenarios: number },
 *   experiments: string[],
 *   errors: string[],
 *   version: string,
 * }} run
 */
export function report({ results, profile, trace, setup, experiments, errors, version }) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const loadAvg = os.loadavg();
  console.log(`frame bench: slider input → next painted frame (${INPUTS} inputs after ${WARMUP} warm-up, ${GAP_MS} ms apart)`);
  if (DIST) console.log(`build:   ${path.resolve(DIST)}`);
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`machine: ${cpu} × ${os.cpus().length} cores, ${os.platform()} ${os.release()}; Node ${process.version}; ${version}`);
  console.log(
    `load:    ${load} (1/5/15 min)${os.loadavg()[0] > os.cpus().length ? ' — busier than its cores: other processes compete, so p95 and max are inflated' : ''}`,
  );
  console.log(
    `page:    load ${LOAD}${LOAD === 'limit' ? ' (20 series of one\'s own × 10 scenarios, seeded as saved work)' : ''}: ${setup.charts} charts, ${setup.scenarios} scenarios, ${setup.compared} compared, ${setup.lines} lines drawn across the charts; focus "${setup.focused}"; slider: text-to-video growth after 2030 (a report series)`,
  );
  if (experiments.length) console.log(`experiment: ${experiments.join('; ')}`);
  console.log('');
  console.log('| CPU, input            |  p50 ms |  p95 ms |  max ms | > 16 ms | js p50/p95 ms | wait p50 | frame p50/p95 ms | from pointer p50/p95 | settled p50/p95 |');
  console.log('|-----------------------|---------|---------|---------|---------|---------------|----------|------------------|----------------------|-----------------|');
  for (const [name, r] of Object.entries(results)) {
    const pointer = Number.isNaN(r.fromPointerP50) ? '—'.padStart(20) : `${f1(r.fromPointerP50)} /${f1(r.fromPointerP95)}      `;
    const settled = Number.isNaN(r.settledP50) ? '—'.padStart(15) : `${f1(r.settledP50)} /${f1(r.settledP95)} `;
    console.log(
      `| ${name.padEnd(21)} | ${f1(r.p50)}  | ${f1(r.p95)}  | ${f1(r.max)}  | ${String(r.overTarget).padStart(3)}/${r.n} | ${f1(r.jsP50)} /${f1(r.jsP95)} | ${f1(r.waitP50)}   | ${f1(r.frameP50)} /${f1(r.frameP95)}  | ${pointer} | ${settled} |`,
    );
  }
  for (const [name, r] of Object.entries(results))
    if (r.unaligned) console.log(`${name}: ${r.unaligned} of ${r.n} inputs came between frames and were measured to the end of the next frame`);
  const throttled = results[`${THROTTLE}x throttle, drag`];
  const met = throttled !== undefined && throttled.n >= INPUTS * 0.9 && throttled.p95 <= TARGET_MS;
  console.log('');
  console.log(`target: p95 ≤ ${TARGET_MS} ms at ${THROTTLE}× throttle (drag) → ${met ? 'met' : `NOT met (p95 ${throttled?.p95.toFixed(1)} ms over ${throttled?.n} inputs)`}`);
  const bare = results[`${THROTTLE}x, bare page (floor)`];
  if (throttled && bare) {
    const ratio = throttled.p95 / bare.p95;
    console.log(`target: p95 within 2× of the bare page's in the same run: ${throttled.p95.toFixed(1)} ÷ ${bare.p95.toFixed(1)} ms = ${ratio.toFixed(2)}× → ${ratio <= 2 ? 'met' : 'NOT met'}`);
  }
  console.log('drag = the real mouse dragging the slider (CDP Input.dispatchMouseEvent); Chrome aligns pointer moves to frames, so the input runs at a frame\'s start.');
  if (!FLOOR && !QUICK) console.log('bare page (floor) = the same drag on a page holding only a slider and a text box, in the same run: the browser\'s own part on this machine at this moment.');
  console.log('synthetic = an `input` event dispatched from a timer, at any point of a frame, so it also waits for the next frame (up to 16.7 ms) whatever the app does.');
  console.log('js = the input event through the app\'s handlers (the slider, its text box, and the dragged line drawn on the canvas over the chart, in the same task);');
  console.log('  wait = until the frame\'s animation callbacks; frame = style, layout, paint;');
  console.log('from pointer = from the pointer move\'s timestamp, including the time the browser held it for the frame;');
  console.log('settled = until the page is idle again (requestIdleCallback): the tables and goal seek, which follow a frame later, are drawn too.');
  if (profile) {
    console.log('');
    console.log(`CPU profile of the ${THROTTLE}× run, self time (${profile.total.toFixed(0)} ms sampled, throttled time):`);
    for (const [name, ms] of profile.rows) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / profile.total).toFixed(1).padStart(5)}%  ${name}`);
    console.log(`page script functions by inclusive time (per input):`);
    for (const [name, ms] of profile.inclusive) console.log(`  ${(ms / INPUTS).toFixed(2).padStart(8)} ms  ${name}`);
  }
  if (trace) {
    console.log('');
    console.log(`Chrome trace of the ${THROTTLE}× run, main thread, per input (throttled time; events nest):`);
    const median = (/** @type {number[]} */ v) => percentile(v, 50);
    console.log(`  style passes restyle a median ${median(trace.styled)} elements; layout passes: median ${median(trace.laid.map((l) => l[0]))} dirty of ${median(trace.laid.map((l) => l[1]))} objects`);
    for (const t of trace.kinds)
      if (t.count) console.log(`  ${(t.ms / INPUTS).toFixed(2).padStart(8)} ms  ${(t.count / INPUTS).toFixed(1).padStart(5)}×  ${t.name.padEnd(18)} ${t.meaning}`);
  }
  if (errors.length) console.log(`page errors: ${errors.join('; ')}`);

  const outDir = path.join(ROOT, 'test-results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(
    path.join(outDir, LOAD === 'limit' ? 'frame-bench-limit.json' : 'frame-bench.json'),
    `${JSON.stringify({ date: new Date().toISOString(), load: LOAD, cpu, cores: os.cpus().length, loadAvg, browser: version, inputs: INPUTS, gapMs: GAP_MS, setup, experiments, targetMs: TARGET_MS, results }, null, 2)}\n`,
  );
}
