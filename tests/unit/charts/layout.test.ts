import { describe, expect, it } from 'vitest';
import { chartLayout, logTickValues, textWidth } from '../../../src/charts';
import { formatZh, marketChart, usersChart } from './sample-data';

const SIZE = { width: 960, height: 540 };

describe('chartLayout', () => {
  it('starts a linear value axis at 0 and reaches past every line point and mark, range highs included', () => {
    const data = usersChart({ marks: [{ figureId: 'r', kind: 'range', years: [2024], low: 1e8, high: 2e9, label: '' }] });
    const layout = chartLayout(data, SIZE);
    const [d0, d1] = layout.y.domain();
    expect(d0).toBe(0);
    expect(d1).toBeGreaterThanOrEqual(2e9);
    for (const line of data.lines) for (const p of line.points) expect(p.value).toBeLessThanOrEqual(d1);
  });

  it('maps values linearly: y = top + height·(1 − (v − d0)/(d1 − d0))', () => {
    const layout = chartLayout(marketChart(), SIZE);
    const [d0, d1] = layout.y.domain();
    const { y: top, height } = layout.plot;
    for (const v of [0, 1e10, 1.234e11, d1]) expect(layout.y(v)).toBeCloseTo(top + height * (1 - (v - d0) / (d1 - d0)), 6);
  });

  it('gives nice, increasing, formatted ticks that span the linear domain', () => {
    const layout = chartLayout(marketChart(), SIZE);
    const values = layout.yTicks.map((t) => t.value);
    expect(values[0]).toBe(0);
    expect(values.at(-1)).toBe(layout.y.domain()[1]);
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThan(values[i - 1]!);
    expect(layout.yTicks.map((t) => t.label)).toContain(formatZh(values[1]!));
    expect(layout.yTicks.length).toBeGreaterThanOrEqual(4);
  });

  it('maps values on a log scale by their logarithm, over whole decades', () => {
    const layout = chartLayout(marketChart({ scale: 'log' }), SIZE);
    const [d0, d1] = layout.y.domain();
    expect(Math.log10(d0) % 1).toBe(0);
    expect(Math.log10(d1) % 1).toBe(0);
    const { y: top, height } = layout.plot;
    const expected = (v: number) => top + height * (1 - (Math.log(v) - Math.log(d0)) / (Math.log(d1) - Math.log(d0)));
    for (const v of [2.5e9, 1e10, 3e11]) expect(layout.y(v)).toBeCloseTo(expected(v), 6);
  });

  it('gives increasing, formatted log ticks', () => {
    const layout = chartLayout(marketChart({ scale: 'log' }), SIZE);
    const values = layout.yTicks.map((t) => t.value);
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThan(values[i - 1]!);
    for (let i = 1; i < layout.yTicks.length; i++) expect(layout.yTicks[i]!.y).toBeLessThan(layout.yTicks[i - 1]!.y);
    expect(layout.yTicks.map((t) => t.label)).toEqual(values.map(formatZh));
    expect(layout.yTicks.map((t) => t.label)).toContain('100亿');
  });

  it('keeps values ≤ 0 on a log scale on the axis floor, with the domain starting at the smallest positive value', () => {
    const data = marketChart({
      scale: 'log',
      lines: [{ id: 'z', name: 'zero', colorIndex: 0, points: [{ year: 2022, value: 0 }, { year: 2023, value: -5 }, { year: 2024, value: 300 }, { year: 2025, value: 5e4 }] }],
      marks: [],
    });
    const layout = chartLayout(data, SIZE);
    const [d0] = layout.y.domain();
    expect(d0).toBe(100);
    const floor = layout.plot.y + layout.plot.height;
    expect(layout.y(0)).toBeCloseTo(floor, 6);
    expect(layout.y(-5)).toBeCloseTo(floor, 6);
    expect(Number.isFinite(layout.y(300))).toBe(true);
  });

  it('thins log ticks to fit: 1-2-5 when tall, powers of ten when short, every other decade when very short', () => {
    expect(logTickValues(1, 100, 20)).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect(logTickValues(1, 100, 5)).toEqual([1, 3, 10, 30, 100]);
    expect(logTickValues(1, 1e3, 5)).toEqual([1, 10, 100, 1000]);
    expect(logTickValues(1, 1e8, 5)).toEqual([1, 100, 1e4, 1e6, 1e8]);
  });

  it('maps years into the plot, and a pointer x back to its year', () => {
    const data = marketChart();
    const layout = chartLayout(data, SIZE);
    const { x, plot } = layout;
    expect(x(data.yearFrom)).toBeGreaterThanOrEqual(plot.x);
    expect(x(data.yearTo)).toBeLessThanOrEqual(plot.x + plot.width);
    expect(Math.round(x.invert(x(2030) + 3))).toBe(2030);
  });

  it('labels whole years only, spaced so the labels never touch', () => {
    const wide = chartLayout(marketChart(), SIZE).xTicks;
    expect(wide.map((t) => t.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    const narrow = chartLayout(marketChart(), { width: 360, height: 260 }).xTicks;
    for (const t of narrow) expect(Number.isInteger(t.year)).toBe(true);
    for (let i = 1; i < narrow.length; i++) expect(narrow[i]!.x - narrow[i - 1]!.x).toBeGreaterThan(35);
  });

  it('makes room for the legend rows, the source and the footnote', () => {
    const bare = chartLayout(marketChart({ legend: false, sourceLine: undefined, footnote: undefined }), SIZE);
    const full = chartLayout(marketChart(), SIZE);
    expect(full.plot.y).toBeGreaterThan(bare.plot.y);
    expect(full.plot.y + full.plot.height).toBeLessThan(bare.plot.y + bare.plot.height);
    expect(full.footer.source.length).toBeGreaterThan(0);
    expect(full.footer.source[0]!.y).toBeGreaterThan(full.plot.y + full.plot.height + 20);
  });

  it('wraps legend entries into more rows as the chart narrows', () => {
    const lines = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, name: `情景 ${i + 1}：较长的情景名称`, colorIndex: i, points: [{ year: 2022, value: i + 1 }] }));
    // Tall enough that the legend's share of the height (below) does not cap it.
    const rows = (width: number) => new Set(chartLayout(marketChart({ lines }), { width, height: 2000 }).legend.items.map((item) => item.y)).size;
    expect(rows(1600)).toBeLessThan(rows(960));
    expect(rows(960)).toBeLessThan(rows(480));
    for (const item of chartLayout(marketChart({ lines }), { width: 480, height: 2000 }).legend.items) expect(item.x).toBeLessThan(480);
  });

  it('two long names cut to the same words are cut in their middle instead, so each keeps what tells it apart (found by use)', () => {
    const names = ['Text-to-video constant growth scenario, trusting the 2030 end', 'Text-to-video constant growth scenario, optimistic 70% CAGR'];
    const lines = [...names, ...Array.from({ length: 8 }, (_, i) => `Scenario ${i + 1}`)].map((name, i) => ({ id: `s${i}`, name, colorIndex: i, points: [{ year: 2022, value: i + 1 }] }));
    for (const width of [540, 800, 1280]) {
      const { legend } = chartLayout(marketChart({ lines }), { width, height: 540 });
      const [a, b] = legend.items;
      expect(a!.name, `${width}`).not.toBe(b!.name);
      expect(b!.name.endsWith('CAGR') || b!.name === names[1]).toBe(true);
    }
    // Names that share their end as well as their start show where they differ (found by use).
    const alike = ['Text-to-video constant growth, optimistic case for the client deck', 'Text-to-video constant growth, pessimistic case for the client deck'];
    const more = [...alike, ...Array.from({ length: 8 }, (_, i) => `Scenario ${i + 1}`)].map((name, i) => ({ id: `s${i}`, name, colorIndex: i, points: [{ year: 2022, value: i + 1 }] }));
    for (const width of [400, 540, 720, 800]) {
      const [a, b] = chartLayout(marketChart({ lines: more }), { width, height: 540 }).legend.items;
      expect(a!.name, `${width}: ${a!.name}`).not.toBe(b!.name);
    }
  });

  it('a line two scenarios share names both, each cut to its share of the room; a name cut to the start of another’s is cut in its middle (found by use on a phone)', () => {
    // "乐观：增速35% = 客户版本A" shares the preset's line; B is a line of its own. Cut at their ends they read
    // "网民：区间下限 =…" and "乐观：增速35% =…": A was hidden, and B's cut read as "the same as" another.
    const a = '乐观：增速35% = 客户版本A';
    const b = '乐观：增速35% = 客户版本B';
    const lines = [
      { id: 'base', name: '报告基准', colorIndex: 0, points: [{ year: 2022, value: 1 }] },
      { id: 'low', name: `网民：区间下限 = ${a}`, names: ['网民：区间下限', a], members: ['low', 'a'], colorIndex: 1, points: [{ year: 2022, value: 2 }] },
      { id: 'b', name: b, colorIndex: 2, points: [{ year: 2022, value: 3 }] },
    ];
    // Narrow, as on a phone, where the names no longer fit whole.
    for (const width of [200, 240, 280]) {
      const items = chartLayout(marketChart({ lines }), { width, height: 540 }).legend.items;
      const [, shared, own] = items;
      expect(shared!.name, `${width}: ${shared!.name}`).toMatch(/^网.* = .*版本A$/);
      expect(own!.name, `${width}: ${own!.name}`).toMatch(/版本B$/);
    }
    // With room for all, every name whole.
    const wide = chartLayout(marketChart({ lines }), { width: 1600, height: 540 }).legend.items;
    expect(wide.map((item) => item.name)).toEqual(['报告基准', `网民：区间下限 = ${a}`, b]);
  });

  it('sets ten long legend names in columns of at most 13% of the height, each cut to its column', () => {
    const lines = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, name: `Scenario ${i + 1}: regulation tightens while open models cut prices`, colorIndex: i, points: [{ year: 2022, value: i + 1 }] }));
    const { legend } = chartLayout(marketChart({ lines }), { width: 540, height: 540 });
    // floor(540 × 0.13 / 20) = 3 rows, so ceil(10 / 3) = 4 columns of 516 / 4 = 129 px.
    expect(new Set(legend.items.map((item) => item.y)).size).toBe(3);
    expect(new Set(legend.items.map((item) => item.x)).size).toBe(4);
    for (const item of legend.items) {
      expect(item.name.endsWith('…')).toBe(true);
      expect(22 + 6 + textWidth(item.name, 12.5)).toBeLessThanOrEqual(129);
    }
  });
});
