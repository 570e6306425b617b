import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import type { ForecastModel } from '../../model';

/**
 * A slider's newest model, drawn before it is stored. A drag sends sixty inputs a second; storing
 * each one re-renders the editor, the scenario list, the tables and the goal seek, which a frame has
 * no room for on a slow machine. So the slider, its text box and the chart of the dragged series
 * show the candidate in the frame of the input, and the store takes the newest candidate when the
 * slider rests (no move for REST_MS, then an idle moment) or is let go (slider-drag.ts), with all
 * that follows from it: tables, goal seek, saving, undo. Any other change to the document stores it
 * first: App hands flushPreviewFirst to the store as its beforeChange.
 */
export interface Preview {
  readonly scenarioId: string;
  readonly seriesId: string;
  readonly model: ForecastModel;
}

/**
 * A chart on screen that can draw a preview itself, outside React (ChartView, on a canvas over its
 * SVG): returns whether it did; called with undefined to take its drawing away.
 */
export type PreviewDrawer = (preview: Preview | undefined) => boolean;
const drawers = new Map<string, PreviewDrawer>();

/** Registers the drawer of a series' chart; returns its removal. */
export function registerPreviewDrawer(seriesId: string, drawer: PreviewDrawer): () => void {
  drawers.set(seriesId, drawer);
  // A chart that comes (back) while its series has a move drawn on a canvas draws it again.
  redrawPreview(seriesId);
  return () => {
    if (drawers.get(seriesId) === drawer) drawers.delete(seriesId);
  };
}

/**
 * Asks the chart of `seriesId` to draw the pending move again (its axis, size or colours changed);
 * if it now cannot, React draws the move from here on.
 */
export function redrawPreview(seriesId: string): void {
  if (!current?.drawn || current.seriesId !== seriesId) return;
  const drawn = drawers.get(seriesId)?.(current) ?? false;
  if (drawn) return;
  current = { ...current, drawn };
  listeners.forEach((listener) => listener());
}

let current: (Preview & { readonly drawn: boolean }) | undefined;
let store: (() => void) | undefined;
let scheduled: (() => void) | undefined;
const listeners = new Set<() => void>();
/** How long the slider rests before its value is stored. */
const REST_MS = 200;
/** When the newest move was shown (Date.now()). */
let movedAt = 0;

/**
 * Runs `task` once nothing has moved for `REST_MS` and the page is idle; returns its cancel. A
 * drag that goes on is never interrupted by the store's work (a hundred milliseconds of tables
 * and goal seek on a slow machine, which would hold up the moves after it); letting go stores at
 * once. One timer serves a whole drag: a move only notes its time, and the timer, when it fires,
 * waits out what is left of the rest (a move costs no timer of its own).
 */
function whenRested(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const check = () => {
    idle = undefined;
    const left = movedAt + REST_MS - Date.now();
    if (left > 0) timer = setTimeout(check, left);
    else if (typeof requestIdleCallback !== 'function') task();
    // A move while waiting for the idle moment puts the rest off again.
    else idle = requestIdleCallback(() => (Date.now() - movedAt >= REST_MS ? task() : check()), { timeout: REST_MS });
  };
  timer = setTimeout(check, REST_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

// A page being left (tab closed, app switched) stores what was shown, before the saved state is written.
if (typeof document !== 'undefined')
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushPreview();
  });

/** Shows `preview` now and runs `commit` (which stores it) once the slider rests. */
export function showPreview(preview: Preview, commit: () => void): void {
  // A move of another series or scenario stores the one before it first.
  if (current && (current.scenarioId !== preview.scenarioId || current.seriesId !== preview.seriesId)) flushPreview();
  // The chart draws it on its own when it can; React renders it only when it cannot (usePreview),
  // and goes on doing so until the move is stored, so a drag does not switch between the two.
  const declined = current !== undefined && !current.drawn;
  current = { ...preview, drawn: !declined && (drawers.get(preview.seriesId)?.(preview) ?? false) };
  store = commit;
  movedAt = Date.now();
  scheduled ??= whenRested(flushPreview);
  listeners.forEach((listener) => listener());
}

/** Stores the pending preview now, if there is one; the chart then draws from the store again. */
export function flushPreview(): void {
  scheduled?.();
  scheduled = undefined;
  const commit = store;
  store = undefined;
  if (!commit) return;
  // Stored and cleared in one task, so React draws the two changes in one render; cleared even
  // if storing fails, so the chart never keeps drawing a model that is not stored.
  try {
    commit();
  } finally {
    const shown = current;
    current = undefined;
    if (shown?.drawn) drawers.get(shown.seriesId)?.(undefined);
    listeners.forEach((listener) => listener());
  }
}

/** Whether a move is shown but not stored yet. */
export function hasPendingPreview(): boolean {
  return store !== undefined;
}

/**
 * Stores a pending move and lets React draw it before the change that called for it, so a field
 * whose value goes back (an undo right after a drag) is redrawn from the store, not left as dragged.
 */
export function flushPreviewFirst(): void {
  if (hasPendingPreview()) flushSync(flushPreview);
}

/** The model a slider has shown but not yet stored, for a field that edits it before the store has it. */
export function pendingModel(scenarioId: string, seriesId: string): ForecastModel | undefined {
  return current && current.scenarioId === scenarioId && current.seriesId === seriesId ? current.model : undefined;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The preview of one series for React to draw: when a slider of it is ahead of the store and its
 * chart did not draw it itself. Other series see none and do not re-render.
 */
export function usePreview(seriesId: string): Preview | undefined {
  return useSyncExternalStore(subscribe, () => (current?.seriesId === seriesId && !current.drawn ? current : undefined), () => undefined);
}
