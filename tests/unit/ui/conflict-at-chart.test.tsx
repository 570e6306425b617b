// The report's text-to-video contradiction at the chart itself (issue 14). Expected numbers by hand, with
// python3's decimal at 40 digits: (2219000000 / 7200000)^(1/7) − 1 = 1.26749532761… (126.75%), and
// 7200000 · 1.566^7 = 166293318.67 ($166M in 2030 at the stated 56.6%).
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { lightTheme, renderProjectionChart } from '../../../src/charts';
import { reportData } from '../../../src/io/report-fixture';
import { defaultDoc, defaultSettings, projectModel } from '../../../src/state';
import { buildChart } from '../../../src/ui/chart/chart-data';
import { ChartPanel } from '../../../src/ui/chart/ChartPanel';
import { en } from '../../../src/ui/i18n/en';
import { zh } from '../../../src/ui/i18n/zh';
import { seriesDisplay } from '../../../src/ui/shared';
import { OUTRUN, ownSeries } from '../series/market';
import { newStore, renderWith } from '../uncertainty-ui/render';

const report = reportData();
const series = (id: string) => report.series.find((s) => s.id === id)!;
const chartOf = (id: string, lang: 'en' | 'zh') => {
  const settings = defaultSettings(lang);
  const scenario = defaultDoc(report.series, lang).scenarios[0]!;
  const entries = [{ scenario, result: projectModel(scenario.models[id]!, settings.yearFrom, settings.yearTo) }];
  return buildChart(series(id), entries, seriesDisplay(series(id), settings), settings, lang === 'en' ? en : zh, scenario.id).data;
};

describe('the text-to-video chart draws the stated 56.6% against the amounts', () => {
  it('has a guide from $7.2M (2023) at 56.6% a year to $166M (2030), named with the implied 126.75%', () => {
    const [guide] = chartOf('t2v-revenue-global', 'en').guides!;
    expect(guide!.points[0]).toEqual({ year: 2023, value: 7.2e6 });
    expect(guide!.points.at(-1)!.year).toBe(2030);
    expect(guide!.points.at(-1)!.value).toBeCloseTo(166293318.67, 1);
    expect(guide!.label).toEqual(['At the report’s 56.6% CAGR: only $166M by 2030', 'the two amounts imply 126.75% a year']);
  });

  it('writes both rates into the SVG, in Chinese too', () => {
    for (const [lang, words] of [['en', ['56.6%', '126.75%']], ['zh', ['按报告所述年复合增速56.6%推算', '两个金额隐含每年126.75%']]] as const) {
      const svg = renderProjectionChart(document, chartOf('t2v-revenue-global', lang), { width: 960, height: 540 }, lightTheme);
      const text = [...svg.querySelectorAll('.chart-guide__label:not(.text-halo)')].map((t) => t.textContent).join(' ');
      for (const w of words) expect(text).toContain(w);
      expect(svg.querySelector('.chart-guide__line')!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){7}$/);
    }
  });

  it('on a phone’s width its words wrap, never cutting a number (found by use: "2030年仅1.6…" for 1.663亿美元)', () => {
    // 7.2M × 1.566^7 = 166,293,318.67 (Python decimal): to the three digits a narrow chart's labels keep, 1.66亿美元 / $166M.
    for (const [lang, whole] of [['zh', '2030年仅1.66亿美元'], ['en', 'only $166M by 2030']] as const) {
      const svg = renderProjectionChart(document, chartOf('t2v-revenue-global', lang), { width: 340, height: 300 }, lightTheme);
      const labels = [...svg.querySelectorAll('.chart-guide__label:not(.text-halo)')].map((t) => t.textContent!);
      // English wraps at its spaces, Chinese between characters: the lines rejoined as each writes them.
      const joined = labels.join(lang === 'en' ? ' ' : '');
      expect(joined).toContain(whole);
      expect(joined).not.toContain('…');
    }
  });

  it('a stated rate faster than the amounts is not said to give "only" more than the end figure (found by review)', () => {
    // A series of one's own: 10亿 (2023), 16亿 (2025), 30% a year over 2024–2025. Python decimal: 10亿 × 1.3² = 16.9亿.
    const own = ownSeries(OUTRUN).definition;
    const labelIn = (lang: 'en' | 'zh') => {
      const settings = { ...defaultSettings(lang), currency: 'CNY' as const };
      const scenario = defaultDoc(report.series, lang).scenarios[0]!;
      const entries = [{ scenario, result: projectModel(own.baseModel!, settings.yearFrom, settings.yearTo) }];
      return buildChart(own, entries, seriesDisplay(own, settings), settings, lang === 'en' ? en : zh, scenario.id).data.guides![0]!.label[0];
    };
    // Stated in its own source, not in the report (a series of one's own).
    expect(labelIn('en')).toBe('At the source’s 30.0% CAGR: RMB 1.69B by 2025');
    expect(labelIn('zh')).toBe('按来源所述年复合增速30.0%推算：2025年达16.9亿元');
  });

  it('draws no guide on charts whose figures agree', () => {
    expect(chartOf('t2i-market-cn', 'en').guides).toBeUndefined();
    expect(chartOf('t2i-users-cn', 'en').guides).toBeUndefined();
  });
});

describe('the note under the text-to-video chart', () => {
  it('states the contradiction and the implied rate, with a link to the three readings', () => {
    renderWith(<ChartPanel series={series('t2v-revenue-global')} />);
    const note = screen.getByTestId('chart-conflict-t2v-revenue-global');
    expect(note.textContent).toContain('$7.2M in 2023, $2.219B in 2030 and a 56.6% CAGR over 2024–2030 cannot all be true');
    expect(note.textContent).toContain('The two amounts imply 126.75% a year.');
    expect(note.querySelector('a')!.getAttribute('href')).toBe('#audit-title');
  });

  it('in Chinese', () => {
    renderWith(<ChartPanel series={series('t2v-revenue-global')} />, newStore('zh'));
    expect(screen.getByTestId('chart-conflict-t2v-revenue-global').textContent).toContain('两个金额隐含每年126.75%。');
  });

  it('is absent under the market chart', () => {
    renderWith(<ChartPanel series={series('t2i-market-cn')} />);
    expect(screen.queryByTestId('chart-conflict-t2i-market-cn')).toBeNull();
  });
});
