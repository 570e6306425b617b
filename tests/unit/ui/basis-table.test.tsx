// The table and the hover readout say where each value comes from (issue 14). Expected words are
// read off fixtures/report-figures.json by hand: market ≤100亿 (2024), >200亿 (2025), 接近千亿 (2027),
// base path 100% a year before 2024 (10B→20B doubles) and 30% after 2027; users on an S-curve to
// 10.92亿 (CNNIC); text-to-video through 720万 and 22.19亿美元, 56.6% (the stated CAGR) outside.
// The default view runs 2022–2032.
import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { toUserSeries } from '../../../src/io/user-series';
import { seriesActions } from '../../../src/state/series-actions';
import { reportData } from '../../../src/io/report-fixture';
import { Dec, type AnchoredModel } from '../../../src/model';
import { outside } from '../../../src/ui/shared';
import { ChartPanel } from '../../../src/ui/chart/ChartPanel';
import { newStore, renderWith } from '../uncertainty-ui/render';

const series = (id: string) => reportData().series.find((s) => s.id === id)!;
const panel = (id: string) => screen.getByTestId(`chart-panel-${id}`);
const row = (id: string, year: number) => panel(id).querySelector<HTMLTableRowElement>(`tbody tr:has(td[data-year="${year}"])`)!;
const basisCell = (id: string, year: number) => row(id, year).querySelector('td.basis')!.textContent;
const notes = (id: string) => screen.getByTestId(`basis-notes-${id}`).querySelector('li')!.textContent;

/** A store with a scenario "Mine" whose anchors hold other values than the base case's: [series, year, value]. */
function holdingAt(lang: 'en' | 'zh', values: readonly (readonly [string, number, string])[]) {
  const store = newStore(lang);
  const id = store.getState().createScenario('Mine');
  for (const [seriesId, year, value] of values) {
    const model = store.getState().doc.scenarios.find((s) => s.id === id)!.models[seriesId] as AnchoredModel;
    store.getState().setModel(id, seriesId, { ...model, anchors: model.anchors.map((a) => (a.year === year ? { year, low: value, ...(a.figureId ? { figureId: a.figureId } : {}) } : a)) });
  }
  return store;
}

