/**
 * Writes fixtures/formats/v2/*: the scenario file version 2 (issue 19: it may carry the user's own
 * series) as a .json file, inside a PNG, as an s2 share link and its embed; and
 * fixtures/formats/series-v1/*: the series library file, version 1. Run once when a version ships,
 * then never again for it (make-fixtures.ts wrote v1 and keeps it):
 *
 *   npx tsx tests/unit/exchange/make-fixtures-v2.ts          (writes only the files that are missing)
 *
 * formats-v2.test.ts re-imports every one, so a later change that cannot read them fails there.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPngMetadata } from '../../../src/io/png-meta';
import { serializeScenarioFile, toScenarioFile } from '../../../src/io/scenario-file';
import { serializeSeriesFile, toSeriesFile } from '../../../src/io/series-file';
import { encodeShareFragment } from '../../../src/io/share-link';
import type { Scenario } from '../../../src/state';
import { ownSeries } from '../series/market';
import { baseModels, storedScenario as scenario, VIDEO } from './sample-scenarios';
import { tinyPng } from './tiny-png';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/formats');
const APP = 'http://127.0.0.1:5173/';
const EXPORTED_AT = new Date('2025-01-15T08:00:00.000Z');

/** Every figure kind, a span of years, a range, a condition, and names that need escaping. */
export const SPEAKERS_INPUT = {
  name: { zh: '智能音箱与耳机市场（"TWS"，含 R&D）', en: 'Smart speakers & earbuds, "TWS" ]]> market' },
  unit: { kind: 'money', currency: 'CNY' },
  source: { publisher: '某某证券研究所', date: '2025-01', section: '图表 7' },
  figures: [
    { years: [2024], kind: 'point', value: '10000000000', wording: '2024年市场规模100亿元' },
    { years: [2025], kind: 'approximate', value: '20000000000', wording: '2025年约200亿元' },
    { years: [2026], kind: 'range', low: '30000000000', high: '40000000000', wording: '2026年300亿至400亿元' },
    { years: [2027], kind: 'lower-bound', value: '50000000000', wording: '2027年突破500亿元' },
    { years: [2028, 2029], kind: 'upper-bound', value: '100000000000', wording: '2028-2029年千亿元以内' },
    { years: [2030], kind: 'conditional', value: '150000000000', wording: '若渗透率过半，2030年可能达到1500亿元', condition: '渗透率过半' },
  ],
};

/** People, so the library file holds a second unit. */
export const READERS_INPUT = {
  name: { en: 'E-reader users, China' },
  unit: { kind: 'people' },
  source: { publisher: 'Example Research', date: '2025' },
  figures: [
    { years: [2023], kind: 'point', value: '30000000' },
    { years: [2026], kind: 'approximate', value: '60000000', wording: 'about 60 million' },
  ],
};


export const SPEAKERS_ID = 'user-speakers';
export const READERS_ID = 'user-e-readers';
const speakers = ownSeries(SPEAKERS_INPUT, SPEAKERS_ID);
const readers = ownSeries(READERS_INPUT, READERS_ID);

const base = baseModels();

// The report's base with the series' proposed path, and a scenario with constant growth on it and a range.
const scenarios: Scenario[] = [
  scenario('base', { name: '报告基准', description: '', models: { ...base, [SPEAKERS_ID]: speakers.definition.baseModel! }, readOnly: true, origin: 'report' }),
  scenario('s-fast', {
    name: 'Speakers at 50% a year & video at 80%',
    description: '100亿 in 2024, then 50% a year.\nVideo at 80% from $7.2 M.',
    models: {
      ...base,
      [VIDEO]: { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.8' },
      [SPEAKERS_ID]: { type: 'compound', baseYear: 2024, baseValue: '10000000000', cagr: '0.5' },
    },
    colorIndex: 3,
    uncertainty: { ranges: { [SPEAKERS_ID]: { cagr: { low: '0.3', high: '0.7' } } }, seed: 20250115, samples: 10000 },
  }),
];

const view = { compared: [0, 1], focus: 1, seriesId: SPEAKERS_ID, settings: { lang: 'zh', theme: 'light', yearFrom: 2022, yearTo: 2032, scale: 'log', currency: 'CNY', usdCny: '7.1268', unitStyle: 'wan' } } as const;
const file = toScenarioFile(scenarios, view, EXPORTED_AT, [speakers, readers]);
const payload = JSON.stringify(file);
const share = { scenarios: file.scenarios, view, series: [speakers, readers] };

const outputs: Record<string, Record<string, string | Uint8Array>> = {
  v2: {
    'scenarios.json': serializeScenarioFile(file),
    'chart.png': withPngMetadata(tinyPng(4, 3, (x, y) => [200 - 40 * x, 40 + 50 * y, 90, 255]), { pixelRatio: 2, payload }),
    'share-link.txt': `${APP}#${encodeShareFragment(share)}\n`,
    'embed-link.txt': `${APP}#${encodeShareFragment(share, { embed: SPEAKERS_ID })}\n`,
  },
  'series-v1': {
    'library.series.json': serializeSeriesFile(toSeriesFile([speakers, readers], 'genai-media-forecast', EXPORTED_AT)),
  },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const [folder, files] of Object.entries(outputs)) {
    mkdirSync(path.join(ROOT, folder), { recursive: true });
    for (const [name, content] of Object.entries(files)) {
      const target = path.join(ROOT, folder, name);
      if (existsSync(target)) {
        console.log(`kept     ${folder}/${name}`);
        continue;
      }
      writeFileSync(target, content);
      console.log(`wrote    ${folder}/${name} (${content.length} ${typeof content === 'string' ? 'characters' : 'bytes'})`);
    }
  }
}
