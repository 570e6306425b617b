import { clearCanvas, drawStagedLine, stagePixels, type CanvasStage } from '../../charts/canvas-line';
import type { ChartLayout } from '../../charts/layout';
import type { ChartData, ChartLine, ChartTheme } from '../../charts/types';

/** A canvas over a chart that a dragged line is drawn on, on the page's own thread, in the input's task. */
export interface PreviewCanvas {
  /** Draws `line` alone on the canvas, sized to the stage. */
  draw(stage: CanvasStage, line: ChartLine): void;
  clear(): void;
}

/**
 * The 2D canvas of `element`, or undefined where it cannot be drawn on (no Path2D or no 2D context,
 * as in jsdom): React draws the move in the SVG then.
 */
export function previewCanvas(element: HTMLCanvasElement): PreviewCanvas | undefined {
  // Asked before getContext: jsdom has neither, and reports the call as not implemented.
  if (typeof Path2D === 'undefined') return undefined;
  const ctx = element.getContext('2d');
  if (!ctx) return undefined;
  return {
    draw: (stage, line) => {
      const { width, height } = stagePixels(stage);
      if (element.width !== width || element.height !== height) Object.assign(element, { width, height });
      drawStagedLine(ctx, stage, line);
    },
    clear: () => clearCanvas(ctx, element.width, element.height),
  };
}
/** How far past the plot's edge a dragged line is drawn, and the room for a marker around that. */
const EDGE = 6;

/**
 * The chart as the canvas needs it to draw a line: the axes as they stand, and the canvas placed
 * over the plot, a marker's width around it, on whole pixels, not over the whole chart: every frame
 * of a drag hands the canvas's pixels to the compositor, so fewer pixels make a shorter frame. The
 * axis holds still under the hand: what leaves it is cut just past the plot's edge, and the axis
 * fits the line again when the slider rests or is let go.
 */
export function chartStage(data: ChartData, layout: ChartLayout, theme: ChartTheme, element: HTMLCanvasElement, ratio: number): CanvasStage {
  const { plot } = layout;
  const clip = { x: plot.x - EDGE, y: plot.y - EDGE, width: plot.width + 2 * EDGE, height: plot.height + 2 * EDGE };
  const left = Math.floor(clip.x - EDGE);
  const top = Math.floor(clip.y - EDGE);
  const box = { x: left, y: top, width: Math.ceil(clip.x + clip.width + EDGE) - left, height: Math.ceil(clip.y + clip.height + EDGE) - top };
  const placed = `${box.x} ${box.y} ${box.width} ${box.height}`;
  if (element.dataset.placed !== placed) {
    Object.assign(element.style, { left: `${box.x}px`, top: `${box.y}px`, width: `${box.width}px`, height: `${box.height}px` });
    element.dataset.placed = placed;
  }
  return {
    x: { domain: layout.x.domain(), range: layout.x.range() },
    y: { kind: layout.scale, domain: layout.y.domain(), range: layout.y.range() },
    years: { yearFrom: data.yearFrom, yearTo: data.yearTo, reportedFrom: data.reportedFrom, reportedUntil: data.reportedUntil },
    theme,
    box,
    ratio,
    clip,
  };
}
