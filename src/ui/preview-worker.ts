/// <reference lib="webworker" />
import { clearCanvas, drawStagedLine, stagePixels, type CanvasStage } from '../charts/canvas-line';
import type { PreviewMessage } from './preview-canvas';

// The worker that draws a dragged line on the canvases laid over the charts (preview-canvas.ts):
// the line's paths, their dashes and their pixels are worked out here, beside the page, so the
// page's own frame holds only the slider, its text box and a message.
const canvases = new Map<string, OffscreenCanvas>();
const stages = new Map<string, CanvasStage>();

self.addEventListener('message', (event: MessageEvent<PreviewMessage>) => {
  const message = event.data;
  if (message.type === 'canvas') {
    canvases.set(message.chart, message.canvas);
    return;
  }
  if (message.type === 'drop') {
    canvases.delete(message.chart);
    stages.delete(message.chart);
    return;
  }
  const canvas = canvases.get(message.chart);
  if (!canvas) return;
  if (message.type === 'clear') {
    const ctx = canvas.getContext('2d');
    if (ctx) clearCanvas(ctx, canvas.width, canvas.height);
    return;
  }
  if (message.stage) stages.set(message.chart, message.stage);
  const stage = stages.get(message.chart);
  if (!stage) return;
  const { width, height } = stagePixels(stage);
  if (canvas.width !== width || canvas.height !== height) Object.assign(canvas, { width, height });
  const ctx = canvas.getContext('2d');
  if (ctx) drawStagedLine(ctx, stage, message.line);
});
