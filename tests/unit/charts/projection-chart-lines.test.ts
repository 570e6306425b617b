// renderProjectionChart: the scenario lines, where their points fall, solid and dashed, focus and markers.
import { describe, expect, it } from 'vitest';
import { chartLayout, darkTheme, lightTheme } from '../../../src/charts';
import { linePoints, one, vertices } from './helpers';
import { render, SIZE } from './projection-chart-setup';
import { marketChart } from './sample-data';

describe('renderProjectionChart: lines', () => {
  it('draws one group per scenario line, stroked in its palette colour', () => {
    const data = marketChart();
    for (const theme of [lightTheme, darkTheme]) {
      const svg = render(data, theme);
      const groups = svg.querySelectorAll('g.chart-line');
      expect(groups).toHaveLength(data.lines.length);
      for (const line of data.lines) {
        const g = one(svg, `g.chart-line[data-line-id="${line.id}"]`);
        expect(g.getAttribute('stroke')).toBe(theme.palette[line.colorIndex]);
      }
    }
  });

  it('puts the point for year Y at layout.y(value) on a linear scale, checked against the domain by hand', () => {
    const data = marketChart();
    const layout = chartLayout(data, SIZE);
    const [d0, d1] = layout.y.domain();
    const { y: top, height } = layout.plot;
    const svg = render(data);
    const base = data.lines[0]!;
    const drawn = linePoints(one(svg, `g.chart-line[data-line-id="${base.id}"] .chart-line__points`));
    expect(drawn.map((d) => d.year)).toEqual(base.points.map((p) => p.year));
    base.points.forEach((p, i) => {
      const { value, cx, cy } = drawn[i]!;
      expect(value).toBe(p.value);
      expect(cy).toBeCloseTo(top + height * (1 - (p.value - d0) / (d1 - d0)), 1);
      expect(cx).toBeCloseTo(layout.x(p.year), 1);
    });
  });

  it('puts the point for year Y at the logarithm of its value on a log scale', () => {
    const data = marketChart({ scale: 'log' });
    const layout = chartLayout(data, SIZE);
    const [d0, d1] = layout.y.domain();
    const { y: top, height } = layout.plot;
    const svg = render(data);
    const drawn = linePoints(one(svg, 'g.chart-line[data-line-id="s2"] .chart-line__points'));
    data.lines[2]!.points.forEach((p, i) => {
      const expected = top + height * (1 - Math.log10(p.value / d0) / Math.log10(d1 / d0));
      expect(drawn[i]!.year).toBe(p.year);
      expect(drawn[i]!.cy).toBeCloseTo(expected, 1);
    });
  });

  it('draws a line solid up to the last reported year and dashed from that same point on', () => {
    const data = marketChart({ reportedUntil: 2027 });
    const layout = chartLayout(data, SIZE);
    const svg = render(data);
    const g = one(svg, 'g.chart-line[data-line-id="s1"]');
    const solid = vertices(one(g, '.chart-line__reported').getAttribute('d'));
    const dashedPath = one(g, '.chart-line__projected');
    const dashed = vertices(dashedPath.getAttribute('d'));
    expect(one(g, '.chart-line__reported').getAttribute('stroke-dasharray')).toBeNull();
    expect(dashedPath.getAttribute('stroke-dasharray')).toMatch(/\d/);
    expect(solid[0]![0]).toBeCloseTo(layout.x(2022), 1);
    expect(solid.at(-1)![0]).toBeCloseTo(layout.x(2027), 1);
    expect(dashed[0]).toEqual(solid.at(-1));
    expect(dashed.at(-1)![0]).toBeCloseTo(layout.x(2035), 1);
    expect(solid).toHaveLength(6);
    expect(dashed).toHaveLength(9);
  });

  it('draws the years before the first reported year dashed too: there the line is the model run back, not the report', () => {
    // The market's figures are for 2024, 2025 and 2027; the chart starts in 2022.
    const data = marketChart({ reportedFrom: 2024, reportedUntil: 2027 });
    const layout = chartLayout(data, SIZE);
    const g = one(render(data), 'g.chart-line[data-line-id="s1"]');
    const before = one(g, '.chart-line__backcast');
    const back = vertices(before.getAttribute('d'));
    const solid = vertices(one(g, '.chart-line__reported').getAttribute('d'));
    const after = vertices(one(g, '.chart-line__projected').getAttribute('d'));
    expect(before.getAttribute('stroke-dasharray')).toMatch(/\d/);
    expect(one(g, '.chart-line__reported').getAttribute('stroke-dasharray')).toBeNull();
    // 2022, 2023, 2024 dashed; 2024–2027 solid, joined at 2024; 2027–2035 dashed, joined at 2027.
    expect(back.map(([x]) => Math.round(x))).toEqual([2022, 2023, 2024].map((y) => Math.round(layout.x(y))));
    expect(solid[0]).toEqual(back.at(-1));
    expect(solid.map(([x]) => Math.round(x))).toEqual([2024, 2025, 2026, 2027].map((y) => Math.round(layout.x(y))));
    expect(after[0]).toEqual(solid.at(-1));
    expect(after).toHaveLength(9);
  });

  it('draws no back-cast when the report speaks from the chart’s first year', () => {
    const g = one(render(marketChart({ reportedFrom: 2022 })), 'g.chart-line[data-line-id="s1"]');
    expect(g.querySelectorAll('.chart-line__backcast')).toHaveLength(0);
    expect(vertices(one(g, '.chart-line__reported').getAttribute('d'))).toHaveLength(6);
  });

  it('draws a line wholly dashed when the report speaks for none of its years, and wholly solid when it speaks for all', () => {
    const none = render(marketChart({ reportedUntil: 2000 }));
    expect(none.querySelectorAll('.chart-line__reported')).toHaveLength(0);
    expect(none.querySelectorAll('.chart-line__projected')).toHaveLength(5);
    const all = render(marketChart({ reportedUntil: 2040 }));
    expect(all.querySelectorAll('.chart-line__projected')).toHaveLength(0);
    expect(all.querySelectorAll('.chart-line__reported')).toHaveLength(5);
  });

  it('draws the focus scenario last and thicker, with bigger markers', () => {
    const data = marketChart();
    const svg = render(data);
    const groups = [...svg.querySelectorAll('g.chart-line')];
    expect(groups.at(-1)!.getAttribute('data-line-id')).toBe('s0');
    const width = (id: string) => Number(one(svg, `g.chart-line[data-line-id="${id}"] .chart-line__reported`).getAttribute('stroke-width'));
    expect(width('s0')).toBeGreaterThan(width('s1'));
  });

  it('marks each year point in the line’s own shape', () => {
    const svg = render(marketChart());
    const shapes = [...svg.querySelectorAll('g.chart-line .chart-line__points')].map((g) => g.getAttribute('data-shape'));
    expect(new Set(shapes).size).toBe(5);
    expect(linePoints(one(svg, 'g.chart-line[data-line-id="s3"] .chart-line__points'))).toHaveLength(14);
  });

  it('leaves out points outside the years shown', () => {
    const svg = render(marketChart({ yearFrom: 2024, yearTo: 2030 }));
    const years = linePoints(one(svg, 'g.chart-line[data-line-id="s0"] .chart-line__points')).map((p) => p.year);
    expect(years).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });
});
