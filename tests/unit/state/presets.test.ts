import { describe, expect, it } from 'vitest';
import { reportData } from '../../../src/io/report-fixture';
import { Dec, valueIn, type ForecastModel } from '../../../src/model';
import { BASE_ID, PRESET_IDS, defaultDoc, presetScenario, projectModel } from '../../../src/state';
import { VIDEO, reportBaseModels } from './app-store';

const series = reportData().series;
const USERS = 't2i-users-cn';

function valueAt(model: ForecastModel | undefined, year: number): Dec {
  const result = projectModel(model!, 2022, 2032);
  if (!result.ok) throw new Error(result.error.message);
  return valueIn(result.value, year)!;
}
const preset = (id: (typeof PRESET_IDS)[number]) => presetScenario(id, series, 'en', 1, `test-${id}`)!;

/** |actual - expected| <= delta, the way d3 asserts a value it cannot state exactly. */
function assertInDelta(actual: Dec, expected: string, delta: string) {
  expect(actual.minus(expected).abs().lte(delta), `${actual.toString()} ≈ ${expected} ± ${delta}`).toBe(true);
}

describe('defaultDoc (the first visit)', () => {
  it('shows the read-only base case and four ready-made readings, all compared, base focused', () => {
    const doc = defaultDoc(series, 'en');
    expect(doc.scenarios.map((s) => s.id)).toEqual([
      BASE_ID,
      'preset-users-low',
      'preset-users-high',
      'preset-audit-trust-base-and-rate',
      'preset-audit-trust-end-and-rate',
    ]);
    expect(doc.compared).toEqual(doc.scenarios.map((s) => s.id));
    expect(doc.focusId).toBe(BASE_ID);
    expect(doc.scenarios.map((s) => s.readOnly)).toEqual([true, false, false, false, false]);
    expect(doc.scenarios[0]!.models).toEqual(reportBaseModels());
    expect(new Set(doc.scenarios.map((s) => s.colorIndex)).size).toBe(5);
  });

  it('names scenarios in the reader language', () => {
    expect(defaultDoc(series, 'zh').scenarios[0]!.name).toBe('报告基准');
    expect(defaultDoc(series, 'en').scenarios[0]!.name).toBe('Report base case');
  });
});

describe('every preset', () => {
  it('exists for the shipped report and changes exactly one series of the base case (the report-ranges preset, which carries ranges, aside)', () => {
    for (const id of PRESET_IDS.filter((p) => p !== 'report-ranges')) {
      const { models, readOnly } = preset(id);
      const changed = Object.keys(models).filter((k) => models[k] !== reportBaseModels()[k]);
      expect(readOnly, id).toBe(false);
      expect(changed, id).toHaveLength(1);
    }
  });
});

describe('users presets run the base path through each end of the 2024-2025 range (150 M to 300 M)', () => {
  it('keeps the base path and its cited ceiling of 1.092 billion netizens, read at the low or high end', () => {
    for (const [id, through] of [['users-low', 'low'], ['users-high', 'high']] as const)
      expect(preset(id).models[USERS]).toEqual({ ...reportBaseModels()[USERS], through, ceiling: '1092000000' });
  });

  it('runs through 150 M and 300 M in 2025, with the base case at the geometric middle between', () => {
    // √(150e6 · 300e6) = 212,132,034.356 (python3 decimal, prec 50).
    expect(valueAt(preset('users-low').models[USERS], 2025).toString()).toBe('150000000');
    expect(valueAt(preset('users-high').models[USERS], 2025).toString()).toBe('300000000');
    assertInDelta(valueAt(reportBaseModels()[USERS], 2025), '212132034.35596425732025330863145471178545078130654', '1e-20'); // absolute, in people
  });
});

describe('audit presets for text-to-video ($7.2 M in 2023, $2.219 B in 2030, CAGR 56.6%)', () => {
  it('trust-base-and-rate: 2030 = 7.2e6 · 1.566^7 exactly', () => {
    // 1.566^7 = 23.096294259225851869056, so 7,200,000 × that = 166,293,318.6664261334572032 (about $166 M,
    // not the report's $2.219 B). Every digit fits in 34 significant digits, so the engine is exact here.
    const model = preset('audit-trust-base-and-rate').models[VIDEO];
    expect(model).toEqual({ type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.566' });
    expect(valueAt(model, 2030).toString()).toBe('166293318.6664261334572032');
  });

  it('trust-end-and-rate: 2030 = 2.219e9 exactly and 2023 ≈ 96,076,019', () => {
    // 2,219,000,000 / 1.566^7 = 96,076,018.7367987348431727793743... (about $96 M, not $7.2 M).
    const model = preset('audit-trust-end-and-rate').models[VIDEO];
    expect(model).toEqual({ type: 'compound', baseYear: 2030, baseValue: '2219000000', cagr: '0.566' });
    expect(valueAt(model, 2030).toString()).toBe('2219000000');
    assertInDelta(valueAt(model, 2023), '96076018.73679873484317277937', '1e-12');
  });

  it('trust-endpoints: keeps both amounts and implies a CAGR of about 126.7%', () => {
    // (2,219,000,000 / 7,200,000)^(1/7) - 1 = 308.1944...^(1/7) - 1 = 1.26749532761391...
    const model = preset('audit-trust-endpoints').models[VIDEO];
    expect(model).toMatchObject({ type: 'compound', baseYear: 2023, baseValue: '7200000' });
    assertInDelta(new Dec((model as { cagr: string }).cagr), '1.26749532761391', '1e-13');
    assertInDelta(valueAt(model, 2023), '7200000', '0');
    assertInDelta(valueAt(model, 2030), '2219000000', '1e-15');
  });
});

describe('a ready-made scenario’s description once its assumptions are edited (found by use)', () => {
  it('goes, as it no longer describes the scenario: a copy of "Video: trust base and rate" at 70% said "2030 comes to about $166 M"', async () => {
    const { freshStore } = await import('./app-store');
    const store = freshStore();
    const preset = store.getState().doc.scenarios.find((s) => s.name === 'Video: trust base and rate')!;
    expect(preset.description).toMatch(/about \$166 M/);
    const copy = store.getState().duplicateScenario(preset.id, 'Copy of Video: trust base and rate')!;
    // Unedited, the copy's description is still true.
    expect(store.getState().doc.scenarios.find((s) => s.id === copy)!.description).toBe(preset.description);
    store.getState().setModel(copy, VIDEO, { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.7' });
    expect(store.getState().doc.scenarios.find((s) => s.id === copy)!.description).toBe('');
    // A description the user wrote stays: it is theirs to keep true.
    store.getState().describeScenario(copy, 'My optimistic reading');
    store.getState().setModel(copy, VIDEO, { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.75' });
    expect(store.getState().doc.scenarios.find((s) => s.id === copy)!.description).toBe('My optimistic reading');
  });
});
