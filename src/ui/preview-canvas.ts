import type { CanvasStage } from '../charts/canvas-line';
import type { ChartLine } from '../charts/types';

/** What the page tells the worker that draws dragged lines (preview-worker.ts). */
export type PreviewMessage =
  | { readonly type: 'canvas'; readonly chart: string; readonly canvas: OffscreenCanvas }
  // The stage only when it differs from the one sent before: a drag's moves share one.
  | { readonly type: 'draw'; readonly chart: string; readonly stage?: CanvasStage; readonly line: ChartLine }
  | { readonly type: 'clear'; readonly chart: string }
  | { readonly type: 'drop'; readonly chart: string };

/** A canvas over a chart whose drawing a worker does. */
export interface PreviewCanvas {
  /** Draws `line` alone on the canvas; false when the worker cannot (it failed to load). */
  draw(stage: CanvasStage, line: ChartLine): boolean;
  clear(): void;
  /** Lets the worker forget the canvas (its element has left the page). */
  drop(): void;
}

let worker: Worker | undefined;
let failed = false;
let count = 0;
const handles = new WeakMap<HTMLCanvasElement, PreviewCanvas>();

function theWorker(): Worker | undefined {
  if (failed) return undefined;
  if (!worker) {
    try {
      worker = new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('error', () => {
        // A worker that cannot load (a strict content policy, say): React draws the moves from here on.
        failed = true;
      });
    } catch {
      failed = true;
    }
  }
  return worker;
}

/**
 * Hands `element` over to the worker that draws dragged lines, once (a canvas can be handed over
 * only once; the same handle comes back after). Undefined where a canvas cannot be drawn off the
 * page's thread (no OffscreenCanvas, no workers, as in jsdom): React draws the move in the SVG then.
 */
export function previewCanvas(element: HTMLCanvasElement): PreviewCanvas | undefined {
  const known = handles.get(element);
  if (known) return known;
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
  const post = (message: PreviewMessage, transfer: Transferable[] = []) => to.postMessage(message, transfer);
  post({ type: 'canvas', chart, canvas }, [canvas]);
  let sent: CanvasStage | undefined;
  const handle: PreviewCanvas = {
    draw: (stage, line) => {
      if (failed) return false;
      post(stage === sent ? { type: 'draw', chart, line } : { type: 'draw', chart, stage, line });
      sent = stage;
      return true;
    },
    clear: () => post({ type: 'clear', chart }),
    drop: () => {
      post({ type: 'drop', chart });
      handles.delete(element);
    },
  };
  handles.set(element, handle);
  return handle;
}
