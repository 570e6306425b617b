import { reportData } from '../../../src/io/report-fixture';
import { createSafeStorage } from '../../../src/io/saved-state';
import type { CompoundModel, ForecastModel } from '../../../src/model';
import { createAppStore, type AppStore } from '../../../src/state';

/** A store that keeps nothing: for tests of the scenario actions and history. */
export function freshStore(): AppStore {
  return createAppStore({ series: reportData().series, lang: 'en' });
}

/**
 * The store wired as the app wires it: the storage reports save status and recovery to the
 * store through a variable that is only bound once createAppStore has returned.
 */
export function openApp(getStorage: () => Storage): AppStore {
  const store: AppStore = createAppStore({
    series: reportData().series,
    lang: 'en',
    storage: createSafeStorage(getStorage, {
      onStatus: (status) => store.getState().setSaveStatus(status),
      onRecovery: (recovery) => store.getState().setRecovery(recovery),
    }),
  });
  return store;
}

/** Lets what the storage reported while the store was being built reach the store. */
export const startupReported = () => Promise.resolve();

export const VIDEO = 't2v-revenue-global';

/** A text-to-video model with the given CAGR, as a slider drag would produce. */
export const videoAt = (cagr: string): CompoundModel => ({ type: 'compound', baseYear: 2023, baseValue: '7200000', cagr });

/** The report's base model for each charted series. */
export function reportBaseModels(): Record<string, ForecastModel> {
  return Object.fromEntries(reportData().series.flatMap((s) => (s.baseModel ? [[s.id, s.baseModel]] : [])));
}
