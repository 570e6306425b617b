import { describe, expect, it } from 'vitest';
import { renderProjectionChart, lightTheme } from '../../../src/charts';
import { BASE_ID, type ChartWords } from '../../../src/state';
import { exportChart } from '../../../src/ui/exchange/export-chart';
import { freshStore, inputOf, MARKET, seriesOf, VIDEO } from '../export/fixtures';

const SIZE = { width: 960, height: 540 };

function withWords(lang: 'en' | 'zh', words: Partial<ChartWords>, chart = VIDEO) {
  const store = freshStore(lang);
  store.getState().setChartWords(chart, words);
  return inputOf(store);
}

describe('an export shows the user’s own words on the chart', () => {
  it('puts the title and subtitle given in place of the series name, and the note under the plot', () => {
    const { data } = exportChart(seriesOf(VIDEO), withWords('en', { title: 'Video revenue, three readings', subtitle: 'USD', note: 'Our view: the 2030 figure holds.' }));
    expect([data.title, data.subtitle, data.note]).toEqual(['Video revenue, three readings', 'USD', 'Our view: the 2030 figure holds.']);
    const svg = renderProjectionChart(document, data, SIZE, lightTheme);
    expect(svg.querySelector('.chart-title')!.textContent).toBe('Video revenue, three readings');
    expect(svg.querySelector('.chart-subtitle')!.textContent).toBe('USD');
    expect(svg.querySelector('.chart-note')!.textContent).toBe('Our view: the 2030 figure holds.');
  });

  it('draws no title, no footnote and no source line when the user hides them', () => {
    const { data } = exportChart(seriesOf(VIDEO), withWords('zh', { hideTitle: true, subtitle: 'hidden with the title', footnote: false, source: false }));
    expect([data.title, data.subtitle, data.footnote, data.sourceLine]).toEqual(['', undefined, undefined, undefined]);
    const svg = renderProjectionChart(document, data, SIZE, lightTheme);
    expect(svg.querySelector('.chart-title, .chart-subtitle, .chart-source, .chart-footnote')).toBeNull();
  });

  it('draws a CAGR arrow on the base case from 2023 to 2030 labelled with the engine’s rate, +126.7%', () => {
    // mpmath: (2219000000/7200000)^(1/7) - 1 = 1.2674953276… → 126.7%
    const { data } = exportChart(seriesOf(VIDEO), withWords('en', { arrows: [{ scenarioId: BASE_ID, from: 2023, to: 2030, kind: 'cagr' }] }));
    expect(data.arrows).toHaveLength(1);
    expect(data.arrows![0]).toMatchObject({ kind: 'cagr', label: 'CAGR +126.7%', from: { year: 2023, value: 7.2e6 }, to: { year: 2030 } });
    expect(data.arrows![0]!.to.value).toBeCloseTo(2.219e9, 0);
    const svg = renderProjectionChart(document, data, SIZE, lightTheme);
    expect(svg.querySelector('.chart-arrow--cagr .chart-arrow__label')!.textContent).toBe('CAGR +126.7%');
  });

  it('labels a difference arrow with the change and the relative change, in Chinese too', () => {
    // 2,219,000,000 − 7,200,000 = 2,211,800,000 (22.12亿美元, to the table's four digits); 2,211,800,000 / 7,200,000 =
    // 307.19… → +30719%
    const en = exportChart(seriesOf(VIDEO), withWords('en', { arrows: [{ scenarioId: BASE_ID, from: 2023, to: 2030, kind: 'difference' }] })).data;
    expect(en.arrows![0]!.label).toBe('+$2.212B (+30719%)');
    const zh = exportChart(seriesOf(VIDEO), withWords('zh', { arrows: [{ scenarioId: BASE_ID, from: 2023, to: 2030, kind: 'difference' }] })).data;
    expect(zh.arrows![0]!.label).toBe('+22.12亿美元 (+30719%)');
  });

  it('gives a difference the table’s four digits, so it ties out with the two values beside it', () => {
    // Found by use: the market's base case, 1000亿 in 2027 and 3713亿 in 2032 in the table (100亿 × 1.3^5 =
    // 371,293,000,000 by hand), was labelled +2710亿元; 371,293,000,000 − 100,000,000,000 = 271,293,000,000 → 2713亿,
    // 271.293% → +271%.
    const zh = exportChart(seriesOf(MARKET), withWords('zh', { arrows: [{ scenarioId: BASE_ID, from: 2027, to: 2032, kind: 'difference' }] }, MARKET)).data;
    expect(zh.arrows![0]!.label).toBe('+2713亿元 (+271%)');
  });

  it('leaves out an arrow on a scenario that is not compared', () => {
    const store = freshStore('en');
    const own = store.getState().createScenario('Mine');
    store.getState().toggleCompared(own);
    store.getState().setChartWords(VIDEO, { arrows: [{ scenarioId: own, from: 2023, to: 2030, kind: 'cagr' }] });
    expect(exportChart(seriesOf(VIDEO), inputOf(store)).data.arrows).toBeUndefined();
  });
});
