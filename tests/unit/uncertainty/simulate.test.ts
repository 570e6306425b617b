// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PERCENTILES,
  inverseNormalCdf,
  MAX_SAMPLES,
  MIN_SAMPLES,
  probabilityAbove,
  simulate,
  type AnchoredModel,
  type CompoundModel,
  type LogisticModel,
  type Simulation,
} from '../../../src/model/full';
import { dist, sameBits, expectWithin, quantileStandardError, unwrap } from './helpers';

const SEED = 20240628;
const compound: CompoundModel = { type: 'compound', baseYear: 2024, baseValue: '100', cagr: '0.55' };
const band = (sim: Simulation, p: number) => sim.percentiles.find((b) => b.p === p)!.values;

describe('sampled bands agree with the exact lognormal quantiles', () => {
  // value(t) = 100 · (1 + g)^t with ln(1 + g) ~ Normal(mu, sigma), so ln value(t) ~ Normal(ln 100 + t·mu, t·sigma)
  // and its p-quantile is 100 · exp(t · (mu + z_p · sigma)).
  const cagr = dist('rate', '0.4', '0.7');
  const n = 100_000;
  const sim = unwrap(simulate(compound, { cagr: { low: '0.4', high: '0.7' } }, { from: 2024, to: 2034, samples: n, seed: SEED }));

  it('in every year and percentile, within 4 standard errors of the sample quantile', () => {
    // In ln terms the standard error of a sample quantile is t·sigma·sqrt(p(1-p)/n)/φ(z_p): in year 10 with
    // 100,000 samples, 0.39% at P5 and P95, 0.25% at P25 and P75, 0.23% at P50. Four of them: 1.6%, 1.0%, 0.94%.
    let worst = 0;
    for (const { p, values } of sim.percentiles) {
      for (let t = 1; t <= 10; t++) {
        const exact = 100 * Math.exp(t * (cagr.mu + inverseNormalCdf(p / 100) * cagr.sigma));
        const lnError = Math.abs(Math.log(values[t]! / exact));
        expect(lnError, `P${p} in year ${2024 + t}`).toBeLessThanOrEqual(4 * quantileStandardError(p / 100, n, t * cagr.sigma));
        worst = Math.max(worst, lnError);
      }
    }
    // With this seed every band is within 1% (the worst is 0.47%, P5 in year 10).
    expect(worst).toBeLessThan(0.01);
  });

  it('in the base year every sample is the base value', () => {
    for (const { values } of sim.percentiles) expect(values[0]).toBeCloseTo(100, 12);
  });

  it('with two uncertain parameters, ln value(t) has variance sigma_base² + t²·sigma_cagr²', () => {
    const base = dist('positive', '80', '120');
    const two = unwrap(
      simulate(compound, { cagr: { low: '0.4', high: '0.7' }, baseValue: { low: '80', high: '120' } }, { from: 2024, to: 2034, samples: n, seed: SEED }),
    );
    for (const t of [0, 1, 5, 10]) {
      const sd = Math.sqrt(base.sigma ** 2 + (t * cagr.sigma) ** 2);
      for (const p of [5, 50, 95]) {
        const exact = Math.exp(base.mu + t * cagr.mu + inverseNormalCdf(p / 100) * sd);
        const lnError = Math.abs(Math.log(band(two, p)[t]! / exact));
        expect(lnError, `P${p} in year ${2024 + t}`).toBeLessThanOrEqual(4 * quantileStandardError(p / 100, n, sd));
      }
    }
  });
});

