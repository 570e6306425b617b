import type { SliceCreator } from './app-state';
import type { Lost } from './merge-docs';

/** Whether the browser is keeping the user's work. */
export type SaveStatus = 'saved' | 'failed' | 'unavailable';

/** Saved data that could not be used, kept so nothing the user made is lost. */
export interface Recovery {
  readonly reason: 'corrupt' | 'invalid' | 'newer';
  readonly raw: string;
  /** The localStorage key the copy was kept under, when the browser allowed it. */
  readonly keptAs: string | undefined;
  readonly detail: string;
}

/**
 * What a merge could not keep, as an earlier page on this browser kept it aside (ui/app/kept-aside): the names in it,
 * and the file that holds it, for the import button, under its localStorage key.
 */
export interface KeptAside {
  readonly key: string;
  readonly scenarios: readonly string[];
  readonly series: readonly string[];
  readonly file: string;
}

/** A scenario kept as a copy (its name), what a merge could not keep, or what an earlier page kept aside of it. */
export type TabNote = string | { readonly lost: Lost } | { readonly kept: KeptAside };

export interface StatusSlice {
  readonly saveStatus: SaveStatus;
  readonly recovery: Recovery | undefined;
  setSaveStatus(status: SaveStatus): void;
  setRecovery(recovery: Recovery | undefined): void;
  /**
   * What a merge of another tab's work told this tab (state/merge-docs): the names of its scenarios kept as copies
   * because the other tab changed them too, and what did not fit beside the other tab's, for the user to download.
   */
  readonly tabConflicts: readonly TabNote[];
  setTabConflicts(notes: readonly TabNote[]): void;
  /** The name the saved base case was kept under when saved work held an earlier reading of the report (presets withCurrentBase). */
  readonly baseUpdated: string | undefined;
  setBaseUpdated(name: string | undefined): void;
}

export const createStatusSlice: SliceCreator<StatusSlice> = (set, get) => ({
  saveStatus: 'saved',
  recovery: undefined,
  setSaveStatus: (status) => {
    if (get().saveStatus !== status) set({ saveStatus: status });
  },
  setRecovery: (recovery) => set({ recovery }),
  tabConflicts: [],
  setTabConflicts: (tabConflicts) => set({ tabConflicts }),
  baseUpdated: undefined,
  setBaseUpdated: (baseUpdated) => set({ baseUpdated }),
});