describe('the projection table names each year’s basis in words, not by style alone', () => {
  it('market, English: report figures with their kind, between, back-cast and assumption rows', () => {
    renderWith(<ChartPanel series={series('t2i-market-cn')} />);
    expect(basisCell('t2i-market-cn', 2024)).toBe('Report: ≤10B (upper bound)');
    expect(basisCell('t2i-market-cn', 2025)).toBe('Report: >20B (lower bound)');
    expect(basisCell('t2i-market-cn', 2026)).toBe('Between report figures');
    expect(basisCell('t2i-market-cn', 2027)).toBe('Report: ≈100B (about)');
    expect(basisCell('t2i-market-cn', 2022)).toBe('Back-cast: before the report’s first figure');
    expect(basisCell('t2i-market-cn', 2032)).toBe('Assumption: after the report’s last figure');
    expect(row('t2i-market-cn', 2024).className).toContain('basis--figure');
    expect(row('t2i-market-cn', 2030).className).toContain('basis--assumption');
  });

  it('users, English: a figure no compared scenario is held on says so in its row, as the CSV does', () => {
    // Found by use: 2024's row read "Report: 150M–300M (range)" beside 103M, 86.6M and 122M (every path reaches the
    // range in 2025, fixtures/report-figures.json), and 2026's "could reach 500M" beside 326M; the CSV said no compared
    // scenario is held there, the screen only under the table.
    renderWith(<ChartPanel series={series('t2i-users-cn')} />);
    expect(basisCell('t2i-users-cn', 2024)).toBe('Report: 150M–300M (range); no compared scenario is held on it');
    expect(basisCell('t2i-users-cn', 2025)).toBe('Report: 150M–300M (range)');
    expect(basisCell('t2i-users-cn', 2026)).toBe('Report: could reach 500M (conditional); no compared scenario is held on it');
    expect(basisCell('t2i-users-cn', 2027)).toBe('Report: could reach 500M (conditional)');
    expect(basisCell('t2i-users-cn', 2023)).toBe('Report: 50M (point)');
  });

  it('text-to-video, English: a figure some compared scenario is not on names it in its row, as the CSV does (found by use)', () => {
    // The first visit compares the conflict's readings: "Video: trust base and rate" has 7.2M × 1.566^7 = $166.3M in 2030
    // (Python decimal), "Video: trust end and rate" 2.219B / 1.566^7 = $96.08M in 2023; the rows said only "Report: …".
    renderWith(<ChartPanel series={series('t2v-revenue-global')} />);
    expect(basisCell('t2v-revenue-global', 2030)).toBe('Report: 2.219B (point); at a value it does not allow: Video: trust base and rate');
    expect(basisCell('t2v-revenue-global', 2023)).toBe('Report: ≈7.2M (about); at a value it does not allow: Video: trust end and rate');
  });

  it('market: under the table, the base case reads each bound as a point and names its two rates', () => {
    renderWith(<ChartPanel series={series('t2i-market-cn')} />);
    expect(notes('t2i-market-cn')).toBe(
      'Report base case: 100.0% a year, the 2024→2025 growth carried back: this app’s assumption; report figure ≤10B, read as 10B; ' +
        'report figure >20B, read as 20B; report figure ≈100B, read as 100B; 30.0% a year after 2027 is this app’s assumption',
    );
  });

  it('market, Chinese: the same in the Chinese catalogue', () => {
    renderWith(<ChartPanel series={series('t2i-market-cn')} />, newStore('zh'));
    expect(basisCell('t2i-market-cn', 2024)).toBe('报告：≤100亿（上限）');
    expect(basisCell('t2i-market-cn', 2022)).toBe('回推：早于报告首个数字');
    expect(notes('t2i-market-cn')).toContain('报告数字≤100亿，按100亿计');
    expect(notes('t2i-market-cn')).toContain('2027年后每年30.0%是本应用的假设');
  });

  it('Chinese: the caption and the notes are punctuated in Chinese (full-width colon and semicolon), not with English marks', () => {
    renderWith(<ChartPanel series={series('t2i-market-cn')} />, newStore('zh'));
    expect(panel('t2i-market-cn').querySelector('caption')!.textContent).toBe('中国 AI 文生图市场规模：逐年数值');
    const text = notes('t2i-market-cn');
    expect(text.startsWith('报告基准：')).toBe(true);
    expect(text).toContain('本应用的假设；报告数字≤100亿');
    expect(text).not.toMatch(/[;:] /);
  });

  it('English keeps its own marks: "name: notes; note"', () => {
    renderWith(<ChartPanel series={series('t2i-market-cn')} />);
    expect(panel('t2i-market-cn').querySelector('caption')!.textContent).toBe('China text-to-image market: Values by year');
    expect(notes('t2i-market-cn')).toContain('this app’s assumption; report figure ≤10B');
  });

  it('users: the base path is held on the figures in their anchors’ years (the range at √(150M·300M) = 212.1M), and its ceiling after 2027 is cited (CNNIC)', () => {
    renderWith(<ChartPanel series={series('t2i-users-cn')} />);
    // 2026 lies in the conditional 500M's span (2026–27), which every path reaches in 2027: its row says so.
    expect(basisCell('t2i-users-cn', 2026)).toBe('Report: could reach 500M (conditional); no compared scenario is held on it');
    const text = notes('t2i-users-cn');
    expect(text).toContain('report figure ≈10M, read as 10M');
    expect(text).toContain('report figure 150M–300M, read as 212.1M');
    // 2024 lies in the range's span but the path reads the range at 2025: it says so.
    expect(text).toContain('the report says 150M–300M; this path is not held on that figure');
    expect(text).toContain('53.5% a year, the 2025→2027 growth carried on: this app’s assumption; slowing toward a ceiling of 1.092B people (CNNIC, 53rd Statistical Report');
    expect(text).not.toContain('≤500M');
  });

  it('text-to-video: the 56.6% outside the two amounts is named as the report’s CAGR carried back and beyond', () => {
    renderWith(<ChartPanel series={series('t2v-revenue-global')} />);
    expect(basisCell('t2v-revenue-global', 2026)).toBe('Between report figures');
    const text = notes('t2v-revenue-global');
    expect(text).toContain('56.6% a year, the report’s 2024–2030 CAGR carried back before its figures: this app’s assumption');
    expect(text).toContain('56.6% a year, the report’s 2024–2030 CAGR carried beyond its figures: this app’s assumption');
    expect(text).toContain('report figure ≈7.2M, read as 7.2M');
  });
});