describe('the other models', () => {
  it('anchored: an uncertain anchor replaces its value, and the path is log-linear through it', () => {
    const model: AnchoredModel = {
      type: 'anchored',
      anchors: [
        { year: 2024, low: '100' },
        { year: 2026, low: '400', high: '600' },
      ],
      through: 'high',
      rateBefore: '0.5',
      rateAfter: '0.1',
    };
    const n = 20_000;
    const sim = unwrap(simulate(model, { 'anchors.1.low': { low: '300', high: '500' } }, { from: 2023, to: 2027, samples: n, seed: SEED }));
    const anchor = dist('positive', '300', '500');
    // 2024 is the fixed anchor; 2023 is a year before it at rateBefore.
    for (const { values } of sim.percentiles) {
      expect(values[1]).toBeCloseTo(100, 10);
      expect(values[0]).toBeCloseTo(100 / 1.5, 10);
    }
    for (const p of [5, 50, 95]) {
      const z = inverseNormalCdf(p / 100);
      // 2026 is the sampled anchor itself; 2025 is halfway in ln terms, sqrt(100 · anchor); 2027 grows 10% after.
      const se = (sd: number) => 4 * quantileStandardError(p / 100, n, sd);
      expectWithin(Math.log(band(sim, p)[3]!), anchor.mu + z * anchor.sigma, se(anchor.sigma), `P${p} 2026`);
      expectWithin(Math.log(band(sim, p)[2]!), (Math.log(100) + anchor.mu + z * anchor.sigma) / 2, se(anchor.sigma / 2), `P${p} 2025`);
      expectWithin(Math.log(band(sim, p)[4]!), Math.log(1.1) + anchor.mu + z * anchor.sigma, se(anchor.sigma), `P${p} 2027`);
    }
  });

  it('logistic: a later midpoint means fewer users, so the value P95 is the curve at the midpoint P5', () => {
    const model: LogisticModel = { type: 'logistic', ceiling: '1000', midpoint: '2027', steepness: '1' };
    const n = 20_000;
    const sim = unwrap(simulate(model, { midpoint: { low: '2026', high: '2028' } }, { from: 2027, to: 2027, samples: n, seed: SEED }));
    const midpoint = dist('year', '2026', '2028');
    for (const p of [5, 25, 50, 75, 95]) {
      // Invert the curve: midpoint = year + ln(ceiling / value - 1) / steepness.
      const implied = 2027 + Math.log(1000 / band(sim, p)[0]! - 1);
      const exact = midpoint.mu + inverseNormalCdf(1 - p / 100) * midpoint.sigma;
      expectWithin(implied, exact, 4 * quantileStandardError(p / 100, n, midpoint.sigma), `P${p}`);
    }
    expect(band(sim, 50)[0]).toBeCloseTo(500, -1);
  });

  it('the report users S-curve with three uncertain parameters stays below its highest ceiling', () => {
    const users: LogisticModel = { type: 'logistic', ceiling: '1092000000', midpoint: '2026.932', steepness: '0.868' };
    const ranges = {
      ceiling: { low: '800000000', high: '1200000000' },
      midpoint: { low: '2026', high: '2028' },
      steepness: { low: '0.6', high: '1.2' },
    };
    const sim = unwrap(simulate(users, ranges, { from: 2022, to: 2051, samples: 10_000, seed: SEED }));
    expect(sim.years).toHaveLength(30);
    // Far out every path sits at its own ceiling: the bands there are the ceiling's 90% interval.
    expect(band(sim, 5)[29]! / 8e8).toBeCloseTo(1, 1);
    expect(band(sim, 95)[29]! / 1.2e9).toBeCloseTo(1, 1);
  });
});

