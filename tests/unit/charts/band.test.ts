import { describe, expect, it } from 'vitest';
import { chartLayout, darkTheme, lightTheme, renderProjectionChart, type ChartData } from '../../../src/charts';
import type { BandPoint } from '../../../src/charts/types';
// The fan's drawing, as the code that makes fans loads it (band-lazy.test.ts: not before).
import '../../../src/charts/band';
import { one, vertices } from './helpers';
import { marketChart } from './sample-data';

const SIZE = { width: 960, height: 540 };

/** A fan around 1e10 in 2022 growing 40% a year, with the percentiles spread evenly in log terms. */
function fan(years = 14): BandPoint[] {
  return Array.from({ length: years }, (_, i) => {
    const mid = 1e10 * 1.4 ** i;
    const spread = 1 + 0.08 * i;
    return { year: 2022 + i, p5: mid / spread ** 2, p25: mid / spread, p50: mid, p75: mid * spread, p95: mid * spread ** 2 };
  });
}

const withBand = (over: Partial<ChartData> = {}): ChartData => marketChart({ band: { colorIndex: 2, points: fan() }, ...over });

/** The pixel of a value on the layout's linear y scale, from its domain and range alone (by hand, not through layout.y). */
function yPixel(data: ChartData, value: number): number {
  const layout = chartLayout(data, SIZE);
  const [d0, d1] = layout.y.domain();
  const { y: top, height } = layout.plot;
  return top + height * (1 - (value - d0) / (d1 - d0));
}

describe('drawBand: the fan of the scenario in focus', () => {
  it('draws nothing when the chart has no band', () => {
    const svg = renderProjectionChart(document, marketChart(), SIZE, lightTheme);
    expect(svg.querySelector('[data-band]')).toBeNull();
  });

  it('draws one [data-band] group with a 90% band, a 50% band and a median, under every line', () => {
    const svg = renderProjectionChart(document, withBand(), SIZE, lightTheme);
    const band = one(svg, '[data-band]');
    expect(band.querySelectorAll('path')).toHaveLength(3);
    expect(one(band, '.chart-band__outer').getAttribute('d')).toMatch(/Z$/);
    expect(one(band, '.chart-band__inner').getAttribute('d')).toMatch(/Z$/);
    // Earlier in document order is painted first, so the lines sit on top of the band.
    const lines = one(svg, 'g.chart-lines');
    expect(band.compareDocumentPosition(lines) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('puts the 90% band between P5 and P95 and the 50% band between P25 and P75, at the layout’s pixels', () => {
    const data = withBand();
    const layout = chartLayout(data, SIZE);
    const svg = renderProjectionChart(document, data, SIZE, lightTheme);
    const points = data.band!.points;
    const n = points.length;
    for (const [selector, lower, upper] of [
      ['.chart-band__outer', 'p5', 'p95'],
      ['.chart-band__inner', 'p25', 'p75'],
    ] as const) {
      const v = vertices(one(svg, selector).getAttribute('d'));
      expect(v).toHaveLength(2 * n);
      points.forEach((p, i) => {
        // Along the upper edge left to right, then back along the lower edge right to left.
        expect(v[i]![0]).toBeCloseTo(layout.x(p.year), 1);
        expect(v[i]![1]).toBeCloseTo(yPixel(data, p[upper]), 1);
        expect(v[2 * n - 1 - i]![0]).toBeCloseTo(layout.x(p.year), 1);
        expect(v[2 * n - 1 - i]![1]).toBeCloseTo(yPixel(data, p[lower]), 1);
      });
    }
    const median = vertices(one(svg, '.chart-band__median').getAttribute('d'));
    points.forEach((p, i) => expect(median[i]![1]).toBeCloseTo(yPixel(data, p.p50), 1));
  });

  it('widens the y domain to the band’s P95, which lies far above every line', () => {
    const tall = fan().map((p) => ({ ...p, p95: p.p95 * 40 }));
    const data = withBand({ band: { colorIndex: 2, points: tall } });
    const highest = Math.max(...tall.map((p) => p.p95));
    const [, top] = chartLayout(data, SIZE).y.domain();
    const [, without] = chartLayout(marketChart(), SIZE).y.domain();
    expect(top).toBeGreaterThanOrEqual(highest);
    expect(without).toBeLessThan(highest);
    // The highest P95 sits inside the plot, not above it.
    expect(yPixel(data, highest)).toBeGreaterThanOrEqual(chartLayout(data, SIZE).plot.y - 0.01);
  });

  it('puts band vertices at the logarithm of their values on a log scale', () => {
    const data = withBand({ scale: 'log' });
    const layout = chartLayout(data, SIZE);
    const [d0, d1] = layout.y.domain();
    const { y: top, height } = layout.plot;
    const svg = renderProjectionChart(document, data, SIZE, lightTheme);
    const v = vertices(one(svg, '.chart-band__outer').getAttribute('d'));
    const first = data.band!.points[0]!;
    expect(v[0]![1]).toBeCloseTo(top + height * (1 - Math.log10(first.p95 / d0) / Math.log10(d1 / d0)), 1);
  });

  it('fills the band in the focus scenario’s palette colour, a stronger tint on the dark theme, the inner band darker', () => {
    for (const theme of [lightTheme, darkTheme]) {
      const band = one(renderProjectionChart(document, withBand(), SIZE, theme), '[data-band]');
      expect(band.getAttribute('fill')).toBe(theme.palette[2]);
      const outer = Number(one(band, '.chart-band__outer').getAttribute('fill-opacity'));
      const inner = Number(one(band, '.chart-band__inner').getAttribute('fill-opacity'));
      expect(inner).toBeGreaterThan(outer);
      expect(one(band, '.chart-band__median').getAttribute('stroke')).toBe(theme.palette[2]);
    }
    const light = Number(one(renderProjectionChart(document, withBand(), SIZE, lightTheme), '.chart-band__outer').getAttribute('fill-opacity'));
    const dark = Number(one(renderProjectionChart(document, withBand(), SIZE, darkTheme), '.chart-band__outer').getAttribute('fill-opacity'));
    expect(dark).toBeGreaterThan(light);
  });

  it('keeps only the years the chart shows', () => {
    const data = withBand({ yearFrom: 2025, yearTo: 2030 });
    const v = vertices(one(renderProjectionChart(document, data, SIZE, lightTheme), '.chart-band__outer').getAttribute('d'));
    expect(v).toHaveLength(12);
    expect(v[0]![0]).toBeCloseTo(chartLayout(data, SIZE).x(2025), 1);
  });
});
