import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme, renderProjectionChart } from '../../../src/charts';
import { chartFooter } from '../../../src/charts/blocks';
import { BACKGROUNDS, exportChart, exportLayout, exportSize, exportTheme, sourceLine } from '../../../src/ui/exchange/export-chart';
import { modelSummary } from '../../../src/ui/exchange/model-summary';
import { seriesDisplay } from '../../../src/ui/shared/series-view';
import { freshStore, inputOf, MARKET, seriesOf, USERS, VIDEO } from './fixtures';

describe('export sizes and backgrounds', () => {
  it('lays a slide out at 1920×1080, 4:3 at 1440×1080, a square at 1080×1080 CSS pixels', () => {
    expect(exportSize('slide', undefined)).toEqual({ width: 1920, height: 1080 });
    expect(exportSize('standard', { width: 500, height: 300 })).toEqual({ width: 1440, height: 1080 });
    expect(exportSize('square', undefined)).toEqual({ width: 1080, height: 1080 });
  });

  it('takes "as on screen" from the chart’s box, and a sane default when there is none', () => {
    expect(exportSize('screen', { width: 812.4, height: 340 })).toEqual({ width: 812, height: 340 });
    expect(exportSize('screen', undefined)).toEqual({ width: 800, height: 450 });
    expect(exportSize('screen', { width: 0, height: 0 })).toEqual({ width: 800, height: 450 });
  });

  it('draws white on the light theme, dark on the dark theme, and nothing behind a transparent one, with light text for dark slides', () => {
    expect(BACKGROUNDS).toEqual(['white', 'transparent', 'transparent-dark', 'dark']);
    expect(exportTheme('transparent-dark')).toEqual({ ...darkTheme, background: 'transparent' });
    expect(exportTheme('transparent-dark').text).toBe('#e6e9ee');
    expect(exportTheme('white')).toBe(lightTheme);
    expect(exportTheme('dark')).toBe(darkTheme);
    expect(exportTheme('transparent')).toEqual({ ...lightTheme, background: 'transparent' });
  });
});