describe('a simulation is reproducible', () => {
  const ranges = { cagr: { low: '0.4', high: '0.7' }, baseValue: { low: '80', high: '120' } };
  const run = (seed: number, r: typeof ranges = ranges) => unwrap(simulate(compound, r, { from: 2024, to: 2054, samples: 10_000, seed }));

  it('the same seed gives bitwise the same bands and samples', () => {
    const [a, b] = [run(7), run(7)];
    a.percentiles.forEach((band, i) => expect(sameBits(band.values, b.percentiles[i]!.values)).toBe(true));
    expect(sameBits(a.matrix, b.matrix)).toBe(true);
    expect(sameBits(a.endValues, b.endValues)).toBe(true);
  });

  it('another seed gives other bands', () => {
    const [a, b] = [run(7), run(8)];
    for (let i = 0; i < a.percentiles.length; i++) expect(sameBits(a.percentiles[i]!.values, b.percentiles[i]!.values)).toBe(false);
  });

  it('the order the ranges are listed in does not matter', () => {
    const reversed = { baseValue: ranges.baseValue, cagr: ranges.cagr };
    expect(sameBits(run(7, reversed).matrix, run(7).matrix)).toBe(true);
  });

  it("adding a range to one parameter leaves the other's draws alone (a stream per parameter)", () => {
    const alone = unwrap(simulate(compound, { cagr: ranges.cagr }, { from: 2024, to: 2054, samples: 10_000, seed: 7 }));
    const withPoint = unwrap(simulate(compound, { cagr: ranges.cagr, baseValue: { low: '100', high: '100' } }, { from: 2024, to: 2054, samples: 10_000, seed: 7 }));
    expect(sameBits(withPoint.endValues, alone.endValues)).toBe(true);
  });
});

describe('what a simulation holds', () => {
  const sim = unwrap(simulate(compound, { cagr: { low: '-0.2', high: '0.7' } }, { from: 2024, to: 2034, samples: 10_000, seed: SEED }));

  it('years, the default bands P5 to P95 in order, the sample count and the seed', () => {
    expect(sim.years).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
    expect(sim.percentiles.map((b) => b.p)).toEqual([...DEFAULT_PERCENTILES]);
    expect(sim).toMatchObject({ samples: 10_000, seed: SEED });
    for (let y = 0; y < sim.years.length; y++)
      for (let i = 1; i < sim.percentiles.length; i++) expect(sim.percentiles[i]!.values[y]).toBeGreaterThanOrEqual(sim.percentiles[i - 1]!.values[y]!);
  });

  it('every sample keeps its path: one growth factor from year to year, and its end value', () => {
    const n = 10_000;
    expect(sim.matrix).toHaveLength(n * 11);
    expect(sim.endValues).toHaveLength(n);
    for (const s of [0, 1, 4321, n - 1]) {
      const factor = sim.matrix[n + s]! / sim.matrix[s]!;
      for (let y = 2; y <= 10; y++) expect(sim.matrix[y * n + s]! / sim.matrix[(y - 1) * n + s]!).toBeCloseTo(factor, 12);
      expect(sim.endValues[s]).toBe(sim.matrix[10 * n + s]);
    }
  });

  it('the bands are exactly the percentiles of a full sort (type 7), for any list of percentiles', () => {
    const ps = [99.99, 0, 50, 33.3, 50, 0.01, 100, 5];
    const custom = unwrap(simulate(compound, { cagr: { low: '-0.2', high: '0.7' } }, { from: 2024, to: 2030, samples: 2345, seed: 3, percentiles: ps }));
    const n = 2345;
    for (let y = 0; y < custom.years.length; y++) {
      const sorted = custom.matrix.slice(y * n, (y + 1) * n).sort();
      ps.forEach((p, i) => {
        const h = ((n - 1) * p) / 100;
        const k = Math.floor(h);
        const expected = k + 1 < n ? sorted[k]! + (h - k) * (sorted[k + 1]! - sorted[k]!) : sorted[k]!;
        expect(custom.percentiles[i]!.p).toBe(p);
        expect(custom.percentiles[i]!.values[y]).toBe(expected);
      });
    }
  });

  it('the chance of reaching a target: 1/2 at the median, 1 below every sample, 0 above', () => {
    expect(probabilityAbove(sim, 2034, band(sim, 50)[10]!)).toBe(0.5);
    expect(probabilityAbove(sim, 2034, 0)).toBe(1);
    expect(probabilityAbove(sim, 2034, Infinity)).toBe(0);
    expect(probabilityAbove(sim, 2034, band(sim, 95)[10]!)).toBeCloseTo(0.05, 3);
    expect(probabilityAbove(sim, 2035, 100)).toBeUndefined();
    expect(probabilityAbove(sim, 2030.5, 100)).toBeUndefined();
    expect(probabilityAbove(sim, 2030, Number.NaN)).toBeUndefined();
  });

  it('the chance of reaching a target agrees with the exact lognormal tail', () => {
    const cagr = dist('rate', '-0.2', '0.7');
    // P(100 · (1+g)^10 ≥ 1000) = P(ln(1+g) ≥ ln(10)/10) = 1 - Φ((ln(10)/10 - mu)/sigma); its standard error is sqrt(q(1-q)/n).
    const zTarget = (Math.log(10) / 10 - cagr.mu) / cagr.sigma;
    const exact = 1 - normalCdf(zTarget);
    expectWithin(probabilityAbove(sim, 2034, 1000)!, exact, 4 * Math.sqrt((exact * (1 - exact)) / 10_000), 'P(value ≥ 1000)');
  });

  it('custom percentiles, in percent: P0 is the smallest sample, P100 the largest', () => {
    const custom = unwrap(simulate(compound, { cagr: { low: '0.4', high: '0.7' } }, { from: 2024, to: 2025, seed: 1, samples: 1000, percentiles: [0, 10, 100] }));
    expect(custom.percentiles.map((b) => b.p)).toEqual([0, 10, 100]);
    const row = custom.matrix.subarray(1000);
    expect(custom.percentiles[0]!.values[1]).toBe(Math.min(...row));
    expect(custom.percentiles[2]!.values[1]).toBe(Math.max(...row));
  });

  it('no ranges: every band is the deterministic path', () => {
    const fixed = unwrap(simulate(compound, {}, { from: 2024, to: 2026, seed: 1, samples: 100 }));
    for (const { values } of fixed.percentiles) {
      expect(values[2]).toBeCloseTo(100 * 1.55 ** 2, 10);
    }
  });

  it('samples: 10,000 by default, clamped to 100-100,000', () => {
    const samples = (requested?: number) => unwrap(simulate(compound, {}, { from: 2024, to: 2024, seed: 1, samples: requested })).samples;
    expect(samples()).toBe(10_000);
    expect(samples(5)).toBe(MIN_SAMPLES);
    expect(samples(1e9)).toBe(MAX_SAMPLES);
    expect(samples(Infinity)).toBe(MAX_SAMPLES);
    expect(samples(2500.4)).toBe(2500);
  });
});

