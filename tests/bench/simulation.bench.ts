// Benchmark: the uncertainty engine, 10,000 paths × 30 years, as the worker runs it (answer() in
// src/workers/simulation-worker.ts, which calls simulate()), for the two charted shapes:
//   - compound (t2v revenue, 7.2 M USD in 2023) with an uncertain CAGR 40%-70% and base value 6-9 M: 2 parameters;
//   - the users S-curve (t2i users, ceiling 8-10.92 亿, midpoint 2026-2028, steepness 0.6-1.2): 3 parameters.
// Then the same models, distributions, sample count and percentiles in Squiggle (@quri/squiggle-lang, a dev
// dependency used only here), for scale. Run: npm run bench:sim. Prints figures; never fails on them.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { defaultEnvironment, run as runSquiggle } from '@quri/squiggle-lang';
import { answer, type SimulationRequest } from '../../src/workers/simulation-worker';

const TARGET_MS = 100;
const WARMUP = 5;
const RUNS = 20;
const SAMPLES = 10_000;

interface Case {
  readonly name: string;
  readonly request: SimulationRequest;
  /** The same model in Squiggle: a list of 30 distributions, one a year, reduced to P5, P25, P50, P75, P95. */
  readonly squiggle: string;
}

const PERCENTILES = 'List.map(values, {|d| [quantile(d, 0.05), quantile(d, 0.25), quantile(d, 0.5), quantile(d, 0.75), quantile(d, 0.95)]})';

const CASES: readonly Case[] = [
  {
    name: 'compound, 2 uncertain (cagr, baseValue)',
    request: {
      model: { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.566' },
      ranges: { cagr: { low: '0.4', high: '0.7' }, baseValue: { low: '6000000', high: '9000000' } },
      from: 2023,
      to: 2052,
      samples: SAMPLES,
      seed: 1,
    },
    // A rate range is lognormal on 1 + g, a value range lognormal: the same reading as model/uncertainty.
    squiggle: `
g = lognormal({p5: 1.4, p95: 1.7})
b = lognormal({p5: 6000000, p95: 9000000})
values = List.upTo(0, 29) -> List.map({|t| b * g ^ t})
${PERCENTILES}`,
  },
  {
    name: 'logistic users, 3 uncertain (ceiling, midpoint, steepness)',
    request: {
      model: { type: 'logistic', ceiling: '1092000000', midpoint: '2026.932', steepness: '0.868' },
      ranges: {
        ceiling: { low: '800000000', high: '1092000000' },
        midpoint: { low: '2026', high: '2028' },
        steepness: { low: '0.6', high: '1.2' },
      },
      from: 2022,
      to: 2051,
      samples: SAMPLES,
      seed: 1,
    },
    squiggle: `
c = lognormal({p5: 800000000, p95: 1092000000})
m = normal({p5: 2026, p95: 2028})
k = lognormal({p5: 0.6, p95: 1.2})
values = List.upTo(2022, 2051) -> List.map({|t| c / (1 + exp(-k * (t - m)))})
${PERCENTILES}`,
  },
];

const sortedCopy = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: readonly number[]) => {
  const s = sortedCopy(xs);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};
const p95 = (xs: readonly number[]) => sortedCopy(xs)[Math.ceil(0.95 * xs.length) - 1]!;
const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(10);
const big = (x: number) => x.toExponential(3);

/**
 * Times `work` WARMUP + RUNS times: wall-clock time, and the CPU time of this process (which a busy machine
 * does not inflate the way it inflates the wall clock). Returns both and the last result.
 */
async function time<T>(work: (i: number) => T | Promise<T>): Promise<{ times: number[]; cpu: number[]; last: T }> {
  const times: number[] = [];
  const cpu: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    last = await work(i);
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    if (i >= WARMUP) {
      times.push(elapsed);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { times, cpu, last: last! };
}

console.log(`Uncertainty engine benchmark: ${SAMPLES.toLocaleString('en')} paths × 30 years, P5/P25/P50/P75/P95 a year`);
console.log(`  machine   ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), Node ${process.version}, ${os.platform()}-${os.arch()}`);
console.log(`  runs      ${WARMUP} warm-up + ${RUNS} timed, each with a new seed; target median < ${TARGET_MS} ms in the worker`);
console.log(`  load      ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} (1, 5, 15 min): above the core count, other work inflates wall times`);

for (const { name, request, squiggle } of CASES) {
  const ours = await time((i) => {
    const { reply } = answer({ ...request, seed: request.seed + i, id: i });
    if (!reply.ok) throw new Error(`bench model failed: ${reply.error.message}`);
    return reply.simulation;
  });
  const theirs = await time(async (i) => {
    const output = await runSquiggle(squiggle, { environment: { ...defaultEnvironment, sampleCount: SAMPLES, seed: `bench-${i}` } });
    if (!output.result.ok) throw new Error(`Squiggle failed: ${String(output.result.value)}`);
    return output.result.value.result.asJS() as number[][];
  });
  const ourMedian = median(ours.times);
  const theirMedian = median(theirs.times);
  const last = ours.last.years.length - 1;
  const ourBand = ours.last.percentiles.map((b) => b.values[last]!);
  const theirBand = theirs.last[last]!;
  console.log(`\n  ${name}`);
  console.log(`    this engine  median ${ms(ourMedian)}   p95 ${ms(p95(ours.times))}   CPU median ${ms(median(ours.cpu))}   ${ourMedian < TARGET_MS ? 'MET' : 'NOT MET'} (${((100 * ourMedian) / TARGET_MS).toFixed(0)}% of the budget)`);
  console.log(`    Squiggle     median ${ms(theirMedian)}   p95 ${ms(p95(theirs.times))}   CPU median ${ms(median(theirs.cpu))}`);
  console.log(`    ratio        Squiggle takes ${(theirMedian / ourMedian).toFixed(1)}× as long (wall median / median), ${(median(theirs.cpu) / median(ours.cpu)).toFixed(1)}× the CPU`);
  console.log(`    check        ${ours.last.years[last]} P5/P50/P95: this engine ${ourBand.filter((_, i) => i % 2 === 0).map(big).join(' / ')}`);
  console.log(`                 ${' '.repeat(String(ours.last.years[last]).length)} P5/P50/P95: Squiggle    ${theirBand.filter((_, i) => i % 2 === 0).map(big).join(' / ')}`);
}
