import type { AppState, SliceCreator } from './app-state';
import type { Doc } from './scenario';
import { viewOf, type View } from './settings-slice';
import { withSeriesDefaults } from './user-series';

const LIMIT = 200;
/** Changes to the same field closer together than this are one undo step (a slider drag). */
const COALESCE_MS = 800;

/**
 * What one undo brings back: the doc as it was, or the view (currency, rate, years…) as it was, each alone,
 * so undoing a change of the view never puts back an older doc (another tab's work merged since, the names a
 * language switch gave) and undoing an edit never moves the view.
 */
export type Step = { readonly doc: Doc; readonly view?: View } | { readonly doc?: Doc; readonly view: View };

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
export function step(state: AppState, was: Step, coalesceKey: string | undefined): Pick<HistorySlice, 'past' | 'future' | 'lastChange'> {
  const { past, lastChange } = state;
  const now = Date.now();
  const coalesce = coalesceKey !== undefined && coalesceKey === lastChange.key && now - lastChange.at < COALESCE_MS;
  return {
    // Joined to the step before, the step keeps what that one held and gains what it did not (a shared link's
    // scenarios and then its view: one undo gives back both).
    past: coalesce ? joined(past, was) : [...past, was].slice(-LIMIT),
    future: [],
    lastChange: { key: coalesceKey, at: now },
  };
}

function joined(past: readonly Step[], was: Step): readonly Step[] {
  return [...past.slice(0, -1), { ...was, ...past[past.length - 1] } as Step];
}

/**
 * Undo (from the past) or redo (from the future): the step's doc and/or view (the language and theme as they
 * are) put back, and the step back to here put on the other side.
 */
function travel(state: AppState, back: boolean): Partial<AppState> | undefined {
  const to = back ? state.past[state.past.length - 1] : state.future[0];
  if (!to) return undefined;
  const here = { ...(to.doc && { doc: state.doc }), ...(to.view && { view: viewOf(state.settings) }) } as Step;
  return {
    ...(to.doc && { doc: to.doc }),
    ...(to.view && { settings: { ...state.settings, ...to.view } }),
    past: back ? state.past.slice(0, -1) : [...state.past, here],
    future: back ? [here, ...state.future] : state.future.slice(1),
    lastChange: { key: undefined, at: 0 },
  };
}

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
    const change = travel(get(), true);
    if (change) set(change);
  },
  redo: () => {
    get().beforeChange?.();
    const change = travel(get(), false);
    if (change) set(change);
  },
});