describe('a growth rate never reaches -100%', () => {
  it('even a range from -99.9% to +900% gives every sample a positive growth factor', () => {
    // From base 1 over one year, each sample's value is its growth factor 1 + g.
    const model: CompoundModel = { type: 'compound', baseYear: 2024, baseValue: '1', cagr: '0' };
    const sim = unwrap(simulate(model, { cagr: { low: '-0.999', high: '9' } }, { from: 2025, to: 2025, samples: 100_000, seed: SEED }));
    expect(sim.endValues.every((factor) => factor > 0 && Number.isFinite(factor))).toBe(true);
  });
});

/** Φ(x) for the exact tail above: Abramowitz & Stegun 7.1.26 is too coarse, so use erfc via a continued fraction-free series. */
function normalCdf(x: number): number {
  // Φ(x) = 1/2 + φ(x) · (x + x³/3 + x⁵/(3·5) + …) (Marsaglia 2004), exact to double precision for |x| < 8.
  let term = x;
  let sum = x;
  for (let i = 3; Math.abs(term) > 1e-17 * Math.abs(sum); i += 2) {
    term *= (x * x) / i;
    sum += term;
  }
  return 0.5 + (sum * Math.exp((-x * x) / 2)) / Math.sqrt(2 * Math.PI);
}
