import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme, renderProjectionChart } from '../../../src/charts';
import { renderTornadoChart } from '../../../src/charts/tornado-chart';
import { marketChart, usersChart } from './sample-data';

const SIZE = { width: 960, height: 540 };

// librsvg and LibreOffice ignore `paint-order`: a halo drawn with it covers its own label there (issue 16).
describe('an exported chart draws the same in browsers, librsvg and LibreOffice', () => {
  it('uses no paint-order anywhere, on light and dark', () => {
    for (const theme of [lightTheme, darkTheme]) {
      for (const data of [marketChart(), usersChart(), marketChart({ target: { value: 2e11, year: 2030, label: '目标 2000亿' } })]) {
        const text = new XMLSerializer().serializeToString(renderProjectionChart(document, data, SIZE, theme));
        expect(text).not.toMatch(/paint-order/);
      }
    }
  });

  it('draws each label halo as its own outline beneath the label, which is filled and never stroked', () => {
    const svg = renderProjectionChart(document, marketChart(), SIZE, lightTheme);
    const labels = [...svg.querySelectorAll('.chart-mark__label')];
    expect(labels.length).toBe(3);
    for (const label of labels) {
      expect(label.getAttribute('stroke')).toBeNull();
      const halo = label.previousElementSibling!;
      expect(halo.getAttribute('class')).toBe('text-halo');
      expect(halo.getAttribute('aria-hidden')).toBe('true');
      expect(halo.textContent).toBe(label.textContent);
      expect(halo.getAttribute('stroke')).toBe('#ffffff');
      expect(halo.getAttribute('fill')).toBe('none');
      for (const name of ['x', 'y', 'text-anchor', 'font-size']) expect(halo.getAttribute(name)).toBe(label.getAttribute(name));
    }
  });

  it('draws no halo on a transparent background, where no colour would match the slide beneath', () => {
    const svg = renderProjectionChart(document, marketChart(), SIZE, { ...lightTheme, background: 'transparent' });
    expect(svg.querySelectorAll('.text-halo')).toHaveLength(0);
    expect(svg.querySelectorAll('.chart-mark__label')).toHaveLength(3);
  });

  it('keeps the tornado chart free of paint-order too', () => {
    const svg = renderTornadoChart(
      document,
      { bars: [{ id: 'a', label: 'growth', low: 1, high: 3 }], base: 2, baseLabel: 'base', lowLegend: 'low', highLegend: 'high', noEffect: 'none', colorIndex: 0, scale: 'linear', formatValue: String, description: 'd' } as never,
      { width: 600, height: 300 },
      lightTheme,
    );
    expect(new XMLSerializer().serializeToString(svg)).not.toMatch(/paint-order/);
  });
});
