import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importBytes, importText } from '../../../src/io/import-door';
import { readPngMetadata } from '../../../src/io/png-meta';
import { reportData } from '../../../src/io/report-fixture';
import { asImportedScenarios, serializeScenarioFile, type ImportResult } from '../../../src/io/scenario-file';
import { shareFragmentParams } from '../../../src/io/share-link';
import { createAppStore } from '../../../src/state';

/**
 * fixtures/formats/v1/* are files as version 1 of the format wrote them (made once by make-fixtures.ts,
 * provenance in fixtures/formats/README.md). Re-imported here, checked to the last field, so that a
 * later change that cannot read what users already saved or shared fails here first.
 */
const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/formats/v1');
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(DIR, name)));
const text = (name: string) => readFileSync(path.join(DIR, name), 'utf8');

const BASE_MODELS = {
  't2i-market-cn': {
    type: 'anchored',
    anchors: [
      { year: 2024, low: '10000000000', figureId: 't2i-market-2024' },
      { year: 2025, low: '20000000000', figureId: 't2i-market-2025' },
      { year: 2027, low: '100000000000', figureId: 't2i-market-2027' },
    ],
    through: 'mid',
    rateBefore: '1',
    rateAfter: '0.3',
  },
  't2i-users-cn': { type: 'logistic', ceiling: '1092000000', midpoint: '2026.932', steepness: '0.8680' },
  't2v-revenue-global': {
    type: 'anchored',
    anchors: [
      { year: 2023, low: '7200000', figureId: 't2v-revenue-2023' },
      { year: 2030, low: '2219000000', figureId: 't2v-revenue-2030' },
    ],
    through: 'mid',
    rateBefore: '0.566',
    rateAfter: '0.566',
  },
};

const V1_SCENARIOS = [
  {
    name: '报告基准',
    description: '报告数字的直接读法：文生图市场经过各年数字，网民为拟合的S曲线，文生视频经过两个金额。',
    models: BASE_MODELS,
  },
  {
    name: 'Bull "fast", video 80% ]]> & R&D',
    description: 'Text-to-video at 80% a year from $7.2 M (2023).\nThe rest as the report reads it.',
    models: { ...BASE_MODELS, 't2v-revenue-global': { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.8' } },
  },
  {
    name: '网民：区间上限，S曲线更陡',
    description: '网民上限11亿，陡度1.1；陡度与2027年市场规模不确定。',
    models: { ...BASE_MODELS, 't2i-users-cn': { type: 'logistic', ceiling: '1100000000', midpoint: '2026.5', steepness: '1.1' } },
    uncertainty: {
      ranges: {
        't2i-users-cn': { steepness: { low: '0.7', high: '1.4' } },
        't2i-market-cn': { 'anchors.2.low': { low: '80000000000', high: '120000000000' } },
      },
      seed: 20240628,
      samples: 10000,
    },
  },
];

const V1_VIEW = {
  compared: [0, 1, 2],
  focus: 1,
  settings: { lang: 'zh', theme: 'dark', yearFrom: 2022, yearTo: 2035, scale: 'log', currency: 'USD', usdCny: '7.1268' },
};

const V1: ImportResult = { ok: true, scenarios: V1_SCENARIOS as never, view: V1_VIEW as never };

describe('format version 1 files still open, exactly as they were written', () => {
  it('scenarios.json', () => {
    expect(importBytes(bytes('scenarios.json'), 'scenarios.json')).toEqual(V1);
  });

  it('chart.png: the payload, and its 2× density of 7559 pixels per metre', () => {
    expect(importBytes(bytes('chart.png'), 'chart.png')).toEqual(V1);
    expect(readPngMetadata(bytes('chart.png'))).toMatchObject({ ok: true, width: 4, height: 3, pixelsPerMetre: { x: 7559, y: 7559 } });
  });

  it('chart.svg', () => {
    expect(importBytes(bytes('chart.svg'), 'chart.svg')).toEqual(V1);
  });

  it('share-link.txt, pasted as a whole link', () => {
    expect(importText(text('share-link.txt'))).toEqual(V1);
  });

  it('embed-link.txt: the same scenarios, one chart, and the embed parameter for the app', () => {
    expect(importText(text('embed-link.txt'))).toEqual({ ...V1, view: { ...V1_VIEW, seriesId: 't2v-revenue-global' } });
    expect(shareFragmentParams(text('embed-link.txt').split('#')[1]!)).toEqual({ embed: 't2v-revenue-global' });
  });

  it('the writer still writes version 1 byte for byte (a change here needs a new version and fixtures)', () => {
    const file = JSON.parse(text('scenarios.json')) as Parameters<typeof serializeScenarioFile>[0];
    expect(serializeScenarioFile(file)).toBe(text('scenarios.json'));
    expect(Object.keys(file)).toEqual(['type', 'version', 'source', 'exportedAt', 'scenarios', 'view']);
    expect(file).toMatchObject({ type: 'genai-forecast/scenarios', version: 1, source: 'genai-media-forecast', exportedAt: '2024-06-28T08:00:00.000Z' });
  });

  it('lands in a store as three new scenarios of origin "import", names kept', () => {
    const store = createAppStore({ series: reportData().series, lang: 'en' });
    const result = importBytes(bytes('scenarios.json'));
    if (!result.ok) throw new Error(result.detail);
    const before = store.getState().doc.scenarios.length;
    const ids = store.getState().addScenarios(asImportedScenarios(result.scenarios));
    const added = store.getState().doc.scenarios.slice(before);
    expect(ids).toHaveLength(3);
    expect(added.map((s) => [s.name, s.origin, s.readOnly])).toEqual(V1_SCENARIOS.map((s) => [s.name, 'import', false]));
  });
});