describe('the exported chart', () => {
  it('carries the key to line styles and markers, drawn in the SVG between the year labels and the source (1920×1080)', () => {
    const { data } = exportChart(seriesOf(MARKET), inputOf(freshStore('en')));
    expect(data.key!.map((k) => k.kind)).toEqual(['solid', 'dashed', 'approximate', 'upper-bound', 'lower-bound']);
    const svg = renderProjectionChart(document, data, { width: 1920, height: 1080 }, lightTheme);
    const texts = [...svg.querySelectorAll('.chart-key text')].map((t) => t.textContent);
    expect(texts).toEqual(['years the report speaks for', 'the years outside them', '≈ about', '≤ at most', '> more than']);
    const keyY = Math.min(...[...svg.querySelectorAll('.chart-key text')].map((t) => Number(t.getAttribute('y'))));
    const yearY = Math.max(...[...svg.querySelectorAll('.chart-x-tick')].map((t) => Number(t.getAttribute('y'))));
    const sourceY = Number(svg.querySelector('.chart-source tspan')!.getAttribute('y'));
    expect(keyY).toBeGreaterThan(yearY);
    expect(keyY).toBeLessThan(sourceY);
  });

  it('is the screen’s chart with its title, the scenario names in a legend, the source and the assumptions', () => {
    const input = inputOf(freshStore('en'));
    const { data } = exportChart(seriesOf(VIDEO), input);
    expect(data.title).toBe('Global text-to-video model revenue');
    expect(data.legend).toBe(true);
    expect(data.lines.length).toBeGreaterThan(0);
    expect(data.sourceLine).toBe(
      'Source: Wanlian Securities Research Institute, "Generative AI lands in many fields and empowers the media industry (AI industry in-depth series, no. 1)", 2024-06-28, section 2.2.2; the report cites GIR (GlobalInfo Research).',
    );
    expect(data.footnote?.split('\n')).toContain(
      'Video: trust base and rate: $7.2M in 2023, +56.6%/yr',
    );
  });

  it('names scenarios that share a model together, in one footnote line', () => {
    const { data } = exportChart(seriesOf(VIDEO), inputOf(freshStore('en')));
    expect(data.footnote?.split('\n')[0]).toBe(
      'Report base case = Users: low end of range = Users: high end of range: through 2023 $7.2M, 2030 $2.219B; before 2023 +56.6%/yr; after 2030 +56.6%/yr',
    );
  });

  it('says "all N scenarios" when every scenario on the chart holds the same assumptions, instead of chaining their names', () => {
    // The first visit compares five scenarios; all five hold the report's market model (they differ on the
    // users and video series only). The report's figures: 2024 100亿元 = RMB 10B, 2025 200亿元 = 20B, 2027 1000亿元 = 100B.
    const en = exportChart(seriesOf(MARKET), inputOf(freshStore('en'))).data.footnote!;
    expect(en.split('\n')).toEqual(['All 5 scenarios: through 2024 RMB 10B, 2025 RMB 20B, 2027 RMB 100B; before 2024 +100%/yr; after 2027 +30%/yr']);
    const zh = exportChart(seriesOf(MARKET), inputOf(freshStore('zh'))).data.footnote!;
    expect(zh.split('\n')).toEqual(['全部5个情景：经过2024年100亿元、2025年200亿元、2027年1000亿元；2024年前年增+100%；2027年后年增+30%']);
    // Where they differ, the names stay: the video chart still names the three that share its path.
    expect(exportChart(seriesOf(VIDEO), inputOf(freshStore('en'))).data.footnote!.split('\n')[0]).toMatch(/^Report base case = Users: low end of range = Users: high end of range: /);
  });

  it('groups its numbers by the unit style chosen, not by the language: 万/亿 in English, K/M/B in Chinese', () => {
    // $7.2M = $720万 (7.2e6 / 1e4 = 720), by hand.
    const wan = exportChart(seriesOf(VIDEO), inputOf(freshStore('en'), { unitStyle: 'wan' })).data;
    expect(wan.footnote?.split('\n')).toContain('Video: trust base and rate: $720万 in 2023, +56.6%/yr');
    // The axis ticks keep 3 significant digits (chart-data.ts): 2.219e9 is 22.19亿, written 22.2亿.
    expect(wan.formatValue(2.219e9)).toBe('22.2亿');
    expect(wan.marks.map((m) => m.label)).toContain('≈720万');
    const kmb = exportChart(seriesOf(VIDEO), inputOf(freshStore('zh'), { unitStyle: 'kmb' })).data;
    expect(kmb.footnote).toContain('7.2M美元');
    expect(kmb.footnote).not.toContain('720万');
  });

  it('speaks Chinese in Chinese, figure number included', () => {
    const input = inputOf(freshStore('zh'));
    const { data } = exportChart(seriesOf(MARKET), input);
    expect(data.title).toBe('中国 AI 文生图市场规模');
    expect(data.sourceLine).toBe(
      '资料来源：万联证券研究所《生成式 AI 多领域落地，赋能传媒行业发展 —— AI 产业系列深度报告（一）》，2024-06-28，第2.1.2节图表4；报告引用《中国AIGC文生图产业白皮书》。',
    );
    expect(data.footnote).toMatch(/^全部5个情景：经过2024年100亿元、2025年200亿元、2027年1000亿元；2024年前年增\+100%；2027年后年增\+30%/);
    expect(sourceLine(seriesOf(MARKET), inputOf(freshStore('en')))).toContain('section 2.1.2, figure 4');
  });

  it('states the exchange rate when money is shown in another currency, and only then; first, so a chart with no room for every line keeps it (found by use: a PNG in USD dropped it)', () => {
    const store = freshStore('en');
    const usd = exportChart(seriesOf(MARKET), inputOf(store, { currency: 'USD', usdCny: '7.1268' })).data.footnote!;
    expect(usd.split('\n')[0]).toBe('Exchange rate: RMB 7.1268 per USD.');
    expect(usd).toContain('2024 $1.403B');
    expect(exportChart(seriesOf(VIDEO), inputOf(store)).data.footnote).not.toContain('Exchange rate');
    expect(exportChart(seriesOf(USERS), inputOf(store)).data.footnote).not.toContain('Exchange rate');
  });

  it('renders to an SVG with the legend, source and footnote as text, never as markup', () => {
    const store = freshStore('en');
    store.getState().renameScenario(store.getState().createScenario('x'), '<img src=x onerror=alert(1)>');
    const { data } = exportChart(seriesOf(VIDEO), inputOf(store));
    const svg = renderProjectionChart(document, data, { width: 1920, height: 1080 }, lightTheme);
    expect(svg.querySelector('.chart-title')?.textContent).toBe('Global text-to-video model revenue');
    expect(svg.querySelector('.chart-source')?.textContent).toMatch(/^Source: Wanlian/);
    expect(svg.querySelector('.chart-footnote')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(svg.querySelector('img')).toBeNull();
    expect(new XMLSerializer().serializeToString(svg)).not.toMatch(/<img/);
  });
});

describe('a model in one line', () => {
  // Each language's first-visit settings: its own unit style too (K/M/B in English, 万/亿 in Chinese).
  const line = (model: Parameters<typeof modelSummary>[0], lang: 'en' | 'zh' = 'en') => {
    const input = inputOf(freshStore(lang));
    return modelSummary(model, seriesDisplay(seriesOf(VIDEO), input.settings), { yearFrom: 2022, yearTo: 2032 }, lang, input.t, input.x);
  };

  it('writes constant growth as its base and rate', () => {
    expect(line({ type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.566' })).toBe('$7.2M in 2023, +56.6%/yr');
    expect(line({ type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '-0.05' }, 'zh')).toBe('2023年720万美元，年增−5%');
  });

  it('writes an S-curve as its ceiling, midpoint and steepness', () => {
    expect(line({ type: 'logistic', ceiling: '1092000000', midpoint: '2026.932', steepness: '0.8680' })).toBe(
      'S-curve to $1.092B, midpoint 2026.93, steepness 0.868',
    );
  });

  it('writes a fitted steepness to the six digits its field shows, as the midpoint is (found by use: 0.8524 on the slide, 0.852421 in the field)', () => {
    // The field writes a number to six significant digits (field-formats.numberText): 0.85242137 → 0.852421.
    expect(line({ type: 'logistic', ceiling: '1092000000', midpoint: '2026.93214', steepness: '0.85242137' })).toBe(
      'S-curve to $1.092B, midpoint 2026.93, steepness 0.852421',
    );
  });

  it('a path bending into a ceiling says how fast it grows the year after its last anchor, not only the rate it bends (found by use)', () => {
    // The report base case of the users (people, so no currency): 500M in 2027, then the odds v/(C − v) grow 53.53% a
    // year under the cited ceiling of 1.092B. Python decimal: 500M/592M × 1.5353 = 1.29669 → 1.092B × 1.29669/2.29669
    // = 616,536,461.6 in 2028, +23.307% on 500M, written to four digits as the rates are (and not the 767.6M that
    // 53.53% on 500M would give).
    const model = { type: 'anchored', anchors: [{ year: 2025, low: '212132034' }, { year: 2027, low: '500000000' }], through: 'mid', rateBefore: '0.5', rateAfter: '0.5353', ceiling: '1092000000' } as const;
    const summary = (lang: 'en' | 'zh') => {
      const given = inputOf(freshStore(lang));
      return modelSummary(model, seriesDisplay(seriesOf(USERS), given.settings), { yearFrom: 2022, yearTo: 2032 }, lang, given.t, given.x);
    };
    // A count of people says so in English, as Chinese does with 人 (found by use: "a ceiling of 1.092B").
    expect(summary('en')).toContain('after 2027 +53.53%/yr; slowing toward 1.092B people, never above it (2028: +23.31%)');
    expect(summary('zh')).toContain('2027年后年增+53.53%；随接近10.92亿人放缓，永不超过（2028年+23.31%）');
  });

  it('a rate typed as a range is written as the median the line shows, with its range (found by use: "+68.82%/yr" for "50% to 90%")', () => {
    // √(1.5 × 1.9) − 1 = 0.688194… (Python decimal): the median of 50%–90% read as growth factors, which the line takes.
    const store = freshStore('en');
    const id = store.getState().createScenario('Optimistic');
    store.getState().setModel(id, VIDEO, { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.6881943' });
    store.getState().setUncertainty(id, VIDEO, 'cagr', { low: '0.5', high: '0.9' });
    const footnote = exportChart(seriesOf(VIDEO), inputOf(store)).data.footnote!;
    expect(footnote).toContain('Optimistic: $7.2M in 2023, +68.82% (the median of +50%–+90%)/yr');
    const zhStore = freshStore('zh');
    const zhId = zhStore.getState().createScenario('乐观');
    zhStore.getState().setModel(zhId, VIDEO, { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.6881943' });
    zhStore.getState().setUncertainty(zhId, VIDEO, 'cagr', { low: '0.5', high: '0.9' });
    expect(exportChart(seriesOf(VIDEO), inputOf(zhStore)).data.footnote).toContain('年增+68.82%（+50%—+90%的中位数）');
  });

  it('writes a range anchor with the end it is read at, and leaves out rates for years not in view', () => {
    const model = { type: 'anchored', anchors: [{ year: 2022, low: '150000000', high: '300000000' }, { year: 2032, low: '900000000' }], through: 'high', rateBefore: '0.1', rateAfter: '0.2' } as const;
    expect(line(model)).toBe('through 2022 $150M–$300M (high end), 2032 $900M');
  });
});

describe('"as on screen"', () => {
  it('keeps the screen’s width and plot height, adding room for what the export adds, and nothing is cut', async () => {
    const { chartLayout } = await import('../../../src/charts');
    const { exportSizeFor } = await import('../../../src/ui/exchange/export-chart');
    const { data } = exportChart(seriesOf(VIDEO), inputOf(freshStore('en')));
    const screen = { width: 800, height: 340 };
    const size = exportSizeFor('screen', data, screen);
    expect(size.width).toBe(800);
    expect(size.height).toBeGreaterThan(340);
    const onScreen = chartLayout({ ...data, title: '', sourceLine: undefined, footnote: undefined }, screen).plot.height;
    const exported = chartLayout(data, size);
    // The plot is as tall as on screen, or taller where the export's text would otherwise take more than half.
    expect(exported.plot.height).toBeGreaterThanOrEqual(onScreen - 1);
    expect(exported.plot.height).toBeGreaterThanOrEqual(size.height / 2);
    expect(exported.footer.footnote.map((l) => l.text).join(' ')).not.toContain('…');
    expect(exportSizeFor('slide', data, screen)).toEqual({ width: 1920, height: 1080 });
  });
});

describe('the assumptions under a chart of a fixed size', () => {
  it('come in whole lines, the scenario in focus first, and what has no room is counted in a last line, never cut mid-sentence', () => {
    const store = freshStore('en');
    const id = store.getState().createScenario('My scenario');
    store.getState().setModel(id, VIDEO, { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.7' });
    const { data, layoutSize } = exportLayout(seriesOf(VIDEO), inputOf(store), { preset: 'slide' });
    const paragraphs = data.footnote!.split('\n');
    // The scenario being worked on is the one the slide is for: its assumptions come first.
    expect(paragraphs[0]).toBe('My scenario: $7.2M in 2023, +70%/yr');
    expect(paragraphs).toHaveLength(4);
    const svg = renderProjectionChart(document, data, layoutSize, lightTheme);
    const lines = [...svg.querySelectorAll('.chart-footnote tspan')].map((t) => t.textContent!);
    expect(lines[0]).toBe(paragraphs[0]);
    // Whole scenario lines while they fit, then one line counting the rest.
    // At 1920×1080 (laid out at 960×540) the focus scenario's line fits whole, the other three do not.
    expect(lines.at(-1)).toBe('… 3 more lines of assumptions: see the PowerPoint or the CSV.');
    expect(lines.slice(0, -1).every((line) => !line.endsWith('…'))).toBe(true);
  });
});

describe('ten scenarios with long names on a slide (found by use: the note and every assumption went, unannounced)', () => {
  /** The report's five scenarios and five more of one's own with long names, all compared, a note on the chart. */
  const crowded = () => {
    const store = freshStore('en');
    for (let i = 0; i < 5; i++) {
      const id = store.getState().createScenario(`Text-to-video constant growth scenario number ${i + 1}, trusting the 2030 end`);
      store.getState().setModel(id, VIDEO, { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: `0.${6 + i}` });
    }
    const state = store.getState();
    state.commit((doc) => ({ ...doc, compared: doc.scenarios.map((s) => s.id), charts: { [VIDEO]: { note: 'Note: the report states a 56.6% CAGR that its own amounts contradict.' } } }));
    return store;
  };
  const texts = (svg: SVGSVGElement, cls: string) => [...svg.querySelectorAll(`.${cls} tspan`)].map((t) => t.textContent!);

  for (const preset of ['slide', 'standard', 'square'] as const) {
    it(`${preset}: the note and the source are kept, and the assumptions say at least how many lines have no room, whole; in RMB the exchange rate is kept (found by use)`, () => {
      const inRmb = exportLayout(seriesOf(VIDEO), inputOf(crowded(), { currency: 'CNY' }), { preset });
      const rmb = texts(renderProjectionChart(document, inRmb.data, inRmb.layoutSize, lightTheme), 'chart-footnote');
      expect(rmb[0]).toBe('Exchange rate: RMB 7.1268 per USD.');
      // The count whole, on as many lines as it takes.
      expect(rmb.slice(rmb.findIndex((line) => line.startsWith('… '))).join(' ')).toMatch(/^… \d+ more lines of assumptions: see the PowerPoint or the CSV\.$/);
      const { data, layoutSize } = exportLayout(seriesOf(VIDEO), inputOf(crowded()), { preset });
      expect(data.lines.length).toBeGreaterThanOrEqual(8);
      const svg = renderProjectionChart(document, data, layoutSize, lightTheme);
      expect(texts(svg, 'chart-note').join(' ')).toContain('contradict.');
      expect(texts(svg, 'chart-source').join(' ')).toMatch(/^Source: Wanlian Securities/);
      const footnote = texts(svg, 'chart-footnote');
      expect(footnote.length).toBeGreaterThan(0);
      expect(footnote.at(-1)).toMatch(/more lines? of assumptions: see the PowerPoint or the CSV\.$|\/yr$/);
    });
  }

  it('a paragraph cut for room is cut between clauses, never inside a number ("after 203…")', () => {
    // Notes of one to six sentences leave the assumptions every room from whole lines to one cut line.
    const cut: string[] = [];
    for (let n = 1; n <= 6; n++)
      for (const preset of ['slide', 'standard'] as const) {
        const store = freshStore('en');
        store.getState().commit((doc) => ({ ...doc, charts: { [VIDEO]: { note: 'Note: the report states a 56.6% CAGR that its own amounts contradict. '.repeat(n) } } }));
        const { data, layoutSize } = exportLayout(seriesOf(VIDEO), inputOf(store), { preset });
        const svg = renderProjectionChart(document, data, layoutSize, lightTheme);
        cut.push(...texts(svg, 'chart-footnote').filter((line) => /[\d.]…$/.test(line)));
      }
    expect(cut).toEqual([]);
  });
});

describe('a cut assumption line', () => {
  it('is not cut inside the scenario’s name (found by use: "Text-to-video constant growth scenario,…" said nothing)', () => {
    const base = exportChart(seriesOf(VIDEO), inputOf(freshStore('en'))).data;
    const footnote = [
      'Text-to-video constant growth scenario, optimistic case for the client deck: $7.2M in 2023, +70%/yr',
      'Report base case: through 2023 $7.2M, 2030 $2.219B; before 2023 +56.6%/yr; after 2030 +56.6%/yr',
      'Video: trust end and rate: $2.219B in 2030, +56.6%/yr',
    ].join('\n');
    const data = { ...base, sourceLine: undefined, note: undefined, footnote };
    // Room for three lines at 400 px: the count takes two, and one line of the first paragraph would end in its name.
    const footer = chartFooter(data, 16, 400, 300, 16 + 10 + 3 * 15);
    const lines = footer.footnote.map((l) => l.text);
    expect(lines.join(' ')).toBe('… 3 more lines of assumptions: see the PowerPoint or the CSV.');
  });
});

describe('a footnote of one line that has no room whole', () => {
  it('is cut with “…” and counts nothing left out (there is nothing else)', () => {
    const data = { ...exportChart(seriesOf(VIDEO), inputOf(freshStore('en'))).data, sourceLine: undefined, note: undefined, footnote: 'All 5 scenarios: ' + 'a long assumption, '.repeat(40) };
    const footer = chartFooter(data, 16, 400, 300, 16 + 10 + 3 * 15);
    expect(footer.footnote.at(-1)!.text.endsWith('…')).toBe(true);
    expect(footer.footnote.map((l) => l.text).join(' ')).not.toMatch(/lines? of assumptions not shown/);
  });
});
