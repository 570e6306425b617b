import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme, renderProjectionChart } from '../../../src/charts';
import { marketChart, tenScenarios, usersChart } from './sample-data';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test-results');
const SIZE = { width: 960, height: 540 };

/** Writes sample charts as standalone SVG files, to look at (and to open in a browser). */
describe('chart preview files', () => {
  it('writes the market chart in both themes, the log chart and the users chart to test-results/', () => {
    mkdirSync(OUT, { recursive: true });
    const files: [string, string][] = [
      ['chart-preview-light.svg', serialize(renderProjectionChart(document, marketChart(), SIZE, lightTheme))],
      ['chart-preview-dark.svg', serialize(renderProjectionChart(document, marketChart(), SIZE, darkTheme))],
      ['chart-preview-log.svg', serialize(renderProjectionChart(document, marketChart({ scale: 'log', title: '中国 AI 文生图市场规模（对数刻度）' }), SIZE, lightTheme))],
      ['chart-preview-users.svg', serialize(renderProjectionChart(document, usersChart(), SIZE, lightTheme))],
      ['chart-preview-ten.svg', serialize(renderProjectionChart(document, tenScenarios(), SIZE, darkTheme))],
      ['chart-preview-narrow.svg', serialize(renderProjectionChart(document, marketChart({ legend: false, sourceLine: undefined, footnote: undefined }), { width: 420, height: 300 }, lightTheme))],
    ];
    for (const [name, text] of files) {
      writeFileSync(path.join(OUT, name), text);
      expect(text.startsWith('<svg')).toBe(true);
    }
  });
});

function serialize(svg: SVGSVGElement): string {
  return new XMLSerializer().serializeToString(svg);
}
