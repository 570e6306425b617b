// @vitest-environment node
// The users base case honours the report's own figures (issue 14): about 10 M in 2022, 50 M in 2023, inside
// 150–300 M by 2025, at most the 500 M it "could reach" in 2027, and never above the cited 1.092 billion
// internet users after that. Expected values computed independently in Python decimal at 50 digits (prec 50):
//   2025 = √(150e6 · 300e6) (the range's geometric middle); 2024 = √(50e6 · that); 2021 = 10e6 / (1 + 4);
//   after 2027: v = C·o / (1 + o), o = 500e6 / (C − 500e6) · (1 + r)^(year − 2027), C = 1.092e9,
//   r = √(500e6 / √(150e6 · 300e6)) − 1 = 0.53525978386563569057 (the 2025→2027 growth, to 20 digits).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportData } from '../../../src/io/report-fixture';
import { DOMAINS, project, simulate, type AnchoredModel, type ForecastModel } from '../../../src/model/full';
import { presetScenario } from '../../../src/state';
import { expectClose } from './close';

const series = reportData().series;
const users = series.find((s) => s.id === 't2i-users-cn')!;
const base = users.baseModel as AnchoredModel;
const CEILING = '1092000000';

const path = (model: ForecastModel, from = 2021, to = 2040) => {
  const p = project(model, { from, to });
  if (!p.ok) throw new Error(p.error.message);
  return new Map(p.value.map((x) => [x.year, x.value]));
};

describe('the users base case', () => {
  it('runs through the report’s figures: 10 M (2022), 50 M (2023), 212.13 M in 150–300 M (2025), 500 M (2027)', () => {
    const v = path(base);
    expect(v.get(2022)!.toString()).toBe('10000000');
    expect(v.get(2023)!.toString()).toBe('50000000');
    expectClose(v.get(2025)!, '212132034.35596425732025330863145471178545078130654', 1e-30);
    expect(v.get(2025)!.gte(150e6) && v.get(2025)!.lte(300e6)).toBe(true);
    expect(v.get(2027)!.toString()).toBe('500000000');
    expectClose(v.get(2024)!, '102988357.19535588779151386276005053900513463720777', 1e-30);
    expectClose(v.get(2021)!, '2000000', 1e-30);
  });

  it('after 2027 carries on at the 2025→2027 growth, slowing into the cited ceiling: 616.5 M (2028), 822.8 M (2030), 1,087 M (2040)', () => {
    expect(base.ceiling).toBe(CEILING);
    const v = path(base);
    expectClose(v.get(2028)!, '616529429.78401129664875018499870117296594977648243', 1e-25);
    expectClose(v.get(2030)!, '822788179.43088282042799809170997511761865255239642', 1e-25);
    expectClose(v.get(2040)!, '1087110538.2870781865750572084915548997758260531334', 1e-25);
  });

  it('the S-curve at the cited ceiling stays a preset, and misses the report as its description says: 14.9 M, 34.8 M, 562 M', () => {
    // python3 decimal, prec 50: 1.092e9 / (1 + exp(−0.8680 · (year − 2026.932))) = 14,895,449 (2022), 34,826,484 (2023), 562,108,876 (2027).
    const s = presetScenario('users-s-curve', series, 'en', 1, 'x')!;
    expect(s.models[users.id]).toEqual({ type: 'logistic', ceiling: CEILING, midpoint: '2026.932', steepness: '0.8680' });
    const v = path(s.models[users.id]!);
    expectClose(v.get(2022)!, '14895449.272212020842487505826912784763750159813836', 1e-15);
    expectClose(v.get(2023)!, '34826483.983639260063214198085009534946969334410106', 1e-15);
    expectClose(v.get(2027)!, '562108875.55274145073417931541940487496545953928545', 1e-15);
    expect(s.description).toMatch(/14\.9 M in 2022 \(report: about 10 M\), 34\.8 M in 2023 \(report: 50 M\) and 562 M in 2027 \(report: could reach 500 M\)/);
    expect(presetScenario('users-s-curve', series, 'zh', 1, 'x')!.description).toMatch(/1490万.*3480万.*5\.62亿/);
  });
});

describe('no path after the last figure passes the ceiling', () => {
  const rate = fc.double({ min: Number(DOMAINS.rate.min), max: Number(DOMAINS.rate.max), noNaN: true }).map((r) => r.toFixed(6));
  const through = fc.constantFrom('low' as const, 'mid' as const, 'high' as const);

  it('the base path with any rate after 2027 in the growth domain (-99%..+1,000%), read at any end of the range, up to 2100', () => {
    fc.assert(
      fc.property(rate, through, (rateAfter, pick) => {
        const v = path({ ...base, rateAfter, through: pick }, 2027, 2100);
        for (const value of v.values()) expect(value.lte(CEILING)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('a last anchor anywhere below the ceiling, any rate after: the exact path and the simulation’s float path', () => {
    const lastValue = fc.integer({ min: 300_000_000, max: 1_091_999_999 }).map(String);
    fc.assert(
      fc.property(rate, lastValue, (rateAfter, low) => {
        const model: AnchoredModel = { ...base, rateAfter, anchors: [...base.anchors.slice(0, 3), { year: 2027, low }] };
        for (const value of path(model, 2028, 2100).values()) expect(value.lte(CEILING)).toBe(true);
        const sim = simulate(model, { rateAfter: { low: rateAfter, high: String(Math.min(10, Number(rateAfter) + 1)) } }, { from: 2028, to: 2100, samples: 200, seed: 7 });
        if (!sim.ok) throw new Error(sim.error.message);
        expect(Math.max(...sim.value.matrix)).toBeLessThanOrEqual(Number(CEILING));
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a ceiling at or below an anchor (250 M under the range’s 300 M high end in 2025), with the S-curve’s own error', () => {
    const p = project({ ...base, ceiling: '250000000' }, { from: 2022, to: 2030 });
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error).toMatchObject({ kind: 'ceiling-not-above-value', field: 'ceiling', params: { year: 2025, value: '300000000' } });
  });
});
