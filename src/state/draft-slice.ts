import type { ForecastModel } from '../model';
import type { SliceCreator } from './app-state';

/**
 * A slider's newest model, shown before it is stored (ui/drag): a drag sends sixty moves a second,
 * and storing each one would re-render everything that follows from the doc. The draft is transient:
 * never saved (createAppStore keeps it out of the storage), never an undo step (only storeDraft makes
 * one), and in no share link or export (they read the doc).
 */
export interface DraftMove {
  readonly scenarioId: string;
  readonly seriesId: string;
  readonly model: ForecastModel;
  /** The undo step it joins once stored (history-slice's coalesceKey): a drag's moves are one step. */
  readonly key: string | undefined;
}

export interface Draft extends DraftMove {
  /** Whether its chart draws it outside React (a canvas over the chart); React draws it when not. */
  readonly drawn: boolean;
}

export interface DraftSlice {
  /** The move shown but not stored yet, if any. */
  readonly draft: Draft | undefined;
  /** Whether the pointer is dragging a slider: charts hold their axes still meanwhile. */
  readonly dragging: boolean;
  setDraft(draft: Draft | undefined): void;
  setDragging(dragging: boolean): void;
  /** Stores the draft into the doc, as one undo step with the drag's others, and clears it (even if storing fails). */
  storeDraft(): void;
}

/**
 * The draft slice. `quietly` runs a change the storage is not to hear of (createAppStore): a draft
 * change leaves what is saved as it was, and must not cost a write sixty times a second.
 */
export const createDraftSlice =
  (quietly: (change: () => void) => void): SliceCreator<DraftSlice> =>
  (set, get) => ({
    draft: undefined,
    dragging: false,
    setDraft: (draft) => {
      if (get().draft !== draft) quietly(() => set({ draft }));
    },
    setDragging: (dragging) => {
      if (get().dragging !== dragging) quietly(() => set({ dragging }));
    },
    storeDraft: () => {
      const { draft } = get();
      if (!draft) return;
      // Cleared first: the doc's change runs beforeChange, which finds nothing left to store; and a
      // store that fails leaves no draft drawn that is not stored. React draws both in one render.
      quietly(() => set({ draft: undefined }));
      get().setModel(draft.scenarioId, draft.seriesId, draft.model, draft.key);
    },
  });
