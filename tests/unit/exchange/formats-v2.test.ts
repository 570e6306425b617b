import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importBytes, importText } from '../../../src/io/import-door';
import { readPngMetadata } from '../../../src/io/png-meta';
import { serializeScenarioFile, type ImportResult } from '../../../src/io/scenario-file';
import { serializeSeriesFile } from '../../../src/io/series-file';
import { decodeShareFragment, encodeShareFragment, shareFragmentParams } from '../../../src/io/share-link';
import { project } from '../../../src/model';
import { userSeriesOf } from '../../../src/state';
import { addImported } from '../../../src/ui/exchange/open-shared';
import { freshStore } from '../export/fixtures';

/**
 * fixtures/formats/v2/* (scenario file version 2, s2 links) and fixtures/formats/series-v1/* (the
 * series library file) as those versions wrote them, made once by make-fixtures-v2.ts (provenance in
 * fixtures/formats/README.md). Re-imported here and checked against values written out by hand below,
 * never against what the code under test makes of them, so a later change that cannot read what users
 * saved or shared fails here first.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/formats');
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(ROOT, name)));
const text = (name: string) => readFileSync(path.join(ROOT, name), 'utf8');

const SPEAKERS = {
  id: 'user-speakers',
  name: { zh: '智能音箱与耳机市场（"TWS"，含 R&D）', en: 'Smart speakers & earbuds, "TWS" ]]> market' },
  unit: { kind: 'money', currency: 'CNY' },
  source: { publisher: '某某证券研究所', date: '2025-01', section: '图表 7' },
  kinds: ['point', 'approximate', 'range', 'lower-bound', 'upper-bound', 'conditional'],
};
const FAST = {
  name: 'Speakers at 50% a year & video at 80%',
  description: '100亿 in 2024, then 50% a year.\nVideo at 80% from $7.2 M.',
  speakers: { type: 'compound', baseYear: 2024, baseValue: '10000000000', cagr: '0.5' },
  uncertainty: { ranges: { 'user-speakers': { cagr: { low: '0.3', high: '0.7' } } }, seed: 20250115, samples: 10000 },
};

/** What every v2 file and link here holds: two scenarios, the second as FAST, and the one series they use. */
function expectV2(result: ImportResult) {
  if (!result.ok) throw new Error(`${result.error}: ${result.detail}`);
  expect(result.scenarios.map((s) => s.name)).toEqual(['报告基准', FAST.name]);
  const fast = result.scenarios[1]!;
  expect(fast).toMatchObject({ description: FAST.description, uncertainty: FAST.uncertainty });
  expect(fast.models['user-speakers']).toEqual(FAST.speakers);
  expect(fast.models['t2v-revenue-global']).toEqual({ type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.8' });
  // The scenarios use one series of the two the sender had: only that one travels.
  expect(result.series?.map((u) => u.definition.id)).toEqual([SPEAKERS.id]);
  const speakers = result.series![0]!;
  expect(speakers.definition).toMatchObject({ name: SPEAKERS.name, unit: SPEAKERS.unit });
  expect(speakers.input).toMatchObject({ source: SPEAKERS.source });
  expect((speakers.input as { figures: { kind: string }[] }).figures.map((f) => f.kind)).toEqual(SPEAKERS.kinds);
  expect(result.view).toMatchObject({ compared: [0, 1], focus: 1, seriesId: SPEAKERS.id, settings: { lang: 'zh', theme: 'light', yearFrom: 2022, yearTo: 2032, scale: 'log', currency: 'CNY', usdCny: '7.1268', unitStyle: 'wan' } });
  return result;
}

describe('scenario file version 2 and s2 links still open, exactly as they were written', () => {
  it('v2/scenarios.json', () => {
    expectV2(importBytes(bytes('v2/scenarios.json'), 'scenarios.json'));
  });

  it('v2/chart.png: the same file inside, at 2× (7559 pixels per metre)', () => {
    expect(importBytes(bytes('v2/chart.png'), 'chart.png')).toEqual(importBytes(bytes('v2/scenarios.json')));
    expect(readPngMetadata(bytes('v2/chart.png'))).toMatchObject({ ok: true, width: 4, height: 3, pixelsPerMetre: { x: 7559, y: 7559 } });
  });

  it('v2/share-link.txt and v2/embed-link.txt: an s2 payload, the embed naming the series of one’s own', () => {
    expect(text('v2/share-link.txt')).toMatch(/#s2\./);
    expectV2(importText(text('v2/share-link.txt')));
    expectV2(importText(text('v2/embed-link.txt')));
    expect(shareFragmentParams(text('v2/embed-link.txt').split('#')[1]!)).toEqual({ embed: SPEAKERS.id });
  });

  it('the writers still write version 2 byte for byte (a change here needs a new version and fixtures)', () => {
    const file = JSON.parse(text('v2/scenarios.json')) as Parameters<typeof serializeScenarioFile>[0];
    expect(serializeScenarioFile(file)).toBe(text('v2/scenarios.json'));
    expect(Object.keys(file)).toEqual(['type', 'version', 'source', 'exportedAt', 'scenarios', 'view', 'series']);
    expect(file).toMatchObject({ type: 'genai-forecast/scenarios', version: 2, exportedAt: '2025-01-15T08:00:00.000Z' });
    const fragment = text('v2/share-link.txt').trim().split('#')[1]!;
    const decoded = decodeShareFragment(fragment);
    if (!decoded.ok) throw new Error(decoded.detail);
    expect(encodeShareFragment({ scenarios: decoded.scenarios, view: decoded.view ?? {}, ...(decoded.series ? { series: decoded.series } : {}) })).toBe(fragment);
  });

  it('lands in a store with its series: 100亿 × 1.5³ = 337.5亿 in 2027 under the fast scenario (by hand)', () => {
    const store = freshStore('en');
    expect(addImported(store, importBytes(bytes('v2/scenarios.json')))).toMatchObject({ kind: 'imported', count: 1, series: { count: 1, present: 0 } });
    const fast = store.getState().doc.scenarios.find((s) => s.name === FAST.name)!;
    const path2027 = project(fast.models[SPEAKERS.id]!, { from: 2027, to: 2027 });
    expect(path2027.ok && path2027.value[0]!.value.toFixed()).toBe('33750000000');
  });
});

describe('the series library file, version 1, still opens', () => {
  it('series-v1/library.series.json: two series of one’s own, no scenario; added, every scenario on their proposed paths', () => {
    const raw = text('series-v1/library.series.json');
    const file = JSON.parse(raw) as Parameters<typeof serializeSeriesFile>[0];
    expect(serializeSeriesFile(file)).toBe(raw);
    expect(file).toMatchObject({ type: 'genai-forecast/series', version: 1, source: 'genai-media-forecast', exportedAt: '2025-01-15T08:00:00.000Z' });
    const result = importText(raw);
    if (!result.ok) throw new Error(result.detail);
    expect(result.scenarios).toEqual([]);
    expect(result.series?.map((u) => [u.definition.id, u.definition.unit])).toEqual([
      [SPEAKERS.id, SPEAKERS.unit],
      ['user-e-readers', { kind: 'people' }],
    ]);
    const store = freshStore('zh');
    expect(addImported(store, result)).toEqual({ kind: 'series-added', count: 2, present: 0 });
    expect(userSeriesOf(store.getState().doc).map((u) => u.definition.id)).toEqual([SPEAKERS.id, 'user-e-readers']);
    for (const scenario of store.getState().doc.scenarios) expect(Object.keys(scenario.models)).toEqual(expect.arrayContaining([SPEAKERS.id, 'user-e-readers']));
  });
});
