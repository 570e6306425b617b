// @vitest-environment node
// The report's figures as data (fixtures/report-figures.json) against the report's figures as written
// (/work/shared/report/figures.md, quoting 万联证券, 2024-06-28). The table below is copied by hand from figures.md.
import { describe, expect, it } from 'vitest';
import {
  Dec,
  figureYear,
  fitLogistic,
  type FigureKind,
  type FigureQuantity,
  project,
  type ReportFigure,
  type SeriesDefinition,
} from '../../src/model';
import raw from '../../fixtures/report-figures.json';
import { presetScenario } from '../../src/state';

const series = raw.series as unknown as readonly SeriesDefinition[];
const figures = new Map(series.flatMap((s) => s.figures.map((f) => [f.id, { series: s.id, figure: f }] as const)));

interface Expected {
  readonly series: string;
  readonly id: string;
  readonly quantity: FigureQuantity;
  readonly years: readonly number[];
  readonly kind: FigureKind;
  readonly value?: string;
  readonly low?: string;
  readonly high?: string;
  /** Words from figures.md's "original wording" column that must survive in the fixture untouched. */
  readonly phrases: readonly string[];
}

const EXPECTED: readonly Expected[] = [
  // Text-to-image, China (§2.1.2, 图表4): market size
  { series: 't2i-market-cn', id: 't2i-market-2023', quantity: 'level', years: [2023], kind: 'statement', phrases: ['多数企业处于融资初期或A轮阶段'] },
  { series: 't2i-market-cn', id: 't2i-market-2024', quantity: 'level', years: [2024], kind: 'upper-bound', value: '10000000000', phrases: ['百亿人民币内'] },
  { series: 't2i-market-cn', id: 't2i-market-2025', quantity: 'level', years: [2025], kind: 'lower-bound', value: '20000000000', phrases: ['突破200亿', '至少3家'] },
  { series: 't2i-market-cn', id: 't2i-market-2026', quantity: 'level', years: [2026], kind: 'statement', phrases: ['2026年起，市场将进入快速增长期'] },
  { series: 't2i-market-cn', id: 't2i-market-2027', quantity: 'level', years: [2027], kind: 'approximate', value: '100000000000', phrases: ['接近千亿'] },
  // Text-to-image, China: participating netizens
  { series: 't2i-users-cn', id: 't2i-users-2022', quantity: 'level', years: [2022], kind: 'approximate', value: '10000000', phrases: ['约有1000万', '网民参与AI文生图'] },
  { series: 't2i-users-cn', id: 't2i-users-2023', quantity: 'level', years: [2023], kind: 'point', value: '50000000', phrases: ['这一数字将增至5000万', '5000万'] },
  { series: 't2i-users-cn', id: 't2i-users-2024-2025', quantity: 'level', years: [2024, 2025], kind: 'range', low: '150000000', high: '300000000', phrases: ['1.5至3亿', '2024至2025年'] },
  { series: 't2i-users-cn', id: 't2i-users-2026-2027', quantity: 'level', years: [2026, 2027], kind: 'conditional', value: '500000000', phrases: ['可能达到5亿', '如果2026至2027年市场爆发'] },
  // Text-to-video, global (§2.2.2, GIR)
  { series: 't2v-revenue-global', id: 't2v-revenue-2023', quantity: 'level', years: [2023], kind: 'approximate', value: '7200000', phrases: ['720万美元', '大约'] },
  { series: 't2v-revenue-global', id: 't2v-revenue-2030', quantity: 'level', years: [2030], kind: 'point', value: '2219000000', phrases: ['22.19亿美元'] },
  { series: 't2v-revenue-global', id: 't2v-cagr-2024-2030', quantity: 'cagr', years: [2024, 2030], kind: 'point', value: '0.566', phrases: ['56.6%', '2024至2030'] },
  // Audio (§2.3.2, 图表10): a share at the report's date, no growth figure
  { series: 'audio-speech-share', id: 'audio-speech-share-2024', quantity: 'share', years: [2024], kind: 'approximate', value: '0.7', phrases: ['近70%', '语音合成'] },
];

