import { clipPolyline } from './clip';
import type { Box } from './layout';
import { lineShapes, PROJECTED_DASH, type LineYears } from './lines';
import { linearScale, valueScale } from './scale';
import type { ChartLine, ChartTheme } from './types';

type Context2D = CanvasRenderingContext2D;

/**
 * A chart as a canvas laid over its plot needs it to draw one of its lines, in plain numbers (made
 * once per drawing of the chart, shared by a drag's moves): the chart's two axes, its years, its
 * colours, and the box the canvas covers.
 */
export interface CanvasStage {
  readonly x: { readonly domain: readonly [number, number]; readonly range: readonly [number, number] };
  readonly y: { readonly kind: 'linear' | 'log'; readonly domain: readonly [number, number]; readonly range: readonly [number, number] };
  readonly years: LineYears;
  readonly theme: ChartTheme;
  /** Where the canvas sits in the chart, in CSS pixels, and its device pixels per CSS pixel. */
  readonly box: Box;
  readonly ratio: number;
  /** What the line is cut to (a dragged line off the held axis): the plot and a little past it. */
  readonly clip: Box;
}

/** The canvas's size in device pixels for a stage. */
export function stagePixels(stage: CanvasStage): { width: number; height: number } {
  return { width: Math.round(stage.box.width * stage.ratio), height: Math.round(stage.box.height * stage.ratio) };
}

/** Clears all of a canvas, whatever transform the last drawing left it with. */
export function clearCanvas(ctx: Context2D, width: number, height: number): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
}

/**
 * Clears the canvas and draws one line on it, as the SVG chart draws it (the same path data, through
 * Path2D), cut to the stage's clip box. A slider drag moves one line sixty times a second; redrawing
 * a canvas costs the page no layout and no paint, where changing the SVG costs both.
 */
export function drawStagedLine(ctx: Context2D, stage: CanvasStage, line: ChartLine | undefined): void {
  const { width, height } = stagePixels(stage);
  clearCanvas(ctx, width, height);
  if (!line) return;
  const { box, ratio } = stage;
  ctx.setTransform(ratio, 0, 0, ratio, -box.x * ratio, -box.y * ratio);
  const layout = { x: linearScale(stage.x.domain, stage.x.range), y: valueScale(stage.y.kind, stage.y.domain, stage.y.range) };
  const shapes = lineShapes(line, stage.years, layout, stage.theme, { box: stage.clip, polyline: clipPolyline });
  ctx.lineJoin = 'round';
  if (shapes.casing) {
    ctx.lineCap = 'round';
    ctx.setLineDash([]);
    ctx.strokeStyle = stage.theme.background;
    ctx.lineWidth = shapes.width + 3;
    ctx.stroke(new Path2D(shapes.casing));
  }
  ctx.strokeStyle = shapes.color;
  ctx.lineWidth = shapes.width;
  if (shapes.reported) {
    ctx.lineCap = 'round';
    ctx.setLineDash([]);
    ctx.stroke(new Path2D(shapes.reported));
  }
  for (const dashed of [shapes.backcast, shapes.projected]) {
    if (!dashed) continue;
    ctx.lineCap = 'butt';
    ctx.setLineDash([...PROJECTED_DASH]);
    ctx.stroke(new Path2D(dashed));
  }
  if (shapes.markers) {
    const markers = new Path2D(shapes.markers);
    ctx.setLineDash([]);
    ctx.lineJoin = 'miter';
    ctx.fillStyle = shapes.color;
    ctx.fill(markers);
    ctx.strokeStyle = stage.theme.background;
    ctx.lineWidth = 1;
    ctx.stroke(markers);
  }
}
