import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { reportData } from '../../../src/io/report-fixture';
import { scenarioSchema } from '../../../src/io/schemas';
import { Dec, project, simulate, valueIn, type ForecastModel } from '../../../src/model/full';
import { DEFAULT_SEED, PRESET_IDS, PRESET_NAMES, presetScenario, rangeMedian } from '../../../src/state';
import { freshStore } from '../state/app-store';

const series = reportData().series;
const preset = (lang: 'en' | 'zh' = 'en') => presetScenario('report-ranges', series, lang, 3, 'ranges')!;
const MARKET = 't2i-market-cn';
const USERS = 't2i-users-cn';
const VIDEO = 't2v-revenue-global';

/** The simulated P5 and P95 of a series of the preset in a year. */
function interval(seriesId: string, year: number): [number, number] {
  const s = preset();
  const sim = simulate(s.models[seriesId]!, s.uncertainty!.ranges[seriesId]!, { from: year, to: year, samples: 20_000, seed: DEFAULT_SEED });
  if (!sim.ok) throw new Error(sim.error.message);
  const at = (p: number) => sim.value.percentiles.find((b) => b.p === p)!.values[0]!;
  return [at(5), at(95)];
}

const valueAt = (model: ForecastModel, year: number) => {
  const path = project(model, { from: year, to: year });
  if (!path.ok) throw new Error(path.error.message);
  return valueIn(path.value, year)!;
};

describe("the ready-made scenario 'report-ranges'", () => {
  it('is offered in the "Add a ready-made scenario" menu, named in both languages', () => {
    expect(PRESET_IDS).toContain('report-ranges');
    // The menu offers it under the name the scenario it makes takes.
    expect(PRESET_NAMES['report-ranges'].en).toMatch(/ranges/);
    expect(PRESET_NAMES['report-ranges'].zh).toMatch(/区间/);
    expect(preset('en').name).toBe("The report's own ranges, simulated");
    expect(preset('zh').name).toBe('报告自身的区间（模拟）');
  });

  it('says in its description that the market widths are the app’s reading, not the report’s', () => {
    expect(preset('en').description).toMatch(/the width is the app's reading/);
    expect(preset('zh').description).toMatch(/本应用的读法/);
  });

  it('carries ranges on all three forecasts, the fixed seed and 10,000 paths, and passes the saved-state checks', () => {
    const s = preset();
    expect(s.readOnly).toBe(false);
    expect(s.origin).toBe('preset');
    expect(s.uncertainty).toMatchObject({ seed: DEFAULT_SEED, samples: 10_000 });
    expect(s.uncertainty!.ranges).toEqual({
      [MARKET]: { 'anchors.1.low': { low: '20000000000', high: '30000000000' }, 'anchors.2.low': { low: '80000000000', high: '100000000000' } },
      // 150–300 M kept 2% inside (1.02 · 150 M, 0.98 · 300 M); 2027 from the range's 300 M to 0.98 · 500 M.
      [USERS]: { 'anchors.2.low': { low: '153000000', high: '294000000' }, 'anchors.3.low': { low: '300000000', high: '490000000' } },
      [VIDEO]: { cagr: { low: '0.566', high: '1.2675' } },
    });
    expect(v.safeParse(scenarioSchema, s).success).toBe(true);
  });

  it('puts every ranged parameter at its range’s median, so each line runs inside its band', () => {
    const s = preset();
    const market = s.models[MARKET]!;
    expect(market.type === 'anchored' && market.anchors.map((a) => a.low)).toEqual(['10000000000', rangeMedian('positive', { low: '2e10', high: '3e10' }), rangeMedian('positive', { low: '8e10', high: '1e11' })]);
    const users = s.models[USERS]!;
    expect(users).toMatchObject({ type: 'anchored', ceiling: '1092000000', through: 'mid' });
    expect(users.type === 'anchored' && users.anchors.map((a) => [a.year, a.low, a.high])).toEqual([
      [2022, '10000000', undefined],
      [2023, '50000000', undefined],
      [2025, rangeMedian('positive', { low: '153000000', high: '294000000' }), undefined],
      [2027, rangeMedian('positive', { low: '300000000', high: '490000000' }), undefined],
    ]);
    expect(s.models[VIDEO]).toEqual({ type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: rangeMedian('rate', { low: '0.566', high: '1.2675' }) });
  });

  it('keeps the users P5–P95 inside the report’s bounds: 150–300 M in 2025, at most the 500 M it could reach in 2027, under 1.092 B after', () => {
    const s = preset();
    // The default seed and 10,000 paths (what the app draws), and other seeds: sampling moves a P5 by about 0.5%, the margin is 2%.
    for (const [seed, samples] of [[DEFAULT_SEED, 10_000], [1, 10_000], [99, 10_000], [DEFAULT_SEED, 1_000]] as const) {
      const sim = simulate(s.models[USERS]!, s.uncertainty!.ranges[USERS]!, { from: 2025, to: 2040, samples, seed });
      if (!sim.ok) throw new Error(sim.error.message);
      const at = (p: number, year: number) => sim.value.percentiles.find((b) => b.p === p)!.values[year - 2025]!;
      expect(at(5, 2025)).toBeGreaterThanOrEqual(150e6);
      expect(at(95, 2025)).toBeLessThanOrEqual(300e6);
      expect(at(95, 2027)).toBeLessThanOrEqual(500e6);
      expect(at(95, 2026)).toBeLessThanOrEqual(500e6);
      for (let year = 2028; year <= 2040; year++) expect(at(95, year)).toBeLessThan(1.092e9);
    }
    // And not trivially inside: the interval spans most of the range (lognormal, 90% between 153 M and 294 M).
    const [p5, p95] = interval(USERS, 2025);
    expect(p5 / 153e6).toBeCloseTo(1, 1);
    expect(p95 / 294e6).toBeCloseTo(1, 1);
  });

  it('spans text-to-video in 2030 from "trust base and rate" (about $166 M) to "trust both amounts" ($2.219 B)', () => {
    const [p5, p95] = interval(VIDEO, 2030);
    const baseAndRate = valueAt({ type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.566' }, 2030).toNumber();
    expect(p5 / baseAndRate).toBeCloseTo(1, 1);
    expect(p95 / 2.219e9).toBeCloseTo(1, 1);
    expect(new Dec(baseAndRate).div(1e6).toNumber()).toBeCloseTo(166, 0);
  });

  it('gives the market 20-30 B in 2025 and 80-100 B in 2027', () => {
    const [a5, a95] = interval(MARKET, 2025);
    const [b5, b95] = interval(MARKET, 2027);
    expect([a5 / 2e10, a95 / 3e10, b5 / 8e10, b95 / 1e11].map((r) => Math.round(r * 100) / 100)).toEqual([1, 1, 1, 1]);
  });

  it('is added through the menu action, focused and compared', () => {
    const store = freshStore();
    const id = store.getState().addPreset('report-ranges')!;
    expect(store.getState().doc.focusId).toBe(id);
    expect(store.getState().doc.compared).toContain(id);
    expect(store.getState().doc.scenarios.find((s) => s.id === id)!.uncertainty).toBeDefined();
  });
});
