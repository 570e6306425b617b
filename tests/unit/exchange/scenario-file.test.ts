import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  restoreScenarioFile,
  SCENARIO_FILE_TYPE,
  SCENARIO_FILE_VERSION,
  serializeScenarioFile,
  toScenarioFile,
  asImportedScenarios,
  exchangeViewOf,
  type ExchangedScenario,
} from '../../../src/io/scenario-file';
import { defaultDoc, defaultSettings, type Scenario } from '../../../src/state';
import { reportData } from '../../../src/io/report-fixture';
import { baseModels, tenScenarios, tenView, VIDEO } from './sample-scenarios';

const NOW = new Date('2024-06-28T08:00:00.000Z');
const storeScenarios = (): Scenario[] => [...defaultDoc(reportData().series, 'zh').scenarios];
const fileWith = (scenarios: unknown[], extra: Record<string, unknown> = {}) => ({ type: SCENARIO_FILE_TYPE, version: 1, source: 'test', exportedAt: NOW.toISOString(), scenarios, ...extra });
const one = (change: Partial<Record<keyof ExchangedScenario, unknown>> = {}) => ({ name: 'A', description: '', models: baseModels(), ...change }) as ExchangedScenario;
const roundTrip = (value: unknown) => restoreScenarioFile(JSON.parse(JSON.stringify(value)));

