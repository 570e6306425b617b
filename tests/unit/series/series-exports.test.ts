import { describe, expect, it } from 'vitest';
import { toUserSeries } from '../../../src/io/user-series';
import { selectSeries } from '../../../src/state';
import { seriesActions } from '../../../src/state/series-actions';
import { deckSpec } from '../../../src/ui/exchange/deck-spec';
import { exportChart } from '../../../src/ui/exchange/export-chart';
import { csvRows } from '../../../src/ui/exchange/export-files';
import { freshStore, inputOf } from '../export/fixtures';
import { MARKET, OUTRUN } from './market';


describe('the exports take a series of one\'s own as they take the report\'s', () => {
  it('the CSV, the chart file and the deck hold it, with its exact values and its source', () => {
    const store = freshStore('en');
    const added = seriesActions(store, toUserSeries).add(MARKET);
    if (!added.ok) throw new Error(added.error.message);
    const series = selectSeries(store.getState()).find((s) => s.id === added.id)!;
    const input = inputOf(store);
    const [rows] = csvRows([series], input);
    expect(rows!.seriesName).toBe('Smart speaker market');
    expect(rows!.scenarios[0]!.points.find((p) => p.year === 2025)!.value).toBe('20000000000');
    const chart = exportChart(series, input).data;
    expect(chart.title).toBe('Smart speaker market');
    // Its own publisher and date, never the report's (万联证券, Wanlian Securities).
    expect(chart.sourceLine).toBe('Source: Some Securities, 2025-01.');
    const deck = deckSpec(selectSeries(store.getState()), input);
    expect(JSON.stringify(deck)).toContain('Smart speaker market');
    expect(JSON.stringify(deck)).toContain('Some Securities');
    expect(JSON.stringify(csvRows([series], input))).not.toMatch(/Wanlian|万联/);
  });
});

describe('a series of one\'s own is credited to its own source, never to the report', () => {
  // Everything an export says of the series, with the scenarios' names taken out: the ready-made "Report base case"
  // (报告基准) is a scenario of the whole page, named for the report's series, and is the user's to rename.
  const said = (def: object, lang: 'en' | 'zh') => {
    const store = freshStore(lang);
    const added = seriesActions(store, toUserSeries).add(def);
    if (!added.ok) throw new Error(added.error.message);
    const series = selectSeries(store.getState()).find((s) => s.id === added.id)!;
    const input = inputOf(store);
    const csv = csvRows([series], input)[0]!;
    const text = JSON.stringify([[...(csv.basis?.values() ?? [])], exportChart(series, input).data, deckSpec([series], input)]);
    // (The chart's fields reportedFrom and reportedUntil are names in the code, not words on the slide.)
    return text.replaceAll('Report base case', '').replaceAll('报告基准', '').replace(/"reported(From|Until)"/g, '');
  };

  it.each([
    ['en', MARKET],
    ['en', OUTRUN],
    ['zh', MARKET],
    ['zh', OUTRUN],
  ] as const)('%s: its key, basis words, stated rate, slide and notes say "source" (%#)', (lang, def) => {
    const text = said(def, lang);
    expect(text).not.toMatch(/report|报告/i);
    // Where the report's series say "the years the report speaks for" and "report figure", its own say its source's.
    expect(text).toContain(lang === 'en' ? 'years the source speaks for' : '来源覆盖的年份');
    expect(text).toContain(lang === 'en' ? '"source figure"' : '"来源数字"');
  });

  it('its stated rate is "stated in the source", and a figure with no section is cited without an empty "(section )"', () => {
    const en = said(OUTRUN, 'en');
    expect(en).toContain('At the source’s 30.0% CAGR: RMB 1.69B by 2025');
    expect(en).not.toMatch(/\(section \)/);
    const zh = said(OUTRUN, 'zh');
    expect(zh).toContain('按来源所述年复合增速30.0%推算：2025年达16.9亿元');
    expect(zh).not.toContain('（）');
  });
});

