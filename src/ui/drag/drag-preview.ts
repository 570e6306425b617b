import { flushSync } from 'react-dom';
import type { AppStore, DraftMove } from '../../state';

/**
 * A slider's newest model, drawn before it is stored. A drag sends sixty inputs a second; storing
 * each one re-renders the editor, the scenario list, the tables and the goal seek, which a frame has
 * no room for on a slow machine. So the slider, its text box and the chart of the dragged series
 * show the candidate in the frame of the input, and the store takes the newest candidate when the
 * slider rests (no move for REST_MS, then an idle moment) or is let go (slider-drag.ts), with all
 * that follows from it: tables, goal seek, saving, undo. Any other change to the document stores it
 * first: App hands flushFirst to the store as its beforeChange.
 *
 * The candidate itself is the store's draft (state/draft-slice: not saved, not undone, in no export);
 * what is here is not state: the charts that draw it outside React, and the timer that stores it.
 */
export interface PreviewSession {
  /** Shows `move` now (its chart draws it if it can, else React does) and stores it once the slider rests. */
  show(move: DraftMove): void;
  /** Stores the pending move now, if there is one; the chart then draws from the store again. */
  flush(): void;
  /**
   * Stores a pending move and lets React draw it before the change that called for it, so a field
   * whose value goes back (an undo right after a drag) is redrawn from the store, not left as dragged.
   */
  flushFirst(): void;
  /** Registers the drawer of a series' chart; returns its removal. */
  registerDrawer(seriesId: string, drawer: PreviewDrawer): () => void;
  /**
   * Asks the chart of `seriesId` to draw the pending move again (its axis, size or colours changed);
   * if it now cannot, React draws the move from here on.
   */
  redraw(seriesId: string): void;
}

/**
 * A chart on screen that can draw a move itself, outside React (ChartView, on a canvas over its
 * SVG): returns whether it did; called with undefined to take its drawing away.
 */
export type PreviewDrawer = (move: DraftMove | undefined) => boolean;

/** How long the slider rests before its value is stored. */
const REST_MS = 200;

/**
 * Runs `task` once nothing has moved for `REST_MS` (since `movedAt()`) and the page is idle; returns
 * its cancel. A drag that goes on is never interrupted by the store's work (a hundred milliseconds of
 * tables and goal seek on a slow machine, which would hold up the moves after it); letting go stores
 * at once. One timer serves a whole drag: a move only notes its time, and the timer, when it fires,
 * waits out what is left of the rest (a move costs no timer of its own).
 */
function whenRested(movedAt: () => number, task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const check = () => {
    idle = undefined;
    const left = movedAt() + REST_MS - Date.now();
    if (left > 0) timer = setTimeout(check, left);
    else if (typeof requestIdleCallback !== 'function') task();
    // A move while waiting for the idle moment puts the rest off again.
    else idle = requestIdleCallback(() => (Date.now() - movedAt() >= REST_MS ? task() : check()), { timeout: REST_MS });
  };
  timer = setTimeout(check, REST_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

/** The preview of one store's drags. */
export function previewSession(store: AppStore): PreviewSession {
  const drawers = new Map<string, PreviewDrawer>();
  let scheduled: (() => void) | undefined;
  /** When the newest move was shown (Date.now()). */
  let movedAt = 0;
  const draft = () => store.getState().draft;

  const flush = () => {
    scheduled?.();
    scheduled = undefined;
    const shown = draft();
    if (!shown) return;
    // The draft is stored and cleared in one task, so React draws the two changes in one render;
    // cleared even if storing fails, so the chart never keeps drawing a model that is not stored.
    try {
      store.getState().storeDraft();
    } finally {
      if (shown.drawn) drawers.get(shown.seriesId)?.(undefined);
    }
  };

  const redraw = (seriesId: string) => {
    const shown = draft();
    if (!shown?.drawn || shown.seriesId !== seriesId) return;
    const drawn = drawers.get(seriesId)?.(shown) ?? false;
    if (!drawn) store.getState().setDraft({ ...shown, drawn });
  };

  return {
    show: (move) => {
      const before = draft();
      // A move of another series or scenario stores the one before it first.
      if (before && (before.scenarioId !== move.scenarioId || before.seriesId !== move.seriesId)) flush();
      // The chart draws it on its own when it can; React renders it only when it cannot (usePreview),
      // and goes on doing so until the move is stored, so a drag does not switch between the two.
      const pending = draft();
      const declined = pending !== undefined && !pending.drawn;
      store.getState().setDraft({ ...move, drawn: !declined && (drawers.get(move.seriesId)?.(move) ?? false) });
      movedAt = Date.now();
      scheduled ??= whenRested(() => movedAt, flush);
    },
    flush,
    flushFirst: () => {
      if (draft()) flushSync(flush);
    },
    registerDrawer: (seriesId, drawer) => {
      drawers.set(seriesId, drawer);
      // A chart that comes (back) while its series has a move drawn on a canvas draws it again.
      redraw(seriesId);
      return () => {
        if (drawers.get(seriesId) === drawer) drawers.delete(seriesId);
      };
    },
    redraw,
  };
}
