import { describe, expect, it } from 'vitest';
import type { AnchoredModel } from '../../../src/model';
import { projectionCsv } from '../../../src/io/csv';
import { restoreScenarioFile, toScenarioFile } from '../../../src/io/scenario-file';
import { projectModel } from '../../../src/state';
import { deckSpec } from '../../../src/ui/exchange/deck-spec';
import { axisScale, csvRows, scenarioSelection } from '../../../src/ui/exchange/export-files';
import { freshStore, inputOf, MARKET, seriesOf, USERS, VIDEO } from './fixtures';

describe('the CSV of the projection table', () => {
  it('holds each compared scenario’s exact decimals, year by year, in the display unit', () => {
    const input = inputOf(freshStore('en'));
    const [rows] = csvRows([seriesOf(VIDEO)], input);
    expect(rows!.seriesName).toBe('Global text-to-video model revenue');
    expect(rows!.unit).toBe('USD');
    expect(rows!.scenarios.map((s) => s.name)).toEqual(input.scenarios.filter((s) => input.compared.includes(s.id)).map((s) => s.name));
    const base = projectModel(input.scenarios[0]!.models[VIDEO]!, 2022, 2032);
    if (!base.ok) throw new Error('base case projects');
    expect(rows!.scenarios[0]!.points).toEqual(base.value.map((p) => ({ year: p.year, value: p.value.toString() })));
  });

  it('converts money at the user’s rate when another currency is shown, and says so in the unit', () => {
    // Found by use: a CSV of the market in USD said "美元" and nothing of 7.1268, so its values could not be
    // checked against the report's 亿元 from the file alone. By hand: RMB 10B ÷ 8 = $1.25B.
    const input = inputOf(freshStore('en'), { currency: 'USD', usdCny: '8' });
    const [rows] = csvRows([seriesOf(MARKET)], input);
    expect(rows!.unit).toBe('USD (converted from RMB at RMB 8 per USD)');
    expect(rows!.scenarios[0]!.points.find((p) => p.year === 2024)!.value).toBe('1250000000');
    // A series shown in its own currency says its unit alone; the Chinese page says it in Chinese.
    expect(csvRows([seriesOf(VIDEO)], input)[0]!.unit).toBe('USD');
    const [zh] = csvRows([seriesOf(MARKET)], inputOf(freshStore('zh'), { currency: 'USD', usdCny: '7.1268' }));
    expect(zh!.unit).toBe('美元（由人民币按1美元兑7.1268元人民币换算）');
  });

  it('holds P5 / P50 / P95 columns after the scenarios where a chart shows a fan, named after its scenario', () => {
    const input = inputOf(freshStore('en'));
    // Percentile values as the simulation gives them, already in the display unit (made up for the test).
    const fan = { scenarioId: 'x', name: 'Ranges', percentiles: [5, 50, 95], values: new Map([[2023, [6.5e6, 7.2e6, 8.1e6]], [2024, [9e6, 1.1275e7, Number.NaN]]]) };
    const [video, market] = csvRows([seriesOf(VIDEO), seriesOf(MARKET)], input, new Map([[VIDEO, fan]]));
    const names = video!.scenarios.map((s) => s.name);
    expect(names.slice(-3)).toEqual(['P5 · Ranges', 'P50 · Ranges', 'P95 · Ranges']);
    expect(video!.scenarios.at(-3)!.points).toEqual([{ year: 2023, value: '6500000' }, { year: 2024, value: '9000000' }]);
    expect(video!.scenarios.at(-1)!.points).toEqual([{ year: 2023, value: '8100000' }]);
    expect(market!.scenarios.some((s) => s.name.startsWith('P5'))).toBe(false);
    const csv = projectionCsv(csvRows([seriesOf(VIDEO)], input, new Map([[VIDEO, fan]])));
    expect(csv.split('\r\n')[0]!.endsWith(',P5 · Ranges,P50 · Ranges,P95 · Ranges,basis,source')).toBe(true);
  });

  it('puts every chart in one file for "all charts"', () => {
    const input = inputOf(freshStore('zh'));
    const csv = projectionCsv(csvRows([seriesOf(MARKET), seriesOf(USERS), seriesOf(VIDEO)], input));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 3 * 11);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0]))).toEqual(new Set(['中国 AI 文生图市场规模', '中国 AI 文生图参与网民', '全球文生视频大模型收入']));
  });
});