describe('money shown in the other currency: what is marked as the report’s is quoted as the report gave it', () => {
  // The report gives text-to-video in US dollars: about 720万美元 (2023), 22.19亿美元 (2030), 56.6% CAGR. Shown in RMB
  // at the default 7.1268 the values are 7,200,000 × 7.1268 = 51,312,960 (5131万元) and 2,219,000,000 × 7.1268 =
  // 15,814,369,200 (158.1亿元), by hand; those are this app's conversions, not the report's words.
  const inRmb = () => {
    const store = newStore('zh');
    store.getState().setSettings({ currency: 'CNY' });
    return store;
  };

  it('the table’s basis column and the notes under it quote the report in US dollars', () => {
    renderWith(<ChartPanel series={series('t2v-revenue-global')} />, inRmb());
    // The first visit compares the conflict's readings, which are off the figures (named, as in the CSV).
    expect(basisCell('t2v-revenue-global', 2023)).toBe('报告：≈720万美元（约数）；取值与该数字不符的情景：文生视频：信终值与增速');
    expect(basisCell('t2v-revenue-global', 2030)).toBe('报告：22.19亿美元（确数）；取值与该数字不符的情景：文生视频：信基数与增速');
    expect(row('t2v-revenue-global', 2023).querySelector('td[data-value]')!.textContent).toContain('5131万');
    expect(notes('t2v-revenue-global')).toContain('报告数字≈720万美元，按5131万元计');
  });

  it('the chart’s marks of the report’s figures say the report’s amounts, at their converted places', () => {
    renderWith(<ChartPanel series={series('t2v-revenue-global')} />, inRmb());
    const labels = [...panel('t2v-revenue-global').querySelectorAll('svg text')].map((n) => n.textContent);
    expect(labels).toContain('≈720万美元');
    expect(labels).toContain('22.19亿美元');
    expect(labels.join(' ')).not.toMatch(/≈5131万|158\.1亿(?!元)/);
  });

  it('the note on the figures that cannot all hold quotes the report’s amounts', () => {
    renderWith(<ChartPanel series={series('t2v-revenue-global')} />, inRmb());
    expect(panel('t2v-revenue-global').textContent).toContain('2023年720万美元、2030年22.19亿美元与2024—2030年56.6%的年复合增长率不能同时成立');
  });
});

describe('the hover readout gives each value’s basis', () => {
  it('reads 2024 as the bound read as a point and 2028 as the app’s 30%, stepping with the arrow keys', () => {
    renderWith(<ChartPanel series={series('t2i-market-cn')} />);
    const chart = panel('t2i-market-cn').querySelector<HTMLElement>('.chart-view')!;
    const readout = screen.getByTestId('readout-t2i-market-cn');
    for (let i = 0; i < 3; i++) fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(readout.querySelector('strong')!.textContent).toBe('2024');
    expect(readout.querySelector('li')!.textContent).toBe('Report base case: RMB 10B (report figure ≤10B, read as 10B)');
    for (let i = 0; i < 4; i++) fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(readout.querySelector('li')!.dataset.basis).toBe('assumption');
    expect(readout.querySelector('li')!.textContent).toContain('(30.0% a year after 2027 is this app’s assumption)');
  });
});

