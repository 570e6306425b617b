// What the frame bench makes of its measurements: percentiles of the samples, the functions with the
// most time in a CPU profile, and the main thread's time per task kind in a Chrome trace.
import fs from 'node:fs';
import { TARGET_MS } from './options.mjs';

/** @param {number[]} values @param {number} p */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

/** @param {{ total: number, js: number, wait: number, frame: number, fromPointer?: number, settled?: number, aligned?: boolean }[]} samples */
export function summarise(samples) {
  const pick = (/** @type {'total' | 'js' | 'wait' | 'frame'} */ k) => samples.map((s) => s[k]);
  const over = samples.filter((s) => s.total > TARGET_MS).length;
  return {
    n: samples.length,
    p50: percentile(pick('total'), 50),
    p95: percentile(pick('total'), 95),
    max: Math.max(...pick('total')),
    jsP50: percentile(pick('js'), 50),
    jsP95: percentile(pick('js'), 95),
    waitP50: percentile(pick('wait'), 50),
    frameP50: percentile(pick('frame'), 50),
    frameP95: percentile(pick('frame'), 95),
    overTarget: over,
    fromPointerP50: percentile(samples.map((s) => s.fromPointer ?? NaN), 50),
    fromPointerP95: percentile(samples.map((s) => s.fromPointer ?? NaN), 95),
    settledP50: percentile(samples.map((s) => s.settled ?? NaN), 50),
    settledP95: percentile(samples.map((s) => s.settled ?? NaN), 95),
    unaligned: samples.filter((s) => s.aligned === false).length,
  };
}

/**
 * The functions with the most self time in a CDP CPU profile.
 * @param {any} profile @param {number} top
 */
export function topSelfTime(profile, top = 15) {
  const byId = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  /** @type {Map<string, number>} */
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = /** @type {any} */ (byId.get(profile.samples[i]));
    const cf = node.callFrame;
    const file = cf.url ? cf.url.split('/').pop() : '';
    const key = `${cf.functionName || '(anonymous)'} ${file}${file ? `:${cf.lineNumber + 1}:${cf.columnNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  // Inclusive time: each function on a sample's stack, once per sample.
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** @type {Map<string, number>} */
  const inclusive = new Map();
  const focus = process.argv.find((a) => a.startsWith('--focus='))?.slice('--focus='.length);
  for (let i = 0; i < profile.samples.length; i++) {
    if (focus) {
      let under = false;
      for (let id = profile.samples[i]; id !== undefined && !under; id = parent.get(id)) under = /** @type {any} */ (byId.get(id)).callFrame.functionName === focus;
      if (!under) continue;
    }
    /** @type {Set<string>} */
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const cf = /** @type {any} */ (byId.get(id)).callFrame;
      if (!cf.url) continue;
      const key = `${cf.functionName || '(anonymous)'} ${cf.url.split('/').pop()}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    }
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return {
    total,
    rows: [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top),
    inclusive: [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, top * 3),
  };
}

/** Main-thread trace events of the renderer worth naming, and what they stand for. */
export const TRACE_KINDS = /** @type {const} */ ([
  ['EventDispatch', 'input event handlers (React render + commit + chart SVG)'],
  ['RunMicrotasks', 'microtasks'],
  ['FunctionCall', 'script (all, incl. inside events)'],
  ['TimerFire', "timers (the bench's own loop: each next input runs inside one)"],
  ['FireAnimationFrame', 'animation frame callbacks'],
  ['UpdateLayoutTree', 'style recalculation'],
  ['Layout', 'layout'],
  ['PrePaint', 'pre-paint'],
  ['Paint', 'paint'],
  ['Layerize', 'layerize'],
  ['Commit', 'commit to compositor'],
  ['MinorGC', 'minor GC'],
  ['MajorGC', 'major GC'],
]);

/**
 * Sums the durations of the main thread's complete events by name (events nest: script inside an
 * event dispatch counts in both).
 * @param {any[]} events
 */
export function summariseTrace(events) {
  // The renderer's main thread: the one that dispatches events and runs style and layout.
  /** @type {Map<string, number>} */
  const votes = new Map();
  for (const e of events)
    if (e.ph === 'X' && ['EventDispatch', 'FunctionCall', 'UpdateLayoutTree', 'Layout'].includes(e.name))
      votes.set(`${e.pid}/${e.tid}`, (votes.get(`${e.pid}/${e.tid}`) ?? 0) + 1);
  const main = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}/${e.tid}` === main && e.ph === 'X' && typeof e.dur === 'number');
  /** @type {Map<string, { ms: number, count: number }>} */
  const sums = new Map();
  for (const e of onMain) {
    const s = sums.get(e.name) ?? { ms: 0, count: 0 };
    s.ms += e.dur / 1000;
    s.count += 1;
    sums.set(e.name, s);
  }
  // How much of the page each style and layout pass touched.
  const styled = onMain.filter((e) => e.name === 'UpdateLayoutTree').map((e) => e.args?.elementCount ?? 0);
  const laid = onMain.filter((e) => e.name === 'Layout').map((e) => [e.args?.beginData?.dirtyObjects ?? 0, e.args?.beginData?.totalObjects ?? 0]);
  if (process.env.TRACE_DUMP)
    fs.writeFileSync(process.env.TRACE_DUMP, JSON.stringify(events.filter((e) => `${e.pid}/${e.tid}` === main).slice(0, 50000)));
  const kinds = TRACE_KINDS.map(([name, meaning]) => ({ name, meaning, ...(sums.get(name) ?? { ms: 0, count: 0 }) }));
  return { kinds, styled, laid };
}
