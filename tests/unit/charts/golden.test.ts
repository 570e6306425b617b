import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme, renderProjectionChart, type ChartData, type ChartTheme } from '../../../src/charts';
import { renderDistributionSketch } from '../../../src/charts/distribution-sketch';
import { renderTornadoChart, tornadoHeight, type TornadoData } from '../../../src/charts/tornado-chart';
import { exportChart, exportSize } from '../../../src/ui/exchange/export-chart';
import { freshStore, inputOf, MARKET, seriesOf, USERS, VIDEO } from '../export/fixtures';

/**
 * Golden SVGs (Observable Plot's way): every chart kind drawn from the report's first-visit scenarios,
 * in en and zh, light and dark, serialised one element per line with every number rounded to one decimal,
 * and compared with the file in tests/unit/charts/golden/. A change in a chart's look fails here and shows
 * as a diff of that file to review. After a change that is meant, rewrite them with
 *   UPDATE_GOLDEN=1 npx vitest run tests/unit/charts/golden.test.ts
 * and review the diff before committing. A missing golden fails (CI never writes one).
 */
const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Stable text: one element per line, numbers to one decimal (sub-pixel float noise is not a change of look). */
export function goldenText(svg: Element): string {
  return (
    svg.outerHTML
      .replace(/-?\d+\.\d+/g, (n) => {
        const r = Math.round(Number(n) * 10) / 10;
        return String(Object.is(r, -0) ? 0 : r);
      })
      .replace(/></g, '>\n<') + '\n'
  );
}

function expectGolden(name: string, svg: Element): void {
  const file = path.join(DIR, `${name}.svg`);
  const text = goldenText(svg);
  if (UPDATE) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  if (!existsSync(file)) throw new Error(`no golden ${name}.svg: run with UPDATE_GOLDEN=1 and review it`);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

const themes: Record<string, ChartTheme> = { light: lightTheme, dark: darkTheme };
const SIZE = exportSize('slide', undefined);

describe('golden SVGs of every chart kind', () => {
  for (const lang of ['en', 'zh'] as const) {
    for (const [themeName, theme] of Object.entries(themes)) {
      for (const id of [MARKET, USERS, VIDEO]) {
        it(`projection chart ${id}, ${lang}, ${themeName}`, () => {
          const { data } = exportChart(seriesOf(id), inputOf(freshStore(lang)));
          expectGolden(`projection-${id}-${lang}-${themeName}`, renderProjectionChart(document, data, SIZE, theme, { id: 'golden' }));
        });
      }
    }
  }

  it('projection chart on a log scale (users, en, light)', () => {
    const { data } = exportChart(seriesOf(USERS), inputOf(freshStore('en'), { scale: 'log' }));
    expectGolden('projection-log-t2i-users-cn-en-light', renderProjectionChart(document, data, SIZE, lightTheme, { id: 'golden' }));
  });

  it('projection chart with a fan (market, zh, dark)', () => {
    const { data } = exportChart(seriesOf(MARKET), inputOf(freshStore('zh')));
    const line = data.lines[0]!;
    // A fan of fixed quantiles around the first line: ×0.5, ×0.75, ×1, ×1.5, ×2.
    const band: ChartData['band'] = {
      colorIndex: line.colorIndex,
      points: line.points.map(({ year, value }) => ({ year, p5: value * 0.5, p25: value * 0.75, p50: value, p75: value * 1.5, p95: value * 2 })),
    };
    expectGolden('projection-fan-t2i-market-cn-zh-dark', renderProjectionChart(document, { ...data, band }, SIZE, darkTheme, { id: 'golden' }));
  });

  for (const [lang, labels] of [
    ['en', ['Growth after 2027', 'Value in 2025', 'Midpoint year']],
    ['zh', ['2027年后增速', '2025年数值', '中点年份']],
  ] as const) {
    it(`tornado chart, ${lang}`, () => {
      const data: TornadoData = {
        bars: [
          { id: 'a', label: labels[0], low: 40, high: 160 },
          { id: 'b', label: labels[1], low: 80, high: 120 },
          { id: 'c', label: labels[2], low: 100, high: 100 },
        ],
        base: 100,
        baseLabel: lang === 'en' ? 'In force: 100' : '当前：100',
        lowLegend: lang === 'en' ? 'at the low end' : '取下限',
        highLegend: lang === 'en' ? 'at the high end' : '取上限',
        noEffect: lang === 'en' ? 'no effect in this year' : '对该年无影响',
        colorIndex: 0,
        scale: 'linear',
        formatValue: (value) => `${value}`,
        description: 'tornado',
      };
      expectGolden(`tornado-${lang}`, renderTornadoChart(document, data, { width: 640, height: tornadoHeight(3) }, lightTheme));
    });
  }

  it('distribution sketch of a rate range (40% to 70%)', () => {
    const mu = (Math.log(1.4) + Math.log(1.7)) / 2;
    const sigma = (Math.log(1.7) - Math.log(1.4)) / (2 * 1.6448536269514722);
    const dist = { distribution: 'lognormal-growth' as const, mu, sigma, p5: 0.4, p50: Math.exp(mu) - 1, p95: 0.7 };
    expectGolden('distribution-sketch', renderDistributionSketch(document, dist, { width: 240, height: 60 }, lightTheme, '#1f77b4'));
  });
});
