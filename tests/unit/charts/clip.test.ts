import { describe, expect, it } from 'vitest';
import { chartLayout, lightTheme } from '../../../src/charts';
import { clipPolyline } from '../../../src/charts/clip';
import { lineShapes } from '../../../src/charts/lines';
import { marketChart } from './sample-data';

// A 100 × 100 box at the origin; every expected point below is worked out by hand from the
// segment's equation (x, y) = a + t·(b − a) at the t where it meets an edge.
const box = { x: 0, y: 0, width: 100, height: 100 };

describe('clipPolyline: the parts of a line inside a box', () => {
  it('keeps a line that stays inside as it is, one piece', () => {
    expect(clipPolyline([[10, 10], [50, 90], [90, 20]], box)).toEqual([[[10, 10], [50, 90], [90, 20]]]);
  });

  it('cuts a line leaving through the top where it meets the edge (t = 50/200 = 0.25)', () => {
    expect(clipPolyline([[50, 50], [50, -150]], box)).toEqual([[[50, 50], [50, 0]]]);
  });

  it('ends the piece at the corner a diagonal leaves through (t = 40/50 = 0.8), and drops what lies wholly outside', () => {
    expect(clipPolyline([[10, 10], [60, 60], [110, 110], [60, 160]], box)).toEqual([[[10, 10], [60, 60], [100, 100]]]);
  });

  it('starts a new piece where the line comes back in ((50,−50)→(80,50) meets y = 0 at t = 0.5, x = 65)', () => {
    expect(clipPolyline([[50, 50], [50, -50], [80, 50]], box)).toEqual([
      [[50, 50], [50, 0]],
      [[65, 0], [80, 50]],
    ]);
  });

  it('cuts a point a trillion pixels off at the edge, so the canvas never strokes or dashes the rest', () => {
    const [piece] = clipPolyline([[20, 80], [40, -1e12]], box);
    expect(piece).toHaveLength(2);
    // t = 80/(1e12 + 80): x moves 20·t ≈ 1.6e-9 px past 20.
    expect(piece![1]![0]).toBeCloseTo(20, 6);
    expect(piece![1]![1]).toBeCloseTo(0, 6);
  });

  it('breaks the line at a point that is not finite, as the SVG path does', () => {
    expect(clipPolyline([[10, 10], [20, NaN], [30, 30], [40, 40]], box)).toEqual([[[30, 30], [40, 40]]]);
  });

  it('gives nothing for a line that only touches a corner ((−10,10)→(10,−10) meets the box at (0,0) alone), which a round cap would draw as a dot', () => {
    expect(clipPolyline([[-10, 10], [10, -10]], box)).toEqual([]);
  });

  it('gives nothing for a line wholly outside, or a single point', () => {
    expect(clipPolyline([[-10, -10], [-20, 50], [-5, 200]], box)).toEqual([]);
    expect(clipPolyline([[50, 50]], box)).toEqual([]);
  });
});

describe('lineShapes with a clip box: a dragged line drawn on a held axis', () => {
  it('cuts the paths at the box and drops the markers outside it', () => {
    const data = marketChart();
    const layout = chartLayout(data, { width: 960, height: 540 });
    const line = data.lines[0]!;
    const last = line.points.filter((p) => p.year <= data.yearTo).at(-1)!;
    // The last year a thousand times higher than the axis was made for.
    const off = { ...line, points: line.points.map((p) => (p === last ? { ...p, value: p.value * 1000 } : p)) };
    const shapes = lineShapes(off, data, layout, lightTheme, { box: layout.plot, polyline: clipPolyline });
    expect(shapes.shown.map((p) => p.year)).not.toContain(last.year);
    expect(shapes.shown).toHaveLength(line.points.filter((p) => p.year >= data.yearFrom && p.year <= data.yearTo).length - 1);
    const ys = [...(shapes.projected ?? '').matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => Number(m[2]));
    expect(ys.length).toBeGreaterThan(1);
    for (const y of ys) expect(y).toBeGreaterThanOrEqual(layout.plot.y - 0.01);
    // Without the box the same line runs far above the plot.
    const unclipped = [...(lineShapes(off, data, layout, lightTheme).projected ?? '').matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => Number(m[2]));
    expect(Math.min(...unclipped)).toBeLessThan(layout.plot.y - 1000);
  });
});
