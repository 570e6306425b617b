import type { SliceCreator } from './app-state';

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

export interface StatusSlice {
  readonly saveStatus: SaveStatus;
  readonly recovery: Recovery | undefined;
  setSaveStatus(status: SaveStatus): void;
  setRecovery(recovery: Recovery | undefined): void;
  /** Names of this tab's scenarios kept as copies because another tab changed them too (state/merge-docs). */
  readonly tabConflicts: readonly string[];
  setTabConflicts(names: readonly string[]): void;
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