describe('the speaker notes name the source once', () => {
  it.each(['en', 'zh'] as const)('%s: the source line is not put under a heading that says the same word (found by use: "Source:" then "Source: …")', (lang) => {
    const store = freshStore(lang);
    const all = selectSeries(store.getState());
    const notes = deckSpec(all, inputOf(store)).charts.map((c) => c.notes);
    for (const n of notes) {
      expect(n).not.toMatch(/Source:\nSource:|资料来源：\n资料来源：/);
      expect(n).toMatch(lang === 'en' ? /\nSource: / : /\n资料来源：/);
    }
  });
});

describe('every chart of a file carries the fan the page shows, not only the chart whose menu was used (found by use)', () => {
  it('a deck of all charts and an image of any chart draw the fan handed in with the page’s snapshot', () => {
    const store = freshStore('en');
    const series = selectSeries(store.getState());
    const market = series.find((s) => s.id === 't2i-market-cn')!;
    // A fan the test makes (p5 < p25 < p50 < p75 < p95) for the market chart, as the page would hand it over.
    const line = exportChart(market, inputOf(store)).data.lines[0]!;
    const band = { colorIndex: 0, points: line.points.map((p) => ({ year: p.year, p5: p.value * 0.5, p25: p.value * 0.8, p50: p.value, p75: p.value * 1.2, p95: p.value * 1.6 })) };
    const input = { ...inputOf(store), fans: new Map([['t2i-market-cn', band]]) };
    // Launched from another chart's menu (the video chart's screen data handed in): the market slide has its fan all the same.
    const video = series.find((s) => s.id === 't2v-revenue-global')!;
    const deck = deckSpec(series, input, { screen: { seriesId: video.id, data: exportChart(video, inputOf(store)).data } });
    const slide = deck.charts.find((c) => c.title === market.name.en)!;
    expect(slide.chart.series.some((s) => s.name === 'Simulated 90% range')).toBe(true);
    expect(slide.key).toContain('Shaded: the simulated 50% and 90% ranges.');
    expect(exportChart(market, input).data.band).toEqual(band);
    // Without a fan for it, a chart has none.
    expect(exportChart(video, input).data.band).toBeUndefined();
  });

  it('an image or a PDF says in words whose simulated paths the shading is, as the page does (found by use: no key, no "simulated")', () => {
    const store = freshStore('en');
    const market = selectSeries(store.getState()).find((s) => s.id === 't2i-market-cn')!;
    const line = exportChart(market, inputOf(store)).data.lines[0]!;
    const band = { colorIndex: 0, points: line.points.map((p) => ({ year: p.year, p5: p.value * 0.5, p25: p.value * 0.8, p50: p.value, p75: p.value * 1.2, p95: p.value * 1.6 })) };
    const input = { ...inputOf(store), fans: new Map([['t2i-market-cn', band]]) };
    const focus = store.getState().doc.scenarios.find((s) => s.id === store.getState().doc.focusId)!.name;
    // 10,000 paths: the default sample count (model/uncertainty DEFAULT_SAMPLES), as the page's key says it.
    // Said with the note, whose lines the layout keeps room for: in the footnote it took the one line kept for the
    // assumptions, and an image with a fan showed none of them (found by use).
    expect(exportChart(market, input).data.note).toBe(`Shaded: 50% and 90% of 10,000 simulated paths of ${focus}; dotted: their median.`);
    expect(exportChart(market, input).data.footnote).toBe(exportChart(market, inputOf(store)).data.footnote);
    // Without a fan, no such words; the slide names its bands in its legend instead.
    expect(exportChart(market, inputOf(store)).data.note).toBeUndefined();
    const slide = deckSpec([market], input).charts[0]!;
    expect(JSON.stringify(slide)).not.toContain('Shaded: 50%');
  });
});