describe('toScenarioFile writes the documented envelope', () => {
  it('carries type, version, source, the export time and the scenarios without their store fields', () => {
    const file = toScenarioFile(storeScenarios(), undefined, NOW);
    expect(file).toMatchObject({ type: 'genai-forecast/scenarios', version: 2, source: 'genai-media-forecast', exportedAt: '2024-06-28T08:00:00.000Z' });
    expect(Object.keys(file)).toEqual(['type', 'version', 'source', 'exportedAt', 'scenarios']);
    // The colour travels as the sender's wish (kept by the receiver where free); id, lock and origin do not.
    for (const s of file.scenarios) expect(Object.keys(s).sort()).toEqual(['colorIndex', 'description', 'models', 'name']);
  });

  it('keeps a view only when given one', () => {
    expect(toScenarioFile(storeScenarios(), { focus: 1 }, NOW).view).toEqual({ focus: 1 });
    expect('view' in toScenarioFile(storeScenarios(), undefined, NOW)).toBe(false);
  });

  it('turns the doc’s compared and focused ids into indices into the exported scenarios', () => {
    const doc = defaultDoc(reportData().series, 'en');
    const exported = [doc.scenarios[2]!, doc.scenarios[0]!];
    const view = exchangeViewOf({ ...doc, focusId: doc.scenarios[0]!.id }, exported, defaultSettings('en'), VIDEO);
    expect(view).toEqual({ compared: [1, 0], focus: 1, settings: defaultSettings('en'), seriesId: VIDEO });
    expect(exchangeViewOf({ ...doc, compared: [doc.scenarios[1]!.id] }, exported)).toEqual({ focus: 1 });
  });

  it('serialises as indented JSON ending in a newline', () => {
    const text = serializeScenarioFile(toScenarioFile(storeScenarios(), undefined, NOW));
    expect(text.startsWith('{\n  "type": "genai-forecast/scenarios",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('restoreScenarioFile, the one door every import comes through', () => {
  it('gives back exactly the scenarios and view that were exported (JSON round trip)', () => {
    const scenarios = tenScenarios();
    const view = tenView();
    const result = roundTrip({ ...toScenarioFile([], view, NOW), scenarios });
    expect(result).toEqual({ ok: true, scenarios, view });
  });

  it('round-trips the store’s own first-visit scenarios', () => {
    const mine = storeScenarios();
    const result = roundTrip(toScenarioFile(mine, undefined, NOW));
    expect(result.ok && result.scenarios).toEqual(mine.map(({ name, description, models, colorIndex }) => ({ name, description, models, colorIndex })));
  });

  it('leaves out uncertainty when a scenario has none, and keeps it when it has', () => {
    const result = roundTrip(fileWith([one(), tenScenarios()[9]]));
    if (!result.ok) throw new Error(result.detail);
    expect('uncertainty' in result.scenarios[0]!).toBe(false);
    expect(result.scenarios[1]!.uncertainty).toEqual({ ranges: { [VIDEO]: { cagr: { low: '0.5', high: '0.9' } } }, seed: 20240628, samples: 10000 });
  });

  it('drops fields it does not know (store ids, locks, anything extra) instead of passing them on; keeps the colour wish', () => {
    const text = JSON.stringify(fileWith([{ ...one(), id: 'x', colorIndex: 3, readOnly: true }], { extra: 1 }));
    const result = restoreScenarioFile(JSON.parse(text.replace('"name"', '"__proto__":{"polluted":true},"name"')));
    expect(result.ok && result.scenarios[0]).toEqual({ ...one(), colorIndex: 3 });
    expect(result.ok && Object.getPrototypeOf(result.scenarios[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a colour outside the palette (0-9) or not a whole number', () => {
    for (const colorIndex of [-1, 10, 1.5, '2']) expect(restoreScenarioFile(fileWith([{ ...one(), colorIndex }])).ok).toBe(false);
    expect(restoreScenarioFile(fileWith([{ ...one(), colorIndex: 9 }])).ok).toBe(true);
  });

  it('accepts a link payload, which has no exportedAt', () => {
    const { exportedAt: _drop, ...file } = fileWith([one()]);
    expect(restoreScenarioFile(file).ok).toBe(true);
  });

  it('gives imported scenarios to the store as origin "import"', () => {
    expect(asImportedScenarios([one()])).toEqual([{ ...one(), origin: 'import' }]);
  });

  it('has one migration, 1 -> 2 (issue 19): a version-1 file carries no series of its own, so a "series" field in one is dropped', () => {
    expect(SCENARIO_FILE_VERSION).toBe(MIGRATIONS.length + 1);
    expect(MIGRATIONS[0]!({ type: SCENARIO_FILE_TYPE, version: 1, scenarios: [], series: [{ id: 'user-x' }] })).toEqual({ type: SCENARIO_FILE_TYPE, version: 2, scenarios: [] });
  });
});

describe('restoreScenarioFile refuses what it cannot stand behind, saying why', () => {
  const refused = (input: unknown) => {
    const result = restoreScenarioFile(input);
    return result.ok ? 'accepted' : result.error;
  };

  it('calls nothing "empty", and a file without scenarios too', () => {
    expect([undefined, null, ''].map(refused)).toEqual(['empty', 'empty', 'empty']);
    expect(refused(fileWith([]))).toBe('empty');
  });

  it('calls other JSON "unknown-format": another type, a list, a number', () => {
    expect([{ type: 'excalidraw', version: 2 }, {}, [], 5, 'text', true].map(refused)).toEqual(Array(6).fill('unknown-format'));
    expect(refused({ ...fileWith([one()]), type: 'genai-forecast/report-figures' })).toBe('unknown-format');
  });

  it('calls a later version "newer-version" without reading it, and a nonsense version "invalid"', () => {
    expect(refused({ type: SCENARIO_FILE_TYPE, version: 3, anything: true })).toBe('newer-version');
    expect(refused(fileWith([one()], { version: 99 }))).toBe('newer-version');
    for (const version of [0, -1, 1.5, '1', null, undefined]) expect(refused(fileWith([one()], { version })), String(version)).toBe('invalid');
  });

  it('refuses more than 50 scenarios as "too-many" and a file over 1 MB as "too-large"', () => {
    expect(refused(fileWith(Array.from({ length: 50 }, () => one())))).toBe('accepted');
    expect(refused(fileWith(Array.from({ length: 51 }, () => one())))).toBe('too-many');
    expect(refused(fileWith([one()], { padding: 'x'.repeat(1_000_000) }))).toBe('too-large');
  });

  it.each([
    ['<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>'],
    ['a</title><svg onload=alert(1)>'],
    ['<!-- comment -->'],
    ['<?xml-stylesheet href="x"?>'],
    ['&#60;script&#62;'],
    ['&#x3c;b&#x3e;'],
    ['&lt;b&gt;'],
    ['bell\u0007'],
    ['nul\u0000'],
    ['two\nlines'],
    ['tab\tbed'],
    ['esc\u001b[31m'],
    ['c1\u0085'],
    ['right-to-left \u202Eevil'],
    ['lone \uD800 surrogate'],
  ])('refuses the name %j as "hostile-text"', (name) => {
    const result = restoreScenarioFile(fileWith([one({ name })]));
    expect(result).toMatchObject({ ok: false, error: 'hostile-text' });
    // The detail names where, never repeats the text.
    expect(!result.ok && result.detail).toMatch(/^scenarios\.0\.name: /);
    expect(!result.ok && result.detail).not.toContain(name);
  });

  it('refuses markup in descriptions, anchors’ figure ids and keys too, but lets line breaks into descriptions', () => {
    expect(refused(fileWith([one({ description: 'ok <b>bold</b>' })]))).toBe('hostile-text');
    const model = { ...baseModels()['t2i-market-cn']!, anchors: [{ year: 2024, low: '1', figureId: '<i>' }] };
    expect(refused(fileWith([one({ models: { 't2i-market-cn': model } })]))).toBe('hostile-text');
    expect(refused(fileWith([one({ models: { '<x>': model } })]))).toBe('hostile-text');
    expect(refused(fileWith([one({ description: 'line one\r\nline two\tand a tab' })]))).toBe('accepted');
  });

  it('lets ordinary text in: "x < 5", "R&D", "AT&T", "<3", Chinese, emoji, "]]>"', () => {
    for (const name of ['x < 5', 'R&D', 'AT&T', 'I <3 it', '乐观：视频增速80%', '🚀 bull', 'a ]]> b', '"quoted", comma'])
      expect(refused(fileWith([one({ name })])), name).toBe('accepted');
  });

  it('refuses names that are blank or over 120 characters as "invalid"', () => {
    expect(refused(fileWith([one({ name: '' })]))).toBe('invalid');
    expect(refused(fileWith([one({ name: '   ' })]))).toBe('invalid');
    expect(refused(fileWith([one({ name: 'x'.repeat(120) })]))).toBe('accepted');
    expect(refused(fileWith([one({ name: 'x'.repeat(121) })]))).toBe('invalid');
  });

  it('refuses a model of the wrong shape as "invalid", naming the path', () => {
    const cases: unknown[] = [
      { type: 'compound', baseYear: 2023, baseValue: 7200000, cagr: '0.5' },
      { type: 'compound', baseYear: 2023, baseValue: '7200000' },
      { type: 'exponential', rate: '0.5' },
      { type: 'compound', baseYear: 2023.5, baseValue: '1', cagr: '0.5' },
      { type: 'anchored', anchors: [], through: 'mid', rateBefore: '0', rateAfter: '0' },
      'compound',
    ];
    for (const model of cases) {
      const result = restoreScenarioFile(fileWith([one({ models: { [VIDEO]: model } })]));
      expect(result, JSON.stringify(model)).toMatchObject({ ok: false, error: 'invalid' });
      expect(!result.ok && result.detail).toContain('scenarios.0.models');
    }
  });

  it('refuses a model with a number outside its plausible domain (model/domains), or that cannot be projected, as "invalid", with the reason', () => {
    // Issue 15: the schema holds every number to its domain (growth -99%..+1,000%), so -200% is refused there, before the engine.
    const result = restoreScenarioFile(fileWith([one({ models: { [VIDEO]: { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '-2' } } })]));
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    expect(!result.ok && result.detail).toMatch(new RegExp(`^scenarios\\.0\\.models\\.${VIDEO}: cagr must be a growth rate between -99% and \\+1,000% a year.*\\(got -2\\)`));
    const overflow = { type: 'compound', baseYear: 2023, baseValue: '1e9000000000000000', cagr: '1' };
    expect(refused(fileWith([one({ models: { [VIDEO]: overflow } })]))).toBe('invalid');
    const zero = { type: 'compound', baseYear: 2023, baseValue: '0', cagr: '0.1' };
    expect(refused(fileWith([one({ models: { [VIDEO]: zero } })]))).toBe('invalid');
  });

  it('refuses a view naming a scenario the file does not have, or settings of the wrong shape', () => {
    expect(refused(fileWith([one()], { view: { compared: [0, 1] } }))).toBe('invalid');
    expect(refused(fileWith([one()], { view: { focus: 1 } }))).toBe('invalid');
    expect(refused(fileWith([one(), one()], { view: { compared: [1, 1] } }))).toBe('invalid');
    // Settings out of shape are the view's fault, told as such (the scenarios are fine).
    expect(refused(fileWith([one()], { view: { settings: { ...defaultSettings('en'), theme: 'neon' } } }))).toBe('invalid-view');
    expect(refused(fileWith([one()], { view: { seriesId: '../etc' } }))).toBe('invalid');
    expect(refused(fileWith([one()], { view: { compared: [0], focus: 0, settings: defaultSettings('en'), seriesId: VIDEO } }))).toBe('accepted');
  });

  it('never throws, even for values JSON cannot make', () => {
    const cyclic: Record<string, unknown> = fileWith([one()]);
    cyclic.self = cyclic;
    const getter = { type: SCENARIO_FILE_TYPE, version: 1, get scenarios() { throw new Error('boom'); } };
    expect(refused(cyclic)).toBe('malformed');
    expect(refused(fileWith([one()], { big: 1n }))).toBe('malformed');
    expect(refused(getter)).toBe('malformed');
  });
});
