import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme } from '../../../src/charts';
import { density, densityCurve, renderDistributionSketch } from '../../../src/charts/distribution-sketch';
import { describeRange, type ParamKind } from '../../../src/model';
import { vertices } from '../charts/helpers';

const SIZE = { width: 120, height: 28 };
const dist = (kind: ParamKind, low: string, high: string) => {
  const d = describeRange(kind, low, high);
  if (!d.ok) throw new Error(d.error.message);
  return d.value;
};
const GROWTH = dist('rate', '0.4', '0.7');

/** The trapezoid integral of the density over its drawn central 99%. */
function mass(points: [number, number][]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++) sum += ((points[i]![0] - points[i - 1]![0]) * (points[i]![1] + points[i - 1]![1])) / 2;
  return sum;
}

describe('density: the curve the sketch draws', () => {
  it('integrates to the 99% of the distribution it spans, for each way a range is read', () => {
    for (const d of [GROWTH, dist('positive', '150000000', '300000000'), dist('year', '2026.1', '2027.1')]) expect(mass(densityCurve(d).points)).toBeCloseTo(0.99, 2);
  });

  it('is zero where the variable cannot go: a rate at or below -100%, a value at or below 0', () => {
    expect(density(GROWTH, -1)).toBe(0);
    expect(density(dist('positive', '1', '2'), 0)).toBe(0);
  });

  it('is a lognormal of 1 + g: its mode lies below the median, the median in the middle of ln(1 + g)', () => {
    const { points } = densityCurve(GROWTH);
    const mode = points.reduce((m, p) => (p[1] > m[1] ? p : m))[0];
    expect(mode).toBeLessThan(GROWTH.p50);
    expect(Math.log1p(GROWTH.p50)).toBeCloseTo((Math.log1p(0.4) + Math.log1p(0.7)) / 2, 12);
  });
});

describe('renderDistributionSketch', () => {
  const svg = renderDistributionSketch(document, GROWTH, SIZE, lightTheme, 'currentColor');
  const curve = vertices(svg.querySelector('.distribution-sketch__curve')!.getAttribute('d'));
  const left = curve[0]![0];
  const right = curve.at(-1)![0];
  const { points } = densityCurve(GROWTH);
  // The sketch's x scale, by hand: the drawn central 99% maps onto 1 … width − 1.
  const xOf = (v: number) => 1 + ((v - points[0]![0]) / (points.at(-1)![0] - points[0]![0])) * (SIZE.width - 2);

  it('is a 120 × 28 SVG, hidden from screen readers (the sentence beside it says the same)', () => {
    expect(svg.getAttribute('width')).toBe('120');
    expect(svg.getAttribute('height')).toBe('28');
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.dataset.distribution).toBe('lognormal-growth');
    expect(left).toBeCloseTo(1, 1);
    expect(right).toBeCloseTo(119, 1);
  });

  it('shades exactly the 5-95% part, from the low end typed to the high end', () => {
    const shaded = vertices(svg.querySelector('.distribution-sketch__interval')!.getAttribute('d'));
    const xs = shaded.map((p) => p[0]);
    expect(Math.min(...xs)).toBeCloseTo(xOf(0.4), 1);
    expect(Math.max(...xs)).toBeCloseTo(xOf(0.7), 1);
  });

  it('marks the median with an upright stroke at its x, from the baseline up to the curve', () => {
    const d = svg.querySelector('.distribution-sketch__median')!.getAttribute('d')!;
    const [, x, y0, y1] = /^M(-?[\d.]+),(-?[\d.]+)V(-?[\d.]+)$/.exec(d)!.map(Number);
    expect(x).toBeCloseTo(xOf(GROWTH.p50), 1);
    expect(y0).toBeCloseTo(SIZE.height - 1.5, 5);
    expect(y1).toBeLessThan(y0!);
  });

  it('draws the peak near the top and the tails near the baseline', () => {
    const ys = curve.map((p) => p[1]);
    expect(Math.min(...ys)).toBeCloseTo(2, 1);
    expect(ys[0]).toBeGreaterThan(24);
    expect(ys.at(-1)).toBeGreaterThan(24);
  });

  it('shades a little more strongly on the dark theme', () => {
    const dark = renderDistributionSketch(document, GROWTH, SIZE, darkTheme, 'currentColor');
    const opacity = (s: SVGSVGElement) => Number(s.querySelector('.distribution-sketch__interval')!.getAttribute('fill-opacity'));
    expect(opacity(dark)).toBeGreaterThan(opacity(svg));
  });

  it('draws a range whose ends are equal as a single stroke', () => {
    const point = renderDistributionSketch(document, dist('rate', '0.5', '0.5'), SIZE, lightTheme, 'red');
    expect(point.querySelector('.distribution-sketch__point')).not.toBeNull();
    expect(point.querySelector('.distribution-sketch__curve')).toBeNull();
  });
});
