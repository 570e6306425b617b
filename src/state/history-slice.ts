import type { SliceCreator } from './app-state';
import type { Doc } from './scenario';
import { withSeriesDefaults } from './user-series';

const LIMIT = 200;
/** Changes to the same field closer together than this are one undo step (a slider drag). */
const COALESCE_MS = 800;

export interface HistorySlice {
  readonly past: readonly Doc[];
  readonly future: readonly Doc[];
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

export const createHistorySlice: SliceCreator<HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  lastChange: { key: undefined, at: 0 },
  beforeChange: undefined,
  setBeforeChange: (hook) => set({ beforeChange: hook }),
  commit: (change, coalesceKey) => {
    get().beforeChange?.();
    const { doc, past, lastChange } = get();
    const changed = change(doc);
    if (changed === doc) return;
    // Whatever the change, every scenario keeps a model for each of the user's series.
    const next = withSeriesDefaults(changed);
    const now = Date.now();
    const coalesce = coalesceKey !== undefined && coalesceKey === lastChange.key && now - lastChange.at < COALESCE_MS;
    set({
      doc: next,
      past: coalesce ? past : [...past, doc].slice(-LIMIT),
      future: [],
      lastChange: { key: coalesceKey, at: now },
    });
  },
  undo: () => {
    get().beforeChange?.();
    const { past, doc, future } = get();
    const previous = past[past.length - 1];
    if (!previous) return;
    set({ doc: previous, past: past.slice(0, -1), future: [doc, ...future], lastChange: { key: undefined, at: 0 } });
  },
  redo: () => {
    get().beforeChange?.();
    const { past, doc, future } = get();
    const next = future[0];
    if (!next) return;
    set({ doc: next, past: [...past, doc], future: future.slice(1), lastChange: { key: undefined, at: 0 } });
  },
});
