import type { RangeDistribution } from '../model';
import { quantile } from '../model/quantile';
import { linearScale } from './scale';
import { svgElement } from './svg';
import type { ChartSize, ChartTheme } from './types';

const STEPS = 48;

/** The probability density at x, in the parameter's own terms (a rate as a fraction). */
export function density(dist: RangeDistribution, x: number): number {
  const { mu, sigma } = dist;
  if (!(sigma > 0)) return 0;
  const standard = (z: number, jacobian: number) => Math.exp(-0.5 * z * z) / (Math.sqrt(2 * Math.PI) * sigma * jacobian);
  if (dist.distribution === 'normal') return standard((x - mu) / sigma, 1);
  // Lognormal on x, or on the growth factor 1 + g: the density carries 1 / (the variable whose log is normal).
  const base = dist.distribution === 'lognormal' ? x : 1 + x;
  return base > 0 ? standard((Math.log(base) - mu) / sigma, base) : 0;
}

const at = (dist: RangeDistribution, p: number): number => {
  const q = quantile(dist, p);
  return q.ok ? q.value : NaN;
};

/** The outline of the density over its central 99%, as [x, density] pairs, plus the x of the 5th and 95th percentiles. */
export function densityCurve(dist: RangeDistribution): { points: [number, number][]; p5: number; p95: number } {
  const from = at(dist, 0.005);
  const to = at(dist, 0.995);
  const points: [number, number][] = [];
  if (dist.sigma > 0 && Number.isFinite(from) && Number.isFinite(to) && to > from) {
    for (let i = 0; i <= STEPS; i++) {
      const x = from + ((to - from) * i) / STEPS;
      points.push([x, density(dist, x)]);
    }
  }
  return { points, p5: dist.p5, p95: dist.p95 };
}

/**
 * A thumbnail of how a range is read: the density curve, its 5-95% part shaded and the median marked.
 * A point range (low = high) is a single upright stroke.
 */
export function renderDistributionSketch(doc: Document, dist: RangeDistribution, size: ChartSize, theme: ChartTheme, color: string): SVGSVGElement {
  const { width, height } = size;
  const svg = svgElement(doc, 'svg', { class: 'distribution-sketch', width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', 'data-distribution': dist.distribution });
  const { points, p5, p95 } = densityCurve(dist);
  const baseline = height - 1.5;
  if (points.length < 2) {
    svgElement(doc, 'path', { class: 'distribution-sketch__point', d: `M${width / 2},${baseline}V2`, stroke: color, 'stroke-width': 2 }, svg);
    return svg;
  }
  const x = linearScale([points[0]![0], points[points.length - 1]![0]], [1, width - 1]);
  const top = Math.max(...points.map((p) => p[1]));
  const y = linearScale([0, top], [baseline, 2]);
  const pathOf = (pts: readonly [number, number][]) => pts.map(([vx, vy], i) => `${i ? 'L' : 'M'}${round(x(vx))},${round(y(vy))}`).join('');
  const inside = points.filter(([vx]) => vx > p5 && vx < p95);
  const shaded: [number, number][] = [[p5, density(dist, p5)], ...inside, [p95, density(dist, p95)]];
  svgElement(
    doc,
    'path',
    { class: 'distribution-sketch__interval', d: `${pathOf(shaded)}L${round(x(p95))},${baseline}L${round(x(p5))},${baseline}Z`, fill: color, 'fill-opacity': theme.name === 'dark' ? 0.4 : 0.28 },
    svg,
  );
  svgElement(doc, 'path', { class: 'distribution-sketch__curve', d: pathOf(points), fill: 'none', stroke: color, 'stroke-width': 1.25, 'stroke-linejoin': 'round' }, svg);
  svgElement(doc, 'path', { class: 'distribution-sketch__baseline', d: `M0,${baseline}H${width}`, stroke: theme.axis, 'stroke-width': 1 }, svg);
  const median = round(x(dist.p50));
  svgElement(doc, 'path', { class: 'distribution-sketch__median', d: `M${median},${baseline}V${round(y(density(dist, dist.p50)))}`, stroke: color, 'stroke-width': 1.25 }, svg);
  return svg;
}

const round = (v: number): number => Math.round(v * 100) / 100;
