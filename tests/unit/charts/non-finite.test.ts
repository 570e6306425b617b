import { describe, expect, it } from 'vitest';
import { lightTheme, renderProjectionChart, type ChartData } from '../../../src/charts';
import { marketChart } from './sample-data';

const SIZE = { width: 960, height: 540 };

/** Every line scaled by `factor`, as a currency switch at an absurd exchange rate would scale them. */
function scaled(factor: number, over: Partial<ChartData> = {}): ChartData {
  const data = marketChart(over);
  return { ...data, lines: data.lines.map((l) => ({ ...l, points: l.points.map((p) => ({ ...p, value: p.value * factor })) })) };
}

// Issue 15: a saved exchange rate of 1e-300 turned yuan into ~1e310 dollars, past Number.MAX_VALUE:
// the figures became Infinity, every label spot scored NaN and drawMarks read `.box` of undefined.
describe('renderProjectionChart with numbers past what a double holds', () => {
  for (const scale of ['linear', 'log'] as const) {
    it(`draws (${scale}) without throwing when figures and lines are Infinity, and leaves out the marks it cannot place`, () => {
      const data = scaled(1e300, {
        scale,
        marks: [
          { figureId: 'inf', kind: 'point', years: [2026], value: Infinity, label: 'Infinity' },
          { figureId: 'rng', kind: 'range', years: [2027], low: 1e308, high: Infinity, label: 'range' },
          { figureId: 'ok', kind: 'upper-bound', years: [2028], value: 1e308, label: 'bound' },
        ],
      });
      const svg = renderProjectionChart(document, data, SIZE, lightTheme);
      // Nothing drawn at NaN: a coordinate of NaN in the SVG is a mark the reader cannot see anyway.
      expect(svg.outerHTML).not.toMatch(/NaN/);
      expect(svg.querySelector('[data-mark-id="inf"]')).toBeNull();
    });
  }
});
