// The key to line styles and markers under every chart (issue 14): measured into the layout, so it never
// runs into the year labels, the footer, the edge or itself, and drawn by the same renderer on screen and in exports.
import { describe, expect, it } from 'vitest';
import { chartLayout, lightTheme, renderProjectionChart, textWidth } from '../../../src/charts';
import { FONT, LEADING } from '../../../src/charts/fonts';
import { KEY_GLYPH } from '../../../src/charts/key';
import type { ChartKeyItem } from '../../../src/charts/types';
import { reportData } from '../../../src/io/report-fixture';
import { buildChart, chartKeyItems } from '../../../src/ui/chart/chart-data';
import { en } from '../../../src/ui/i18n/en';
import { zh } from '../../../src/ui/i18n/zh';
import { defaultDoc, defaultSettings, projectModel } from '../../../src/state';
import { seriesDisplay } from '../../../src/ui/shared';
import { marketChart } from './sample-data';

const KEY: ChartKeyItem[] = (['solid', 'dashed', 'point', 'approximate', 'upper-bound', 'lower-bound', 'range', 'conditional'] as const).map((kind) => ({
  kind,
  label: `${kind}: the words for this glyph, long enough to wrap`,
}));

describe('the key’s place in the chart', () => {
  for (const size of [{ width: 960, height: 540 }, { width: 640, height: 360 }, { width: 320, height: 340 }]) {
    it(`sits under the year labels and over the footer, inside the width, without overlaps (${size.width}×${size.height})`, () => {
      const data = marketChart({ key: KEY, sourceLine: 'Source: 万联证券研究所 2024-06-28 §2.1.2', footnote: 'Assumptions: 30% a year after 2027.' });
      const layout = chartLayout(data, size);
      const { key, footer, plot } = layout;
      expect(key.entries.length).toBeGreaterThan(0);
      // Year labels: baseline 7 + 0.8·FONT.tick under the plot, descending 0.25·FONT.tick below it (axes.ts).
      const yearLabelsBottom = plot.y + plot.height + 7 + FONT.tick * 1.05;
      const boxes = key.entries.map((e) => ({ x0: e.x, x1: e.x + KEY_GLYPH + 5 + textWidth(e.label, FONT.footer), y0: e.y - LEADING.footer / 2, y1: e.y + LEADING.footer / 2 }));
      for (const b of boxes) {
        expect(b.y0).toBeGreaterThanOrEqual(yearLabelsBottom);
        expect(b.y1).toBeLessThanOrEqual(footer.top);
        expect(b.x1).toBeLessThanOrEqual(size.width);
      }
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0).toBe(true);
      // The key costs the plot at most its own rows (the footer gives way first).
      const without = chartLayout({ ...data, key: [] }, size).plot.height;
      expect(plot.height).toBeGreaterThanOrEqual(without - key.height);
    });
  }

  it('takes no room when a chart has no key', () => {
    const size = { width: 960, height: 540 };
    expect(chartLayout(marketChart(), size).plot).toEqual(chartLayout(marketChart({ key: [] }), size).plot);
    expect(chartLayout(marketChart({ key: KEY }), size).plot.height).toBeLessThan(chartLayout(marketChart(), size).plot.height);
  });

  it('is drawn in the SVG: a glyph and the words per entry, the dashed line dashed as the projection is', () => {
    const size = { width: 960, height: 540 };
    expect(chartLayout(marketChart({ key: KEY }), size).key.entries).toHaveLength(KEY.length);
    const svg = renderProjectionChart(document, marketChart({ key: KEY }), size, lightTheme);
    const items = [...svg.querySelectorAll('g.chart-key > g.chart-key__item')];
    expect(items.map((g) => g.getAttribute('data-key'))).toEqual(KEY.map((k) => k.kind));
    expect(items[0]!.querySelector('text')!.textContent).toBe(KEY[0]!.label);
    expect(items[1]!.querySelector('line')!.getAttribute('stroke-dasharray')).toBe('6 5');
    expect(items[0]!.querySelector('line')!.getAttribute('stroke-dasharray')).toBeNull();
  });
});

describe('what the key lists for each of the report’s charts', () => {
  const report = reportData();
  const chartOf = (id: string, lang: 'en' | 'zh') => {
    const series = report.series.find((s) => s.id === id)!;
    const settings = { ...defaultSettings(lang) };
    const scenario = defaultDoc(report.series, lang).scenarios[0]!;
    const entries = [{ scenario, result: projectModel(scenario.models[id]!, settings.yearFrom, settings.yearTo) }];
    return buildChart(series, entries, seriesDisplay(series, settings), settings, lang === 'en' ? en : zh, scenario.id).data;
  };

  it('market (2022–2032): solid, dashed, ≈ about, ≤ at most, > more than', () => {
    expect(chartOf('t2i-market-cn', 'en').key!.map((k) => k.label)).toEqual(['years the report speaks for', 'the years outside them', '≈ about', '≤ at most', '> more than']);
  });

  it('users: a report figure, ≈, a range and the conditional “could reach”, in Chinese', () => {
    expect(chartOf('t2i-users-cn', 'zh').key!.map((k) => k.label)).toEqual(['报告覆盖的年份', '报告以外的年份', '报告数字', '≈ 约数', '区间', '可能达到（有条件）']);
  });

  it('lists dashed for years before the first figure too, and not when the chart shows only the report’s years', () => {
    const t = en;
    const kinds = (from: number, to: number) => chartKeyItems([], true, from, to, { from: 2024, until: 2027 }, t.basis).map((k) => k.kind);
    expect(kinds(2022, 2027)).toEqual(['solid', 'dashed']);
    expect(kinds(2024, 2027)).toEqual(['solid']);
    expect(kinds(2028, 2032)).toEqual(['dashed']);
  });

  it('fits whole on a phone (318 px wide, as the screen draws it at 360 px) and on the 340 px screen chart', () => {
    for (const id of ['t2i-market-cn', 't2i-users-cn', 't2v-revenue-global'])
      for (const lang of ['en', 'zh'] as const)
        for (const width of [318, 700]) {
          const data = chartOf(id, lang);
          expect(chartLayout(data, { width, height: 340 }).key.entries).toHaveLength(data.key!.length);
        }
  });
});
