import type { AppState, SliceCreator } from './app-state';
import type { Doc } from './scenario';
import { viewOf, type View } from './settings-slice';
import { withSeriesDefaults } from './user-series';

const LIMIT = 200;
/** Changes to the same field closer together than this are one undo step (a slider drag). */
const COALESCE_MS = 800;

/** What one undo brings back: the doc, and the view (currency, rate, years…) it was seen in. */
export interface Step {
  readonly doc: Doc;
  readonly view: View;
}

export interface HistorySlice {
  readonly past: readonly Step[];
  readonly future: readonly Step[];
  readonly lastChange: { readonly key: string | undefined; readonly at: number };
  /**
   * Runs first in every change to the doc (commit, undo, redo). The screen sets one that stores a
   * change it has drawn but not stored yet (a slider's newest position), so nothing lands out of order.
   */
  readonly beforeChange: (() => void) | undefined;
  setBeforeChange(hook: (() => void) | undefined): void;
  /** Applies a change to the doc and records the doc before it, unless nothing changed. */
  commit(change: (doc: Doc) => Doc, coalesceKey?: string): void;
  undo(): void;
  redo(): void;
}

/**
 * The history after a change made now from `was` (the doc or the view before it, the rest as it stands): a
 * step recorded, unless it joins the step just before (the same key within COALESCE_MS: a slider's drag).
 */
export function step(state: AppState, was: Partial<Step>, coalesceKey: string | undefined): Pick<HistorySlice, 'past' | 'future' | 'lastChange'> {
  const { past, lastChange, doc, settings } = state;
  const now = Date.now();
  const coalesce = coalesceKey !== undefined && coalesceKey === lastChange.key && now - lastChange.at < COALESCE_MS;
  return {
    past: coalesce ? past : [...past, { doc: was.doc ?? doc, view: was.view ?? viewOf(settings) }].slice(-LIMIT),
    future: [],
    lastChange: { key: coalesceKey, at: now },
  };
}

/** The state an undo or redo moves to: `to`'s doc and view, the language and theme as they are. */
const restore = (state: AppState, to: Step) => ({ doc: to.doc, settings: { ...state.settings, ...to.view } });
const here = (state: AppState): Step => ({ doc: state.doc, view: viewOf(state.settings) });

export const createHistorySlice: SliceCreator<HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  lastChange: { key: undefined, at: 0 },
  beforeChange: undefined,
  setBeforeChange: (hook) => set({ beforeChange: hook }),
  commit: (change, coalesceKey) => {
    get().beforeChange?.();
    const { doc } = get();
    const changed = change(doc);
    if (changed === doc) return;
    // Whatever the change, every scenario keeps a model for each of the user's series.
    set({ doc: withSeriesDefaults(changed), ...step(get(), { doc }, coalesceKey) });
  },
  undo: () => {
    get().beforeChange?.();
    const state = get();
    const previous = state.past[state.past.length - 1];
    if (!previous) return;
    set({ ...restore(state, previous), past: state.past.slice(0, -1), future: [here(state), ...state.future], lastChange: { key: undefined, at: 0 } });
  },
  redo: () => {
    get().beforeChange?.();
    const state = get();
    const next = state.future[0];
    if (!next) return;
    set({ ...restore(state, next), past: [...state.past, here(state)], future: state.future.slice(1), lastChange: { key: undefined, at: 0 } });
  },
});
