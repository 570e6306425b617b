import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chartLayout, lightTheme } from '../../../src/charts';
import { clearCanvas, drawStagedLine, stagePixels, type CanvasStage } from '../../../src/charts/canvas-line';
import { clipPolyline } from '../../../src/charts/clip';
import { lineShapes } from '../../../src/charts/lines';
import { valueScale } from '../../../src/charts/scale';
import { marketChart } from './sample-data';

describe('valueScale: the value axis rebuilt from plain numbers', () => {
  it('maps a linear domain onto its range end to end and proportionally between (25 of 0–100 on 300→100 is 250)', () => {
    const y = valueScale('linear', [0, 100], [300, 100]);
    expect([y(0), y(100), y(25)]).toEqual([300, 100, 250]);
  });

  it('puts 10 halfway up a 1–100 log axis (log10 10 = 1, half of 2), and values ≤ 0 at its floor', () => {
    const y = valueScale('log', [1, 100], [300, 100]);
    expect(y(10)).toBeCloseTo(200, 12);
    expect(y(0)).toBe(300);
    expect(y(-5)).toBe(300);
  });
});

/** A 2D context that writes down what is done to it, in order. */
function recordingContext() {
  const calls: string[] = [];
  const ctx = new Proxy(
    {},
    {
      get: (_, name: string) => (...args: unknown[]) => calls.push(`${name}(${args.map((a) => (a instanceof FakePath ? `path ${a.d}` : String(a))).join(', ')})`),
      set: (_, name: string, value: unknown) => {
        calls.push(`${name} = ${String(value)}`);
        return true;
      },
    },
  ) as unknown as CanvasRenderingContext2D;
  return { ctx, calls };
}

/** jsdom has no Path2D: this one keeps its path data to be read back. */
class FakePath {
  constructor(readonly d: string) {}
}

describe('drawStagedLine: a line on the canvas over the chart, from the stage handed to the worker', () => {
  const real = (globalThis as { Path2D?: unknown }).Path2D;
  beforeEach(() => {
    (globalThis as { Path2D?: unknown }).Path2D = FakePath;
  });
  afterEach(() => {
    (globalThis as { Path2D?: unknown }).Path2D = real;
  });

  const data = marketChart();
  const layout = chartLayout(data, { width: 800, height: 340 });
  const { plot } = layout;
  const clip = { x: plot.x - 6, y: plot.y - 6, width: plot.width + 12, height: plot.height + 12 };
  const stage: CanvasStage = {
    x: { domain: layout.x.domain(), range: layout.x.range() },
    y: { kind: layout.scale, domain: layout.y.domain(), range: layout.y.range() },
    years: { yearFrom: data.yearFrom, yearTo: data.yearTo, reportedUntil: data.reportedUntil },
    theme: lightTheme,
    box: { x: 40, y: 20, width: 700, height: 280 },
    ratio: 2,
    clip,
  };

  it('clears the whole canvas in device pixels (700 × 280 CSS px at 2×: 1400 × 560), the transform reset first', () => {
    expect(stagePixels(stage)).toEqual({ width: 1400, height: 560 });
    const { ctx, calls } = recordingContext();
    drawStagedLine(ctx, stage, undefined);
    expect(calls).toEqual(['setTransform(1, 0, 0, 1, 0, 0)', 'clearRect(0, 0, 1400, 560)']);
  });

  it('a clear after a drawing resets the transform the drawing left', () => {
    const { ctx, calls } = recordingContext();
    clearCanvas(ctx, 10, 20);
    expect(calls).toEqual(['setTransform(1, 0, 0, 1, 0, 0)', 'clearRect(0, 0, 10, 20)']);
  });

  it('strokes the paths the SVG chart draws for the line on the same layout, cut to the clip box, in CSS pixels scaled to the device', () => {
    const line = data.lines[0]!;
    // What the SVG chart's own code path makes of the line on the layout it computed itself.
    const expected = lineShapes(line, data, layout, lightTheme, { box: clip, polyline: clipPolyline });
    const { ctx, calls } = recordingContext();
    drawStagedLine(ctx, stage, line);
    // Device pixel (0, 0) is CSS pixel (40, 20) of the chart: x' = 2x − 80, y' = 2y − 40.
    expect(calls).toContain('setTransform(2, 0, 0, 2, -80, -40)');
    const stroked = calls.filter((c) => c.startsWith('stroke(') || c.startsWith('fill(')).map((c) => c.slice(c.indexOf('(') + 1, -1));
    expect(stroked).toEqual([expected.casing, expected.reported, expected.projected, expected.markers, expected.markers].map((d) => `path ${d}`));
    expect(calls).toContain(`strokeStyle = ${expected.color}`);
  });

  it('draws on a log axis as the SVG chart does, from the stage\'s plain numbers', () => {
    const logData = marketChart({ scale: 'log' });
    const logLayout = chartLayout(logData, { width: 800, height: 340 });
    expect(logLayout.scale).toBe('log');
    const logStage: CanvasStage = { ...stage, y: { kind: 'log', domain: logLayout.y.domain(), range: logLayout.y.range() }, x: { domain: logLayout.x.domain(), range: logLayout.x.range() } };
    const line = logData.lines[2]!;
    const expected = lineShapes(line, logData, logLayout, lightTheme, { box: clip, polyline: clipPolyline });
    const { ctx, calls } = recordingContext();
    drawStagedLine(ctx, logStage, line);
    const stroked = calls.filter((c) => c.startsWith('stroke(') || c.startsWith('fill(')).map((c) => c.slice(c.indexOf('(') + 1, -1));
    // Line 2 is not the focus line: no casing under it.
    expect(stroked).toEqual([expected.reported, expected.projected, expected.markers, expected.markers].map((d) => `path ${d}`));
  });
});