describe('an S-curve on a series of one’s own speaks of its own unit (found by use: a revenue ceiling read as people, credited to CNNIC)', () => {
  // A money series of one's own (RMB): 1亿 in 2023, 6亿 in 2027. Its scenario an S-curve to 10.92亿 — the same number
  // as CNNIC's count of China's internet users, which says nothing of a market's revenue.
  const withOwnSCurve = (lang: 'en' | 'zh', currency: 'CNY' | 'USD' = 'CNY', unit: object = { kind: 'money', currency: 'CNY' }) => {
    const store = newStore(lang);
    const made = seriesActions(store, toUserSeries).add({
      name: { zh: 'AI配音市场', en: 'AI dubbing market' },
      unit,
      source: { publisher: 'Some Securities', date: '2025-01' },
      figures: [
        { years: [2023], kind: 'point', value: '100000000', wording: '1亿' },
        { years: [2027], kind: 'point', value: '600000000', wording: '6亿' },
      ],
    });
    if (!made.ok) throw new Error(made.error.message);
    const id = store.getState().createScenario('Mine');
    store.getState().setModel(id, made.id, { type: 'logistic', ceiling: '1092000000', midpoint: '2027', steepness: '0.5' });
    store.getState().setSettings({ currency });
    return { store, definition: store.getState().doc.userSeries![0]!.definition };
  };

  it('English: a ceiling of RMB 1.092B, this app’s assumption, with no CNNIC', () => {
    const { store, definition } = withOwnSCurve('en');
    renderWith(<ChartPanel series={definition} />, store);
    const text = panel(definition.id).textContent!;
    expect(text).toContain('an S-curve to a ceiling of RMB 1.092B: this app’s assumption');
    expect(text).not.toContain('CNNIC');
  });

  it('Chinese: 10.92亿元, not 人; in US dollars it is converted at the page’s rate (1,092,000,000 ÷ 7.1268 = 153,224,448.58, by hand: 1.532亿美元)', () => {
    const zh = withOwnSCurve('zh');
    renderWith(<ChartPanel series={zh.definition} />, zh.store);
    expect(panel(zh.definition.id).textContent).toContain('以10.92亿元为上限的S曲线：本应用的假设');
    cleanup();
    const usd = withOwnSCurve('zh', 'USD');
    renderWith(<ChartPanel series={usd.definition} />, usd.store);
    expect(panel(usd.definition.id).textContent).toContain('以1.532亿美元为上限的S曲线');
  });

  it('a count of people of one’s own with a ceiling of exactly 10.92亿 cites no CNNIC either: the user chose it, the report did not cite it for this series', () => {
    const { store, definition } = withOwnSCurve('en', 'CNY', { kind: 'people' });
    renderWith(<ChartPanel series={definition} />, store);
    const text = panel(definition.id).textContent!;
    expect(text).toContain('an S-curve to a ceiling of 1.092B people: this app’s assumption');
    expect(text).not.toContain('CNNIC');
  });
});

describe('a scenario holding a report figure’s year at a value the figure does not allow is not said to read it (found by use)', () => {
  // The report: 文生图市场 2024 "百亿内" (≤100亿, an upper bound), 网民 2023 5000万 (a point). A scenario holds them at
  // 150亿 and 6000万: neither is a reading of the report's figure, as the CSV already says.
  const holding = (lang: 'en' | 'zh') =>
    holdingAt(lang, [
      ['t2i-market-cn', 2024, '15000000000'],
      ['t2i-users-cn', 2023, '60000000'],
    ]);

  it('English: the bound and the point are named as not allowing the value, not "read as" it', () => {
    const store = holding('en');
    renderWith(<><ChartPanel series={series('t2i-market-cn')} /><ChartPanel series={series('t2i-users-cn')} /></>, store);
    const market = screen.getByTestId('basis-notes-t2i-market-cn').textContent!;
    expect(market).toMatch(/Mine: [^]*; the report says ≤10B; this scenario holds 15B, which that figure does not allow/);
    expect(market).not.toContain('read as 15B');
    expect(screen.getByTestId('basis-notes-t2i-users-cn').textContent).toContain('the report says 50M; this scenario holds 60M, which that figure does not allow');
  });

  it('Chinese: 报告为≤100亿；此情景取150亿，与该数字不符', () => {
    renderWith(<ChartPanel series={series('t2i-market-cn')} />, holding('zh'));
    const text = screen.getByTestId('basis-notes-t2i-market-cn').textContent!;
    expect(text).toContain('报告为≤100亿；此情景取150亿，与该数字不符');
    expect(text).not.toContain('按150亿计');
  });
});

