/**
 * Writes fixtures/formats/v1/*: the scenario file format version 1 as a .json file, inside a PNG,
 * inside an SVG and as share links. Run once when a format version ships, then never again for it:
 *
 *   npx tsx tests/unit/exchange/make-fixtures.ts          (writes only the files that are missing)
 *   npx tsx tests/unit/exchange/make-fixtures.ts --force  (rewrites them: only while v1 is unreleased)
 *
 * formats-v1.test.ts re-imports every one, so a later change that cannot read them fails there.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPngMetadata } from '../../../src/io/png-meta';
import { serializeScenarioFile, toScenarioFile } from '../../../src/io/scenario-file';
import { encodeShareFragment } from '../../../src/io/share-link';
import { withSvgMetadata } from '../../../src/io/svg-meta';
import type { Scenario } from '../../../src/state';
import { baseModels, MARKET, storedScenario as scenario, USERS, VIDEO } from './sample-scenarios';
import { tinyPng } from './tiny-png';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/formats/v1');
const APP = 'http://127.0.0.1:5173/';
const EXPORTED_AT = new Date('2024-06-28T08:00:00.000Z');

const base = baseModels();

// Chosen to exercise every escape: Chinese, a comma, quotes, "]]>", "&", a line break in a description.
const scenarios: Scenario[] = [
  scenario('base', {
    name: '报告基准',
    description: '报告数字的直接读法：文生图市场经过各年数字，网民为拟合的S曲线，文生视频经过两个金额。',
    models: base,
    readOnly: true,
    origin: 'report',
  }),
  scenario('s-bull', {
    name: 'Bull "fast", video 80% ]]> & R&D',
    description: 'Text-to-video at 80% a year from $7.2 M (2023).\nThe rest as the report reads it.',
    models: { ...base, [VIDEO]: { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.8' } },
    colorIndex: 1,
  }),
  scenario('s-users', {
    name: '网民：区间上限，S曲线更陡',
    description: '网民上限11亿，陡度1.1；陡度与2027年市场规模不确定。',
    models: { ...base, [USERS]: { type: 'logistic', ceiling: '1100000000', midpoint: '2026.5', steepness: '1.1' } },
    colorIndex: 2,
    uncertainty: {
      ranges: {
        [USERS]: { steepness: { low: '0.7', high: '1.4' } },
        [MARKET]: { 'anchors.2.low': { low: '80000000000', high: '120000000000' } },
      },
      seed: 20240628,
      samples: 10000,
    },
  }),
];

const view = {
  compared: [0, 1, 2],
  focus: 1,
  settings: { lang: 'zh', theme: 'dark', yearFrom: 2022, yearTo: 2035, scale: 'log', currency: 'USD', usdCny: '7.1268' },
} as const;

const file = toScenarioFile(scenarios, view, EXPORTED_AT);
const payload = JSON.stringify(file);

// A small chart-like SVG as an export writes one: a declaration, a style with ">" in it, Chinese text.
const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180" role="img" data-note="a > b">
<title>文生图市场规模（中国）</title>
<desc>3 scenarios, 2022–2035</desc>
<style>.line > path { fill: none; }</style>
<rect width="320" height="180" fill="#1e1e24"/>
<g class="line"><path d="M20,160L80,140L140,100L200,60L260,30" stroke="#9988EE" stroke-width="2"/></g>
<g class="line"><path d="M20,160L80,130L140,80L200,40L260,15" stroke="#CC6677" stroke-width="2"/></g>
<text x="20" y="175" font-size="9" fill="#BBBBBB">来源：万联证券，2024-06-28</text>
</svg>
`;

const files: Record<string, string | Uint8Array> = {
  'scenarios.json': serializeScenarioFile(file),
  'chart.png': withPngMetadata(
    tinyPng(4, 3, (x, y) => [30 + 50 * x, 30 + 60 * y, 36, 255]),
    { pixelRatio: 2, payload },
  ),
  'chart.svg': withSvgMetadata(svg, payload),
  'share-link.txt': `${APP}#${encodeShareFragment({ scenarios: file.scenarios, view })}\n`,
  'embed-link.txt': `${APP}#${encodeShareFragment({ scenarios: file.scenarios, view }, { embed: VIDEO })}\n`,
};

const force = process.argv.includes('--force');
mkdirSync(OUT, { recursive: true });
for (const [name, content] of Object.entries(files)) {
  const target = path.join(OUT, name);
  if (existsSync(target) && !force) {
    console.log(`kept     ${name}`);
    continue;
  }
  writeFileSync(target, content);
  console.log(`wrote    ${name} (${content.length} ${typeof content === 'string' ? 'characters' : 'bytes'})`);
}
