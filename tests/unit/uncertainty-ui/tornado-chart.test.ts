import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme } from '../../../src/charts';
import { renderTornadoChart, tornadoHeight, tornadoLayout, type TornadoData } from '../../../src/charts/tornado-chart';
import { one } from '../charts/helpers';

const data = (over: Partial<TornadoData> = {}): TornadoData => ({
  bars: [
    { id: 'cagr', label: 'Growth per year (CAGR)', low: 400, high: 1100 },
    { id: 'midpoint', label: 'Midpoint year', low: 900, high: 700 },
    { id: 'anchors.1.low', label: 'Anchor 2 (2025)', low: 800, high: 800 },
  ],
  base: 800,
  baseLabel: 'in force 800',
  lowLegend: 'at its 5% end',
  highLegend: 'at its 95% end',
  noEffect: 'no effect in this year',
  colorIndex: 1,
  scale: 'linear',
  formatValue: (v) => `${Math.round(v)}`,
  description: 'Output in 2032 with each assumption at the ends of its range.',
  ...over,
});

const SIZE = { width: 640, height: tornadoHeight(3) };
const rectSpan = (el: Element) => {
  const x = Number(el.getAttribute('x'));
  return [x, x + Number(el.getAttribute('width'))];
};

describe('renderTornadoChart', () => {
  const svg = renderTornadoChart(document, data(), SIZE, lightTheme);
  const layout = tornadoLayout(data(), SIZE);
  const [d0, d1] = layout.x.domain();
  const [r0, r1] = layout.x.range();
  // The value axis by hand: the smallest and largest of all ends and the base map onto the bar area.
  const px = (v: number) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);

  it('spans the value axis from the lowest end to the highest, base included', () => {
    expect([d0, d1]).toEqual([400, 1100]);
  });

  it('keeps the order given (largest swing first), one row a parameter, labelled in the caller’s words', () => {
    const rows = [...svg.querySelectorAll('.tornado-bar')];
    expect(rows.map((r) => r.getAttribute('data-param'))).toEqual(['cagr', 'midpoint', 'anchors.1.low']);
    expect(rows.map((r) => r.querySelector('.tornado-bar__label')!.textContent)).toEqual(['Growth per year (CAGR)', 'Midpoint year', 'Anchor 2 (2025)']);
    const ys = rows.map((r) => Number(r.querySelector('rect')?.getAttribute('y') ?? NaN));
    expect(ys[0]).toBeLessThan(ys[1]!);
  });

  it('draws each end as a bar from the base value to the output at that end, at the axis’ pixels', () => {
    const cagr = one(svg, '[data-param="cagr"]');
    const low = rectSpan(one(cagr, '.tornado-bar__low'));
    const high = rectSpan(one(cagr, '.tornado-bar__high'));
    expect(low[0]).toBeCloseTo(px(400), 1);
    expect(low[1]).toBeCloseTo(px(800), 1);
    expect(high[0]).toBeCloseTo(px(800), 1);
    expect(high[1]).toBeCloseTo(px(1100), 1);
  });

  it('shows a parameter that lowers the output as it grows with its low end to the right of the base', () => {
    const midpoint = one(svg, '[data-param="midpoint"]');
    expect(rectSpan(one(midpoint, '.tornado-bar__low'))[1]).toBeCloseTo(px(900), 1);
    expect(rectSpan(one(midpoint, '.tornado-bar__high'))[0]).toBeCloseTo(px(700), 1);
  });

  it('writes the smaller and larger output outside the bar’s ends, formatted by the caller', () => {
    const cagr = one(svg, '[data-param="cagr"]');
    expect(one(cagr, '.tornado-bar__min').textContent).toBe('400');
    expect(Number(one(cagr, '.tornado-bar__min').getAttribute('x'))).toBeLessThan(px(400));
    expect(one(cagr, '.tornado-bar__max').textContent).toBe('1100');
    expect(Number(one(cagr, '.tornado-bar__max').getAttribute('x'))).toBeGreaterThan(px(1100));
  });

  it('says "no effect" for a parameter that does not move the output, instead of two equal numbers', () => {
    const none = one(svg, '[data-param="anchors.1.low"]');
    expect(none.querySelector('rect')).toBeNull();
    expect(one(none, '.tornado-bar__none').textContent).toBe('no effect in this year');
  });

  it('rules the base value across the rows, with its label', () => {
    const rule = one(svg, '.tornado-base');
    expect(rule.querySelector('path')!.getAttribute('d')).toMatch(new RegExp(`^M${Math.round(px(800)) + 0.5},`));
    expect(rule.querySelector('text')!.textContent).toBe('in force 800');
  });

  it('colours both ends in the scenario’s palette colour, the low end lighter, on either theme', () => {
    for (const theme of [lightTheme, darkTheme]) {
      const chart = renderTornadoChart(document, data(), SIZE, theme);
      const low = one(chart, '[data-param="cagr"] .tornado-bar__low');
      const high = one(chart, '[data-param="cagr"] .tornado-bar__high');
      expect(low.getAttribute('fill')).toBe(theme.palette[1]);
      expect(Number(low.getAttribute('fill-opacity'))).toBeLessThan(Number(high.getAttribute('fill-opacity')));
      expect(chart.querySelector('.chart-background')!.getAttribute('fill')).toBe(theme.background);
    }
  });

  it('is an accessible image described in words, sized to its rows', () => {
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toMatch(/2032/);
    expect(tornadoHeight(5)).toBeGreaterThan(tornadoHeight(3));
  });
});
