import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, type PersistStorage } from 'zustand/middleware';
import { FORMAT_VERSIONS, type Lang, type SeriesDefinition } from '../model';
import type { AppState } from './app-state';
import { createDocSlice } from './doc-slice';
import { createDraftSlice } from './draft-slice';
import { createHistorySlice } from './history-slice';
import { MAX_COMPARED } from './doc-slice';
import { defaultDoc, withCurrentBase } from './presets';
import type { Doc } from './scenario';
import { createSettingsSlice, defaultSettings, type Settings } from './settings-slice';
import { createStatusSlice } from './status-slice';
import { withSeriesDefaults } from './user-series';

export type { AppState } from './app-state';
export type AppStore = StoreApi<AppState>;

/** What is saved: the user's assumptions and view settings, never projections, history, status or a draft. */
export interface SavedState {
  readonly doc: Doc;
  readonly settings: Settings;
}

export const STORAGE_KEY = 'genai-forecast';
export const SAVED_VERSION = FORMAT_VERSIONS.savedState;

export interface StoreOptions {
  readonly series: readonly SeriesDefinition[];
  readonly lang: Lang;
  /** Where work is kept; it validates and migrates what it reads (io/saved-state). Without it nothing is kept. */
  readonly storage?: PersistStorage<SavedState>;
  /**
   * Saved work is read only when `loadSavedWork` is called, not as the store is made: a page drawn at
   * build time hydrates the default state first (main.tsx). Until then nothing is written, so a change
   * made before the load (an effect of the first render) never writes the default over saved work.
   */
  readonly loadLater?: boolean;
}

const nowhere: PersistStorage<SavedState> = { getItem: () => null, setItem: () => {}, removeItem: () => {} };

export function createAppStore({ series, lang, storage, loadLater = false }: StoreOptions): AppStore {
  const kept = storage ?? nowhere;
  let read = !loadLater;
  // A draft's change (a slider's move shown, not stored) changes nothing saved: persist writes after
  // every change, and is not to hear of these (sixty a second in a drag).
  let quiet = false;
  const quietly = (change: () => void) => {
    quiet = true;
    try {
      change();
    } finally {
      quiet = false;
    }
  };
  const gated: PersistStorage<SavedState> = {
    getItem: (name) => {
      read = true;
      return kept.getItem(name);
    },
    setItem: (name, value) => (read && !quiet ? kept.setItem(name, value) : undefined),
    removeItem: (name) => (read ? kept.removeItem(name) : undefined),
  };
  return createStore<AppState>()(
    persist(
      (...a) => ({
        ...createDocSlice(series, defaultDoc(series, lang))(...a),
        ...createHistorySlice(...a),
        ...createSettingsSlice(defaultSettings(lang))(...a),
        ...createStatusSlice(...a),
        ...createDraftSlice(quietly)(...a),
      }),
      {
        name: STORAGE_KEY,
        version: SAVED_VERSION,
        storage: gated,
        skipHydration: loadLater,
        partialize: (state) => ({ doc: state.doc, settings: state.settings }),
        // The storage has validated and migrated what it read; anything it refused arrives as null.
        merge: (saved, current) => {
          const state = saved as Partial<SavedState> | undefined;
          if (!state?.doc || !state.settings) return current;
          const { doc, kept } = withCurrentBase(state.doc, series, state.settings.lang, MAX_COMPARED);
          return { ...current, doc: withSeriesDefaults(doc), settings: state.settings, baseUpdated: kept };
        },
      },
    ),
  );
}

/** Reads the saved work into a store made with `loadLater` (and again into any other: it reads what is saved now). */
export async function loadSavedWork(store: AppStore): Promise<void> {
  await (store as AppStore & { persist?: { rehydrate: () => Promise<void> } }).persist?.rehydrate();
}
