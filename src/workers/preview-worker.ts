/// <reference lib="webworker" />
import { clearCanvas, drawStagedLine, stagePixels, type CanvasStage } from '../charts/canvas-line';
import type { ChartLine } from '../charts/types';

// The worker that draws a dragged line on the canvases laid over the charts (preview-canvas.ts):
// the line's paths, their dashes and their pixels are worked out here, beside the page, so the
// page's own frame holds only the slider, its text box and a message.
interface Held {
  readonly ctx: OffscreenCanvasRenderingContext2D;
  stage?: CanvasStage;
  /** The last clear whose first drawing the page has been told of. */
  told: number;
}
/** What the page tells this worker. */

export type PreviewMessage =
  | { readonly type: 'canvas'; readonly chart: string; readonly canvas: OffscreenCanvas }
  // The stage only when it differs from the one sent before: a drag's moves share one. `showing`
  // counts the times the canvas was cleared: the worker says when it has first drawn for each.
  | { readonly type: 'draw'; readonly chart: string; readonly stage?: CanvasStage; readonly line: ChartLine; readonly showing: number }
  | { readonly type: 'clear'; readonly chart: string }
  | { readonly type: 'drop'; readonly chart: string };

/** What the worker tells the page: a drawing is on the canvas, or the canvas cannot be drawn on. */
export type PreviewReply = { readonly type: 'drawn'; readonly chart: string; readonly showing: number } | { readonly type: 'lost'; readonly chart: string };

const canvases = new Map<string, Held>();
const reply = (message: PreviewReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<PreviewMessage>) => {
  const message = event.data;
  if (message.type === 'canvas') {
    const ctx = message.canvas.getContext('2d');
    // No 2D context to be had: the page draws the moves itself.
    if (ctx) canvases.set(message.chart, { ctx, told: -1 });
    else reply({ type: 'lost', chart: message.chart });
    return;
  }
  const held = canvases.get(message.chart);
  if (message.type === 'drop') {
    canvases.delete(message.chart);
    return;
  }
  if (!held) return;
  const { ctx } = held;
  if (message.type === 'clear') {
    clearCanvas(ctx, ctx.canvas.width, ctx.canvas.height);
    return;
  }
  if (message.stage) held.stage = message.stage;
  if (!held.stage) return;
  const { width, height } = stagePixels(held.stage);
  if (ctx.canvas.width !== width || ctx.canvas.height !== height) Object.assign(ctx.canvas, { width, height });
  drawStagedLine(ctx, held.stage, message.line);
  // The first drawing since a clear: the page hides the chart's own line under it now, not before,
  // so the line never leaves the screen for a frame.
  if (held.told !== message.showing) {
    held.told = message.showing;
    reply({ type: 'drawn', chart: message.chart, showing: message.showing });
  }
});