describe('a value an approximate or conditional figure does not allow: beyond the digits it is given in (found by use)', () => {
  // 接近千亿 (≈100B, one digit: anything that rounds to it, 50B to 150B), 约1000万 (≈10M: 5M to 15M), 可能达到5亿 (could
  // reach 500M: up to 550M). A scenario held there at 500B, 30M and 900M was said to "read" the report's figure.
  const holding = (lang: 'en' | 'zh') =>
    holdingAt(lang, [
      ['t2i-market-cn', 2027, '500000000000'],
      ['t2i-users-cn', 2022, '30000000'],
      ['t2i-users-cn', 2027, '900000000'],
    ]);

  it('a reading the figure allows is named in the table’s row, on screen and copied, as the CSV names it (found by use)', () => {
    // 1200亿 on 接近千亿 rounds to it at its one digit (50B–150B): a reading, the scenario's own, which the row said nothing of.
    renderWith(<ChartPanel series={series('t2i-market-cn')} />, holdingAt('en', [['t2i-market-cn', 2027, '120000000000']]));
    expect(basisCell('t2i-market-cn', 2027)).toBe('Report: ≈100B (about); read as: Mine 120B');
    cleanup();
    renderWith(<ChartPanel series={series('t2i-market-cn')} />, holdingAt('zh', [['t2i-market-cn', 2027, '120000000000']]));
    expect(basisCell('t2i-market-cn', 2027)).toBe('报告：≈1000亿（约数）；Mine按1200亿计');
  });

  it('English: named as values the figures do not allow, not "read as" them', () => {
    renderWith(<><ChartPanel series={series('t2i-market-cn')} /><ChartPanel series={series('t2i-users-cn')} /></>, holding('en'));
    const market = screen.getByTestId('basis-notes-t2i-market-cn').textContent!;
    expect(market).toContain('the report says ≈100B; this scenario holds 500B, which that figure does not allow');
    expect(market).not.toContain('read as 500B');
    const users = screen.getByTestId('basis-notes-t2i-users-cn').textContent!;
    expect(users).toContain('the report says ≈10M; this scenario holds 30M, which that figure does not allow');
    expect(users).toContain('the report says could reach 500M; this scenario holds 900M, which that figure does not allow');
  });

  it('Chinese: 报告为≈1000亿；此情景取5000亿，与该数字不符', () => {
    renderWith(<ChartPanel series={series('t2i-market-cn')} />, holding('zh'));
    expect(screen.getByTestId('basis-notes-t2i-market-cn').textContent).toContain('报告为≈1000亿；此情景取5000亿，与该数字不符');
  });
});

describe('an anchor of the user’s own, or one moved off its figure’s year, is named as the user’s, never as the report’s (found by use)', () => {
  // Text-to-video (figures 2023 and 2030 only) with an anchor of one's own in 2026 at US$100M; the market's 2024 anchor
  // moved to 2025 at 150亿, so its back-cast runs from 2025 and 2024's 100亿内 is no longer held.
  const moved = (lang: 'en' | 'zh') => {
    const store = newStore(lang);
    const id = store.getState().createScenario('Mine');
    const models = store.getState().doc.scenarios.find((s) => s.id === id)!.models;
    const video = models['t2v-revenue-global'] as AnchoredModel;
    store.getState().setModel(id, 't2v-revenue-global', { ...video, anchors: [video.anchors[0]!, { year: 2026, low: '100000000' }, video.anchors[1]!] });
    const market = models['t2i-market-cn'] as AnchoredModel;
    store.getState().setModel(id, 't2i-market-cn', { ...market, anchors: [{ year: 2025, low: '15000000000' }, market.anchors[2]!] });
    return store;
  };
  const mine = (seriesId: string) => [...screen.getByTestId(`basis-notes-${seriesId}`).querySelectorAll('li')].map((li) => li.textContent!).find((t) => t.startsWith('Mine'))!;

  it('English: "through your own anchor in 2026", and the rate run back "before 2025", where the path starts', () => {
    renderWith(<><ChartPanel series={series('t2v-revenue-global')} /><ChartPanel series={series('t2i-market-cn')} /></>, moved('en'));
    const video = mine('t2v-revenue-global');
    expect(video).toContain('through your own anchor in 2026, not a report figure');
    expect(video).not.toContain('between the report’s figures');
    const market = mine('t2i-market-cn');
    expect(market).toContain('100.0% a year before 2025 is this app’s assumption');
    expect(market).toContain('the report says ≤10B; this path is not held on that figure');
    expect(market).not.toContain('before 2024');
  });

  it('Chinese: 经过您自设的2026年锚点，并非报告数字', () => {
    renderWith(<ChartPanel series={series('t2v-revenue-global')} />, moved('zh'));
    const text = screen.getByTestId('basis-notes-t2v-revenue-global').textContent!;
    expect(text).toContain('经过您自设的2026年锚点，并非报告数字');
  });
});

