import { clipPolyline } from './clip';
import type { Box, ChartLayout } from './layout';
import { lineShapes, PROJECTED_DASH } from './lines';
import type { ChartData, ChartLine, ChartTheme } from './types';

/**
 * Draws one line on a canvas laid over the chart's plot, as the SVG chart draws it (the same path data,
 * through Path2D). A slider drag moves one line sixty times a second; redrawing a canvas costs the
 * browser no layout and almost no paint, where changing the SVG costs both.
 */
export function drawLineOnCanvas(ctx: CanvasRenderingContext2D, line: ChartLine, data: ChartData, layout: ChartLayout, theme: ChartTheme, clip?: Box): void {
  const shapes = lineShapes(line, data, layout, theme, clip && { box: clip, polyline: clipPolyline });
  ctx.lineJoin = 'round';
  if (shapes.casing) {
    ctx.lineCap = 'round';
    ctx.setLineDash([]);
    ctx.strokeStyle = theme.background;
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
  if (shapes.projected) {
    ctx.lineCap = 'butt';
    ctx.setLineDash([...PROJECTED_DASH]);
    ctx.stroke(new Path2D(shapes.projected));
  }
  if (shapes.markers) {
    const markers = new Path2D(shapes.markers);
    ctx.setLineDash([]);
    ctx.lineJoin = 'miter';
    ctx.fillStyle = shapes.color;
    ctx.fill(markers);
    ctx.strokeStyle = theme.background;
    ctx.lineWidth = 1;
    ctx.stroke(markers);
  }
}