describe('every forecast figure of the report is in the fixture, as the report words it', () => {
  it.each(EXPECTED)('$id: $kind $quantity in $years', (expected) => {
    const found = figures.get(expected.id);
    expect(found, `${expected.id} is missing`).toBeDefined();
    const figure: ReportFigure = found!.figure;
    expect(found!.series).toBe(expected.series);
    expect(figure.quantity).toBe(expected.quantity);
    expect([...figure.years]).toEqual(expected.years);
    expect(figure.kind).toBe(expected.kind);
    expect(figure.value).toBe(expected.value);
    expect(figure.low).toBe(expected.low);
    expect(figure.high).toBe(expected.high);
    for (const phrase of expected.phrases) expect(figure.wording).toContain(phrase);
    expect(figure.reading.zh.length).toBeGreaterThan(0);
    expect(figure.reading.en.length).toBeGreaterThan(0);
  });

  it('holds no figure that figures.md does not list', () => {
    expect([...figures.keys()].sort()).toEqual(EXPECTED.map((e) => e.id).sort());
  });

  it('states the 5亿 netizens as conditional on a market boom in 2026-2027', () => {
    expect(figures.get('t2i-users-2026-2027')!.figure.condition?.zh).toContain('市场爆发');
  });

  it('reads 可能达到5亿 as "could reach", a possibility, never as "up to" or 至多 (figures.md, corrected)', () => {
    const { reading } = figures.get('t2i-users-2026-2027')!.figure;
    expect(reading.en).toMatch(/^Could reach 500 million if the market booms/);
    expect(reading.zh).toMatch(/^可能达到5亿/);
    const readings = series.flatMap((s) => s.figures.map((f) => `${f.reading.en} ${f.reading.zh}`)).join(' ');
    expect(readings).not.toMatch(/up to|至多/i);
    // 接近千亿 is "close to", an approximation, not a bound.
    expect(figures.get('t2i-market-2027')!.figure.reading.en).toMatch(/^Close to RMB 100 billion \(approximate\)/);
  });

  it('counts each series in the unit the report uses: RMB, people, USD, a share', () => {
    expect(Object.fromEntries(series.map((s) => [s.id, s.unit]))).toEqual({
      't2i-market-cn': { kind: 'money', currency: 'CNY' },
      't2i-users-cn': { kind: 'people' },
      't2v-revenue-global': { kind: 'money', currency: 'USD' },
      'audio-speech-share': { kind: 'share' },
    });
  });

  it('cites the report (万联证券, 2024-06-28) and its exchange-rate and netizen assumptions', () => {
    expect(raw.report.date).toBe('2024-06-28');
    expect(raw.report.publisher.zh).toBe('万联证券研究所');
    expect(raw.assumptions.usdCny.value).toBe('7.1268');
    expect(raw.assumptions.chinaNetizens.value).toBe('1092000000');
  });
});

describe('each series’ base case is a model the engine can draw', () => {
  for (const s of series.filter((x) => x.baseModel)) {
    it(`${s.id}: projects over 2022-2040 without error, one positive value a year`, () => {
      const result = project(s.baseModel!, { from: 2022, to: 2040 });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value).toHaveLength(19);
      for (const point of result.value) expect(point.value.isFinite() && point.value.gt(0)).toBe(true);
    });
  }

  it('has a base case for every series except the audio share, which has no figure to grow', () => {
    expect(series.filter((s) => !s.baseModel).map((s) => s.id)).toEqual(['audio-speech-share']);
  });

  it('anchors the anchored base cases on the figures they name, at the figures’ values and years', () => {
    for (const s of series) {
      if (s.baseModel?.type !== 'anchored') continue;
      for (const anchor of s.baseModel.anchors) {
        const figure = figures.get(anchor.figureId!)!.figure;
        expect(anchor.year).toBe(figureYear(figure));
        // A range (users, 150–300 M in 2024–2025) is an anchor with both ends; every other figure is its value.
        if (figure.kind === 'range') expect([anchor.low, anchor.high]).toEqual([figure.low, figure.high]);
        else expect(anchor.low).toBe(figure.value);
      }
    }
  });

  it('keeps the users S-curve (preset "users-s-curve") as the fit to its four figures, rounded: midpoint and steepness within 1e-3', () => {
    const users = series.find((s) => s.id === 't2i-users-cn')!;
    const sCurve = presetScenario('users-s-curve', series, 'en', 1, 'x')!.models[users.id]!;
    if (sCurve.type !== 'logistic' || users.baseModel?.type !== 'anchored') throw new Error('the users S-curve preset is not an S-curve');
    expect(users.baseModel.ceiling).toBe(raw.assumptions.chinaNetizens.value);
    // The notes' rule: a range at its geometric middle, a span of years at its last year.
    const anchors = users.figures.map((f) => ({
      year: figureYear(f),
      value: f.kind === 'range' ? new Dec(f.low!).times(f.high!).sqrt() : f.value!,
    }));
    expect(anchors.map((a) => a.year)).toEqual([2022, 2023, 2025, 2027]);
    const fit = fitLogistic(anchors, raw.assumptions.chinaNetizens.value);
    if (!fit.ok) throw new Error(fit.error.message);
    expect(sCurve.ceiling).toBe(raw.assumptions.chinaNetizens.value);
    expect(Math.abs(Number(sCurve.midpoint) - Number(fit.value.model.midpoint))).toBeLessThan(1e-3);
    expect(Math.abs(Number(sCurve.steepness) - Number(fit.value.model.steepness))).toBeLessThan(1e-3);
  });
});
