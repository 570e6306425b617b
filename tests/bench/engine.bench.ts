// Benchmark: how long the engine takes to redraw every chart once, i.e. 10 scenarios × 3 charted series
// (market: anchored, users: S-curve, video: anchored) × 2022-2040, all through project().
// Run: npm run bench. Prints figures; never fails on them.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { project, type ForecastModel } from '../../src/model';

const TARGET_MS = 2;
const WARMUP = 50;
const ITERATIONS = 200;
const SCENARIOS = 10;
const RANGE = { from: 2022, to: 2040 };

/**
 * The three charted base cases of fixtures/report-figures.json, nudged by scenario and iteration so that
 * every call sees new numbers (decimal.js caches only ln 10 and π, but a future cache must not flatter this).
 */
function scenario(s: number, i: number): ForecastModel[] {
  const nudge = (base: string, step: string) => (Number(base) * (1 + s / 100) + Number(step) * i).toString();
  return [
    {
      type: 'anchored',
      anchors: [
        { year: 2024, low: nudge('10000000000', '1') },
        { year: 2025, low: nudge('20000000000', '1') },
        { year: 2027, low: nudge('100000000000', '1') },
      ],
      through: 'mid',
      rateBefore: (1 + s / 50).toString(),
      rateAfter: (0.3 + s / 100 + i * 1e-6).toString(),
    },
    {
      type: 'logistic',
      ceiling: '1092000000',
      midpoint: (2026.932 + s / 10 + i * 1e-6).toString(),
      steepness: (0.868 + s / 100 + i * 1e-7).toString(),
    },
    {
      type: 'anchored',
      anchors: [
        { year: 2023, low: nudge('7200000', '1') },
        { year: 2030, low: nudge('2219000000', '1') },
      ],
      through: 'mid',
      rateBefore: '0.566',
      rateAfter: (0.566 + s / 1000).toString(),
    },
  ];
}

const SERIES = ['t2i market (anchored, 3 anchors)', 't2i users (logistic)', 't2v revenue (anchored, 2 anchors)'];

/** The models for every iteration, built before the clock starts, by series: the timing is project() alone. */
const batches = Array.from({ length: WARMUP + ITERATIONS }, (_, i) => {
  const scenarios = Array.from({ length: SCENARIOS }, (_, s) => scenario(s, i));
  return SERIES.map((_, j) => scenarios.map((models) => models[j]!));
});

/** Projects one series in every scenario; returns the number of yearly values. */
function redrawSeries(models: readonly ForecastModel[]): number {
  let points = 0;
  for (const model of models) {
    const result = project(model, RANGE);
    if (!result.ok) throw new Error(`bench model failed: ${result.error.message}`);
    points += result.value.length;
  }
  return points;
}

const times: number[] = [];
const bySeries: number[][] = SERIES.map(() => []);
let points = 0;
batches.forEach((series, i) => {
  let total = 0;
  points = 0;
  series.forEach((models, j) => {
    const start = performance.now();
    points += redrawSeries(models);
    const elapsed = performance.now() - start;
    total += elapsed;
    if (i >= WARMUP) bySeries[j]!.push(elapsed);
  });
  if (i >= WARMUP) times.push(total);
});

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const medianOf = (xs: number[]) => {
  const s = sorted(xs);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
const median = medianOf(times);
const ms = (x: number) => `${x.toFixed(3)} ms`;

console.log('Engine benchmark: 10 scenarios × 3 series × 2022-2040 through project()');
console.log(`  machine   ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), Node ${process.version}, ${os.platform()}-${os.arch()}`);
console.log(`  work      ${SCENARIOS * 3} projections, ${points} yearly values per redraw; ${WARMUP} warm-up + ${ITERATIONS} timed redraws`);
console.log(`  median    ${ms(median)}`);
console.log(`  p95       ${ms(at(0.95))}`);
console.log(`  min       ${ms(times[0]!)}`);
console.log(`  target    median < ${TARGET_MS} ms: ${median < TARGET_MS ? 'MET' : 'NOT MET'} (${(median / TARGET_MS).toFixed(2)}× the budget)`);
console.log('  by series (median of the 10 scenarios together):');
SERIES.forEach((name, j) => console.log(`    ${name.padEnd(36)} ${ms(medianOf(bySeries[j]!))}`));
