// renderProjectionChart: the title and subtitle, the axes' labels, the legend, the source line and footnote.
import { describe, expect, it } from 'vitest';
import { lightTheme, renderProjectionChart } from '../../../src/charts';
import { one } from './helpers';
import { render } from './projection-chart-setup';
import { marketChart } from './sample-data';

describe('renderProjectionChart: text, axes and legend', () => {
  it('writes the title and subtitle top left, value labels from formatValue and the unit', () => {
    const svg = render(marketChart());
    expect(one(svg, '.chart-title').textContent).toBe('中国 AI 文生图市场规模');
    expect(one(svg, '.chart-subtitle').textContent).toContain('五种情景');
    const title = one(svg, '.chart-title tspan');
    expect(Number(title.getAttribute('x'))).toBeLessThan(40);
    expect(Number(title.getAttribute('y'))).toBeLessThan(50);
    const ticks = [...svg.querySelectorAll('.chart-y-tick')].map((t) => t.textContent);
    expect(ticks[0]).toBe('0');
    expect(ticks).toContain('1000亿');
    expect(one(svg, '.chart-unit').textContent).toBe('人民币（元）');
  });

  it('labels the year axis with plain whole years (no "2,024")', () => {
    const labels = [...render(marketChart()).querySelectorAll('.chart-x-tick')].map((t) => t.textContent);
    expect(labels[0]).toBe('2022');
    expect(labels.at(-1)).toBe('2035');
    for (const label of labels) expect(label).toMatch(/^\d{4}$/);
  });

  it('gives each legend entry the line’s colour, its marker shape and the scenario name', () => {
    const data = marketChart();
    const svg = render(data);
    const items = svg.querySelectorAll('.chart-legend__item');
    expect(items).toHaveLength(5);
    const first = one(svg, '.chart-legend__item[data-line-id="s1"]');
    expect(one(first, 'line').getAttribute('stroke')).toBe(lightTheme.palette[1]);
    expect(one(first, 'path').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+m/);
    expect(one(first, 'text').textContent).toBe('乐观情景（技术突破）');
    expect(render(marketChart({ legend: false })).querySelector('.chart-legend')).toBeNull();
  });

  it('wraps the source line and the footnote to the chart width', () => {
    const long = '来源：万联证券《生成式 AI 在传媒行业的应用》（2024-06-28）；情景假设与推算为本工具计算结果，'.repeat(3);
    const svg = renderProjectionChart(document, marketChart({ sourceLine: long }), { width: 480, height: 800 }, lightTheme);
    const lines = [...svg.querySelectorAll('.chart-source tspan')];
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((l) => l.textContent).join('')).toBe(long);
    expect(one(svg, '.chart-footnote').textContent).toContain('虚线');
    expect(render(marketChart({ sourceLine: undefined, footnote: undefined })).querySelector('.chart-source, .chart-footnote')).toBeNull();
  });
});
