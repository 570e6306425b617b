// renderProjectionChart: the report's figures (points, bounds, ranges, conditional figures), their labels,
// and a goal-seek target.
import { describe, expect, it } from 'vitest';
import { chartLayout, lightTheme, type ChartMark } from '../../../src/charts';
import { one, vertices } from './helpers';
import { render, SIZE } from './projection-chart-setup';
import { marketChart, usersChart } from './sample-data';

const withMarks = (...marks: ChartMark[]) => marketChart({ marks });

describe('renderProjectionChart: the report’s figures', () => {
  const layout = chartLayout(marketChart(), SIZE);

  it('draws a point figure as a filled dot at its year and value', () => {
    const svg = render(withMarks({ figureId: 'p', kind: 'point', years: [2026], value: 5e10, label: '500亿' }));
    const dot = one(svg, '[data-mark-id="p"] .chart-mark__dot');
    expect(dot.getAttribute('fill')).toBe(lightTheme.markFill);
    expect(Number(dot.getAttribute('cy'))).toBeCloseTo(chartLayout(withMarks({ figureId: 'p', kind: 'point', years: [2026], value: 5e10, label: '' }), SIZE).y(5e10), 1);
  });

  it('draws an approximate figure as a hollow ring labelled with ≈', () => {
    const svg = render(withMarks({ figureId: 'a', kind: 'approximate', years: [2027], value: 1e11, label: '1000亿' }));
    const ring = one(svg, '[data-mark-id="a"] .chart-mark__ring');
    expect(ring.getAttribute('fill')).toBe('none');
    expect(ring.getAttribute('stroke-dasharray')).toBeNull();
    expect(one(svg, '[data-mark-id="a"] .chart-mark__label').textContent).toBe('≈1000亿');
    const already = render(withMarks({ figureId: 'a', kind: 'approximate', years: [2027], value: 1e11, label: '≈1000亿' }));
    expect(one(already, '[data-mark-id="a"] .chart-mark__label').textContent).toBe('≈1000亿');
  });

  it('draws an upper bound as a bar with a caret pointing down below it: the value is a ceiling', () => {
    const svg = render(marketChart());
    const bar = one(svg, '[data-mark-id="f-2024"] .chart-mark__bar');
    const caret = one(svg, '[data-mark-id="f-2024"] .chart-mark__caret');
    expect(caret.getAttribute('data-direction')).toBe('down');
    const barY = Number(bar.getAttribute('y1'));
    expect(barY).toBeCloseTo(layout.y(1e10), 1);
    const ys = vertices(caret.getAttribute('d')).map(([, y]) => y);
    expect(Math.min(...ys)).toBeGreaterThan(barY);
    // The tip is the lowest point, alone at the bottom.
    expect(ys.filter((y) => y === Math.max(...ys))).toHaveLength(1);
  });

  it('draws a lower bound as a bar with a caret pointing up above it', () => {
    const svg = render(marketChart());
    const bar = one(svg, '[data-mark-id="f-2025"] .chart-mark__bar');
    const caret = one(svg, '[data-mark-id="f-2025"] .chart-mark__caret');
    expect(caret.getAttribute('data-direction')).toBe('up');
    const barY = Number(bar.getAttribute('y1'));
    expect(barY).toBeCloseTo(layout.y(2e10), 1);
    const ys = vertices(caret.getAttribute('d')).map(([, y]) => y);
    expect(Math.max(...ys)).toBeLessThan(barY);
    expect(ys.filter((y) => y === Math.min(...ys))).toHaveLength(1);
  });

  it('draws a range over two years as a translucent band from low to high across the span', () => {
    const data = usersChart();
    const l = chartLayout(data, SIZE);
    const band = one(render(data), '[data-mark-id="u-range"] .chart-mark__band');
    expect(Number(band.getAttribute('x'))).toBeCloseTo(l.x(2024), 1);
    expect(Number(band.getAttribute('width'))).toBeCloseTo(l.x(2025) - l.x(2024), 1);
    expect(Number(band.getAttribute('y'))).toBeCloseTo(l.y(3e8), 1);
    expect(Number(band.getAttribute('y')) + Number(band.getAttribute('height'))).toBeCloseTo(l.y(1.5e8), 1);
    expect(Number(band.getAttribute('fill-opacity'))).toBeLessThan(0.5);
  });

  it('draws a range in one year as a vertical bar from low to high', () => {
    const data = usersChart({ marks: [{ figureId: 'r', kind: 'range', years: [2025], low: 1.5e8, high: 3e8, label: '1.5亿–3亿' }] });
    const l = chartLayout(data, SIZE);
    const bar = one(render(data), '[data-mark-id="r"] .chart-mark__range');
    const points = vertices(bar.getAttribute('d'));
    const xs = new Set(points.map(([x]) => Math.round(x)));
    const ys = points.map(([, y]) => y);
    expect([...xs].some((x) => Math.abs(x - l.x(2025)) < 1)).toBe(true);
    expect(Math.min(...ys)).toBeCloseTo(l.y(3e8), 1);
    expect(Math.max(...ys)).toBeCloseTo(l.y(1.5e8), 1);
  });

  it('draws a conditional figure as a dotted ring, across its span of years, with its label', () => {
    const data = usersChart();
    const l = chartLayout(data, SIZE);
    const svg = render(data);
    const ring = one(svg, '[data-mark-id="u-cond"] .chart-mark__ring--dotted');
    expect(ring.getAttribute('stroke-dasharray')).toMatch(/\d/);
    expect(Number(ring.getAttribute('cx'))).toBeCloseTo((l.x(2026) + l.x(2027)) / 2, 1);
    expect(Number(ring.getAttribute('cy'))).toBeCloseTo(l.y(5e8), 1);
    const span = one(svg, '[data-mark-id="u-cond"] .chart-mark__span');
    expect(Number(span.getAttribute('x1'))).toBeCloseTo(l.x(2026), 1);
    expect(Number(span.getAttribute('x2'))).toBeCloseTo(l.x(2027), 1);
    expect(one(svg, '[data-mark-id="u-cond"] .chart-mark__label').textContent).toBe('≤5亿（如监管放开）');
  });

  it('does not draw statements, nor figures outside the years shown', () => {
    const svg = render(marketChart({ yearFrom: 2025 }));
    expect(svg.querySelector('[data-mark-id="f-note"]')).toBeNull();
    expect(svg.querySelector('[data-mark-id="f-2024"]')).toBeNull();
    expect(svg.querySelectorAll('g.chart-mark')).toHaveLength(2);
  });

  it('labels every drawn figure, and keeps the labels from covering each other', () => {
    const crowded = withMarks(
      { figureId: 'a', kind: 'point', years: [2027], value: 1e11, label: '1000亿' },
      { figureId: 'b', kind: 'approximate', years: [2027], value: 1.05e11, label: '≈1050亿' },
      { figureId: 'c', kind: 'upper-bound', years: [2027], value: 1.1e11, label: '≤1100亿' },
      { figureId: 'd', kind: 'lower-bound', years: [2028], value: 1e11, label: '>1000亿' },
    );
    const svg = render(crowded);
    const labels = [...svg.querySelectorAll('.chart-mark__label')];
    expect(labels.map((l) => l.textContent)).toEqual(['1000亿', '≈1050亿', '≤1100亿', '>1000亿']);
    const spots = labels.map((l) => `${l.getAttribute('x')},${l.getAttribute('y')}`);
    expect(new Set(spots).size).toBe(4);
  });

  it('draws a goal-seek target as a rule with its label', () => {
    const svg = render(marketChart({ target: { value: 2e11, year: 2030, label: '目标 2000亿' } }));
    const target = one(svg, '.chart-target');
    expect(one(target, '.chart-target__label').textContent).toBe('目标 2000亿');
    expect(Number(one(target, '.chart-target__rule').getAttribute('y1'))).toBeCloseTo(chartLayout(marketChart({ target: { value: 2e11, year: 2030, label: '' } }), SIZE).y(2e11), 1);
  });
});