describe('a path of constant growth through one figure, run back past the others (goal seek’s new scenario, found by use)', () => {
  // 100% a year through 1000亿 in 2027: by hand 1000亿 / 2³ = 125亿 in 2024, which 百亿内 (≤100亿) does not allow, and
  // 1000亿 / 2 = 500亿 in 2026, the model's own, not "between the report's figures".
  const goal = (lang: 'en' | 'zh') => {
    const store = newStore(lang);
    const id = store.getState().createScenario('Goal');
    store.getState().setModel(id, 't2i-market-cn', { type: 'compound', baseYear: 2027, baseValue: '100000000000', cagr: '1' });
    return store;
  };
  const mine = () => [...screen.getByTestId('basis-notes-t2i-market-cn').querySelectorAll('li')].map((li) => li.textContent!).find((t) => t.startsWith('Goal'))!;

  it('English: the 2024 value is named as one the report’s bound does not allow; 2026 is the model’s', () => {
    renderWith(<ChartPanel series={series('t2i-market-cn')} />, goal('en'));
    const text = mine();
    expect(text).toContain('the report says ≤10B; this scenario holds 12.5B, which that figure does not allow');
    expect(text).toContain('100.0% a year from 2027: this app’s assumption');
    expect(text).not.toContain('between the report’s figures');
  });

  it('Chinese: 报告为≤100亿；此情景取125亿，与该数字不符', () => {
    renderWith(<ChartPanel series={series('t2i-market-cn')} />, goal('zh'));
    expect(screen.getByTestId('basis-notes-t2i-market-cn').textContent).toContain('报告为≤100亿；此情景取125亿，与该数字不符');
  });
});

describe('a value against a figure', () => {
  it('a range with an end missing allows any value (as its label shows none), and never throws', () => {
    const range = { ...series('t2i-users-cn').figures.find((f) => f.kind === 'range')!, high: undefined };
    expect(outside(range, new Dec('1e12'))).toBe(false);
    expect(outside(series('t2i-users-cn').figures.find((f) => f.kind === 'range')!, new Dec('1e12'))).toBe(true);
  });

  it('a path fitted through a figure is on it when it lands within a part in 10^12 (the engine’s last digits), and off it beyond', () => {
    // The market's 2024 百亿内 (≤ 10,000,000,000) and the text-to-video 2030 point, 2,219,000,000.
    const bound = series('t2i-market-cn').figures.find((f) => f.kind === 'upper-bound')!;
    const point = series('t2v-revenue-global').figures.find((f) => f.kind === 'point' && f.quantity === 'level')!;
    expect(outside(bound, new Dec('10000000000.000000000000000000001'))).toBe(false);
    expect(outside(bound, new Dec('10000000000.001'))).toBe(false);
    expect(outside(bound, new Dec('10000000000.1'))).toBe(true);
    expect(outside(point, new Dec('2218999999.9999999999999999999'))).toBe(false);
    expect(outside(point, new Dec('2218999999.99'))).toBe(true);
    expect(outside(point, new Dec('2219000000.01'))).toBe(true);
  });

  it('an approximate figure allows what rounds to it at the digits it is given in, a conditional one no more than that', () => {
    // By hand: ≈100B (one digit) 50B–150B; ≈7.2M (two) 7.15M–7.25M; could reach 500M (one) up to 550M: a possibility,
    // which a path may fall short of (the report's own ranges read it as 300M–490M).
    const figure = (seriesId: string, kind: string) => series(seriesId).figures.find((f) => f.kind === kind && f.quantity === 'level')!;
    const about100B = figure('t2i-market-cn', 'approximate');
    const about72M = figure('t2v-revenue-global', 'approximate');
    const couldReach = figure('t2i-users-cn', 'conditional');
    expect([about100B.value, about72M.value, couldReach.value]).toEqual(['100000000000', '7200000', '500000000']);
    expect(['149000000000', '51000000000', '150000000000', '50000000000'].map((v) => outside(about100B, new Dec(v)))).toEqual([false, false, false, false]);
    expect(['151000000000', '49000000000', '500000000000'].map((v) => outside(about100B, new Dec(v)))).toEqual([true, true, true]);
    expect(['7240000', '7150000', '7260000', '7140000'].map((v) => outside(about72M, new Dec(v)))).toEqual([false, false, true, true]);
    expect(['540000000', '460000000', '300000000', '560000000', '900000000'].map((v) => outside(couldReach, new Dec(v)))).toEqual([false, false, false, true, true]);
  });
});