describe('the CSV says each year’s basis and the source of each report figure', () => {
  // A small RFC 4180 reader, so the test reads the file as a spreadsheet would (quoted commas, doubled quotes).
  function records(csv: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    const endCell = () => {
      row.push(cell);
      cell = '';
    };
    for (let i = 0; i < csv.length; i++) {
      const c = csv[i]!;
      if (quoted && c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (quoted && c === '"') quoted = false;
      else if (quoted) cell += c;
      else if (c === '"') quoted = true;
      else if (c === ',') endCell();
      else if (c === '\r' && csv[i + 1] === '\n') {
        endCell();
        rows.push(row);
        row = [];
        i++;
      } else cell += c;
    }
    return rows;
  }
  const table = (lang: 'en' | 'zh', id: string) => {
    const [header, ...rows] = records(projectionCsv(csvRows([seriesOf(id)], inputOf(freshStore(lang)))).slice(1));
    const at = (year: number) => Object.fromEntries(header!.map((h, i) => [h, rows.find((r) => r[2] === String(year))![i]!]));
    return { header: header!, at };
  };

  it('ends each row with basis and source: the report’s wording and citation where it gives a figure', () => {
    const { header, at } = table('en', MARKET);
    expect(header.slice(-2)).toEqual(['basis', 'source']);
    expect(at(2024).basis).toBe('Report: ≤10B (upper bound)');
    // fixtures/report-figures.json, t2i-market-2024, and the series' place in the report.
    expect(at(2024).source).toBe(
      '预计到2024年，行业将出现有影响力的企业，推动市场市值显著增长，但规模仍在百亿人民币内 (At most RMB 10 billion (upper bound)); ' +
        'Wanlian Securities Research Institute 2024-06-28 §2.1.2 图表4; China AIGC Text-to-Image Industry White Paper',
    );
    expect(at(2026).basis).toBe('Between report figures');
    expect(at(2026).source).toContain('between the report’s figures for 2025 and 2027');
  });

  it('names each compared scenario’s assumption where the report is silent (back-cast and after the last figure)', () => {
    const { at } = table('en', MARKET);
    expect(at(2022).basis).toBe('Back-cast: before the report’s first figure');
    expect(at(2022).source).toContain('Report base case: 100.0% a year, the 2024→2025 growth carried back: this app’s assumption');
    expect(at(2030).basis).toBe('Assumption: after the report’s last figure');
    expect(at(2030).source).toContain('Report base case: 30.0% a year after 2027 is this app’s assumption');
    const video = table('en', VIDEO);
    expect(video.at(2031).source).toContain('56.6% a year, the report’s 2024–2030 CAGR carried beyond its figures');
  });

  it('a report figure’s year names the compared scenarios whose paths are not held on it (the file has no notes under it)', () => {
    // Found by use: 2030's basis said "Report: 2.219B" beside the 166,293,318 of "Video: trust base and rate", whose
    // path is $7.2M × 1.566^7 (not held on 2030's figure); "trust end and rate" runs back from 2030 and misses 2023's.
    // "Not held on it", as the page's notes say: a fitted path can pass through the figure's value all the same (an
    // S-curve fitted through a series' two figures, found by use: "not on it" beside the figure's own value was false).
    const video = table('en', VIDEO);
    // 2030: $166.3M, which the point figure $2.219B does not allow; 2023: $96.08M (2.219B / 1.566^7, Python decimal),
    // which ≈7.2M does not allow either: it allows what rounds to 7.2M, 7.15M to 7.25M (found by use: it was "not held").
    expect(video.at(2030).basis).toBe('Report: 2.219B (point); at a value it does not allow: Video: trust base and rate');
    expect(video.at(2023).basis).toBe('Report: ≈7.2M (about); at a value it does not allow: Video: trust end and rate');
    // Every compared scenario on the figure: the basis is the figure alone.
    expect(table('en', MARKET).at(2024).basis).toBe('Report: ≤10B (upper bound)');
    expect(table('zh', VIDEO).at(2030).basis).toBe('报告：22.19亿（确数）；取值与该数字不符的情景：文生视频：信基数与增速');
    expect(table('zh', VIDEO).at(2023).basis).toBe('报告：≈720万（约数）；取值与该数字不符的情景：文生视频：信终值与增速');
  });

  it('a scenario whose value breaks a bound or moves off a point figure is named too, though its path is tied to that year', () => {
    // Found by use: 120亿 in 2024 sat under "Report: ≤10B (upper bound)" unnamed. By hand: 12B > 10B breaks
    // 百亿内; 8B keeps it (at most 10B); 25B in 2025 keeps 突破200亿 (more than 20B), 15B breaks it.
    const store = freshStore('en');
    const base = store.getState().doc.scenarios[0]!;
    const anchored = base.models[MARKET] as AnchoredModel;
    const make = (name: string, lows: Record<number, string>) => {
      const id = store.getState().createScenario(name);
      store.getState().setModel(id, MARKET, { ...anchored, anchors: anchored.anchors.map((a) => (lows[a.year] ? { ...a, low: lows[a.year]! } : a)) });
      return id;
    };
    const over = make('Over', { 2024: '12000000000', 2025: '15000000000' });
    const under = make('Under', { 2024: '8000000000', 2025: '25000000000' });
    store.getState().commit((doc) => ({ ...doc, compared: [base.id, over, under] }));
    const [header, ...rows] = records(projectionCsv(csvRows([seriesOf(MARKET)], inputOf(store))).slice(1));
    const basisAt = (year: number) => rows.find((r) => r[2] === String(year))![header!.indexOf('basis')];
    expect(basisAt(2024)).toBe('Report: ≤10B (upper bound); at a value it does not allow: Over');
    expect(basisAt(2025)).toBe('Report: >20B (lower bound); at a value it does not allow: Over');
    store.getState().setSettings({ lang: 'zh', unitStyle: 'wan' });
    const [zhHeader, ...zhRows] = records(projectionCsv(csvRows([seriesOf(MARKET)], inputOf(store))).slice(1));
    expect(zhRows.find((r) => r[2] === '2024')![zhHeader!.indexOf('basis')]).toBe('报告：≤100亿（上限）；取值与该数字不符的情景：Over');
  });

  it('an approximate or conditional figure held at another value names the scenario and the value it takes', () => {
    // Found by use: 12000000 stood under "报告：≈1000万（约数）" with nothing said, the user's own 1200万 passed off as
    // the report's 约1000万. The figure allows a reading of its own, so the scenario is not "not held on it"; it is named
    // with what it reads the figure as, as the page's note does, while the value rounds to the figure at the digits it
    // is given in (≈10M: 5M to 15M; could reach 500M: 450M to 550M). By hand: 1200万 = 12M; 4.8亿 = 480M.
    const store = freshStore('en');
    const base = store.getState().doc.scenarios[0]!;
    const anchored = base.models[USERS] as AnchoredModel;
    const id = store.getState().createScenario('Mine');
    store.getState().setModel(id, USERS, {
      ...anchored,
      anchors: anchored.anchors.map((a) => (a.year === 2022 ? { ...a, low: '12000000' } : a.year === 2027 ? { ...a, low: '480000000' } : a)),
    });
    store.getState().commit((doc) => ({ ...doc, compared: [base.id, id] }));
    const at = (lang: 'en' | 'zh', year: number) => {
      store.getState().setSettings({ lang, unitStyle: lang === 'zh' ? 'wan' : 'kmb' });
      const [header, ...rows] = records(projectionCsv(csvRows([seriesOf(USERS)], inputOf(store))).slice(1));
      return rows.find((r) => r[2] === String(year))![header!.indexOf('basis')];
    };
    expect(at('en', 2022)).toBe('Report: ≈10M (about); read as: Mine 12M');
    expect(at('en', 2027)).toBe('Report: could reach 500M (conditional); read as: Mine 480M');
    expect(at('zh', 2022)).toBe('报告：≈1000万（约数）；Mine按1200万计');
    // The base case holds the figures' own values: nothing to name.
    expect(table('en', USERS).at(2022).basis).toBe('Report: ≈10M (about)');
  });

  it('writes the basis in Chinese for a Chinese reader, the conditional figure as 可能达到', () => {
    const { at } = table('zh', USERS);
    // The report's 可能达到5亿 speaks for 2026–2027 and is read as reached by 2027: no scenario is on it in 2026.
    expect(at(2026).basis).toBe('报告：可能达到5亿（有条件）；所比较的情景均未固定在该数字上');
    expect(at(2026).source).toContain('如果2026至2027年市场爆发，网民数量可能达到5亿');
    expect(at(2032).basis).toBe('假设：晚于报告末个数字');
    // Chinese marks (full-width colon, semicolon and brackets) join the parts, as in the page's own table notes.
    expect(at(2026).source).toMatch(/^如果2026至2027年市场爆发，网民数量可能达到5亿（[^()]+）；万联证券/);
    expect(at(2032).source).toContain('报告基准：每年53.5%，即2025→2027年的增速延续：本应用的假设；随接近上限10.92亿人（中国互联网络信息中心（CNNIC）');
  });
});

describe('the PowerPoint of the text-to-video chart', () => {
  it('draws the stated 56.6% as a grey dotted series named with both rates, and says it in the notes', () => {
    const deck = deckSpec([seriesOf(VIDEO)], inputOf(freshStore('en')), { only: seriesOf(VIDEO) });
    const chart = deck.charts[0]!;
    const guide = chart.chart.series.find((s) => s.name.startsWith('At the report’s'))!;
    expect(guide.name).toBe('At the report’s 56.6% CAGR: only $166M by 2030; the two amounts imply 126.75% a year');
    expect([guide.dash, guide.marker.symbol]).toEqual(['sysDot', 'none']);
    // USD, billion on the axis: $7.2M in 2023 is 0.0072, and 7.2M · 1.566^7 = 166293318.67 is 0.166 in 2030 (python3 decimal).
    const years = chart.chart.categories;
    expect(guide.values[years.indexOf('2023')]).toBeCloseTo(0.0072, 6);
    expect(guide.values[years.indexOf('2030')]).toBeCloseTo(0.1663, 4);
    expect(guide.values[years.indexOf('2031')]).toBeNull();
    expect(chart.notes).toContain('the two amounts imply 126.75% a year');
  });
});

describe('the JSON of scenarios', () => {
  it('holds the focus alone, or all scenarios with the compared ones and the focus marked', () => {
    const store = freshStore('en');
    store.getState().toggleCompared('preset-users-low');
    const input = inputOf(store);
    const focus = scenarioSelection('focus', input);
    expect(focus.scenarios.map((s) => s.id)).toEqual(['base']);
    expect(focus.view).toMatchObject({ compared: [0], focus: 0 });
    const all = scenarioSelection('all', input);
    expect(all.scenarios).toHaveLength(5);
    expect(all.view.compared).toEqual([0, 2, 3, 4]);
    expect(all.view.settings).toEqual(input.settings);
  });

  it('comes back through the import door unchanged', () => {
    const input = inputOf(freshStore('en'));
    const { scenarios, view } = scenarioSelection('all', input);
    const back = restoreScenarioFile(JSON.parse(JSON.stringify(toScenarioFile(scenarios, view))));
    expect(back.ok && back.scenarios.map((s) => [s.name, s.models])).toEqual(scenarios.map((s) => [s.name, s.models]));
  });
});

describe('the PowerPoint deck', () => {
  it('has a chart per charted series, one line per distinct compared model, on a round axis unit', () => {
    const input = inputOf(freshStore('en'));
    const deck = deckSpec(input.report.series, input);
    expect(deck.charts.map((c) => c.title)).toEqual(['China text-to-image market', 'China text-to-image participating netizens', 'Global text-to-video model revenue']);
    const video = deck.charts[2]!;
    expect(video.chart.categories).toEqual(['2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030', '2031', '2032']);
    expect(video.chart.axisTitle).toBe('USD, billion');
    expect(video.chart.series.find((s) => s.name.startsWith('Report base case') && !s.dash)!.values[8]).toBeCloseTo(2.219, 9);
    expect(video.chart.series.every((s) => /^#[0-9A-F]{6}$/i.test(s.color))).toBe(true);
    expect(video.sourceLine).toMatch(/^Source: Wanlian Securities/);
  });

  it('draws the market dashed before 2024, its first figure, and after 2027, its last, solid between, as on screen', () => {
    const input = inputOf(freshStore('en'));
    const market = deckSpec(input.report.series, input).charts[0]!.chart;
    const base = market.series.filter((s) => s.name.startsWith('Report base case'));
    // Categories 2022…2032: the report speaks for 2024–2027 (fixtures/report-figures.json: ≤100亿 2024, >200亿 2025, ≈1000亿 2027).
    const years = (s: (typeof base)[number]) => market.categories.filter((_, i) => s.values[i] !== null);
    const solid = base.find((s) => !s.dash)!;
    const dashed = base.filter((s) => s.dash === 'dash');
    expect(years(solid)).toEqual(['2024', '2025', '2026', '2027']);
    expect(dashed.map(years)).toEqual([
      ['2022', '2023', '2024'],
      ['2027', '2028', '2029', '2030', '2031', '2032'],
    ]);
    expect(dashed.every((s) => s.hideInLegend)).toBe(true);
    expect(dashed.map((s) => s.name)).toEqual([`${solid.name} (run back before the report)`, `${solid.name} (projection)`]);
  });

  it('has an assumptions table of compared scenario × series', () => {
    const input = inputOf(freshStore('zh'));
    const deck = deckSpec(input.report.series, input);
    // Chinese headers take full-width brackets, as Chinese text does.
    expect(deck.table!.header).toEqual(['情景', '中国 AI 文生图市场规模（人民币）', '中国 AI 文生图参与网民（人）', '全球文生视频大模型收入（美元）']);
    expect(deck.table!.rows).toHaveLength(5);
    expect(deck.table!.rows[0]![3]).toBe('经过2023年720万美元、2030年22.19亿美元；2023年前年增+56.6%；2030年后年增+56.6%');
    expect(deck.table!.note).toBeUndefined();
    expect(deckSpec(input.report.series, inputOf(freshStore('zh'), { currency: 'CNY' })).table!.note).toBe('汇率：1美元兑7.1268元人民币。');
  });

  it('scales the value axis to the reader’s own steps', () => {
    const x = inputOf(freshStore('zh')).x;
    expect(axisScale([7.2e6, 2.219e9], { kind: 'money', currency: 'USD' }, x)).toEqual({ divisor: 1e8, title: '亿美元' });
    expect(axisScale([5e7], { kind: 'people' }, x)).toEqual({ divisor: 1e4, title: '万人' });
    expect(axisScale([0.3], { kind: 'share' }, x)).toEqual({ divisor: 0.01, title: '%' });
    expect(axisScale([999], { kind: 'money', currency: 'CNY' }, inputOf(freshStore('en')).x)).toEqual({ divisor: 1, title: 'RMB' });
  });
});
