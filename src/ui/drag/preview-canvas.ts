import type { CanvasStage } from '../../charts/canvas-line';
import type { ChartLayout } from '../../charts/layout';
import type { PreviewMessage, PreviewReply } from '../../workers/preview-worker';
import type { ChartData, ChartLine, ChartTheme } from '../../charts/types';


/** A canvas over a chart whose drawing a worker does. */
export interface PreviewCanvas {
  /** Draws `line` alone on the canvas; false when the worker cannot (it failed). */
  draw(stage: CanvasStage, line: ChartLine, showing: number): boolean;
  clear(): void;
  /** Lets the worker forget the canvas (its element has left the page). */
  drop(): void;
}

/** What the chart hears back: the first drawing after a clear is on the canvas; the canvas is lost. */
export interface PreviewEvents {
  drawn(showing: number): void;
  lost(): void;
}

let worker: Worker | undefined;
let failed = false;
let count = 0;
const handles = new WeakMap<HTMLCanvasElement, { readonly chart: string; readonly handle: PreviewCanvas }>();
const listening = new Map<string, PreviewEvents>();
/** Canvases the worker could not draw on. */
const lostCharts = new Set<string>();

function fail(): void {
  failed = true;
  // React draws the moves from here on: each chart drawing one now hands it over at once.
  for (const events of [...listening.values()]) events.lost();
}

function theWorker(): Worker | undefined {
  if (failed) return undefined;
  if (!worker) {
    try {
      worker = new Worker(new URL('../../workers/preview-worker.ts', import.meta.url), { type: 'module' });
      // A worker that cannot load (a strict content policy, say) or breaks.
      worker.addEventListener('error', fail);
      worker.addEventListener('message', (event: MessageEvent<PreviewReply>) => {
        const reply = event.data;
        const events = listening.get(reply.chart);
        if (reply.type === 'drawn') return events?.drawn(reply.showing);
        lostCharts.add(reply.chart);
        events?.lost();
      });
    } catch {
      failed = true;
    }
  }
  return worker;
}

/**
 * Hands `element` over to the worker that draws dragged lines, once (a canvas can be handed over
 * only once; the same handle comes back after, with `events` as the newest listener). Undefined
 * where a canvas cannot be drawn off the page's thread (no OffscreenCanvas, no workers, as in
 * jsdom): React draws the move in the SVG then.
 */
export function previewCanvas(element: HTMLCanvasElement, events: PreviewEvents): PreviewCanvas | undefined {
  const known = handles.get(element);
  if (known) {
    listening.set(known.chart, events);
    return known.handle;
  }
  if (typeof element.transferControlToOffscreen !== 'function' || typeof Worker === 'undefined') return undefined;
  const to = theWorker();
  if (!to) return undefined;
  const chart = `canvas-${++count}`;
  let canvas: OffscreenCanvas;
  try {
    canvas = element.transferControlToOffscreen();
  } catch {
    return undefined;
  }
  listening.set(chart, events);
  const post = (message: PreviewMessage, transfer: Transferable[] = []) => to.postMessage(message, transfer);
  post({ type: 'canvas', chart, canvas }, [canvas]);
  let sent: CanvasStage | undefined;
  const handle: PreviewCanvas = {
    draw: (stage, line, showing) => {
      if (failed || lostCharts.has(chart)) return false;
      post(stage === sent ? { type: 'draw', chart, line, showing } : { type: 'draw', chart, stage, line, showing });
      sent = stage;
      return true;
    },
    clear: () => post({ type: 'clear', chart }),
    drop: () => {
      post({ type: 'drop', chart });
      listening.delete(chart);
      handles.delete(element);
    },
  };
  handles.set(element, { chart, handle });
  return handle;
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
    years: { yearFrom: data.yearFrom, yearTo: data.yearTo, reportedUntil: data.reportedUntil },
    theme,
    box,
    ratio,
    clip,
  };
}
