import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ReportData } from '../../io/report-fixture';
import type { AppState, AppStore } from '../../state';
import { loadedCatalogue, onCatalogueLoaded, type Messages } from '../i18n';

interface AppContextValue {
  readonly store: AppStore;
  readonly report: ReportData;
}

const AppContext = createContext<AppContextValue | undefined>(undefined);

export function AppProvider({ store, report, children }: AppContextValue & { children: ReactNode }) {
  return <AppContext.Provider value={{ store, report }}>{children}</AppContext.Provider>;
}

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('AppProvider is missing');
  return value;
}

/** Reads from the app's store; re-renders only when the selected value changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppContext().store, selector);
}

export const useStoreApi = (): AppStore => useAppContext().store;
export const useReport = (): ReportData => useAppContext().report;

/** The catalogue of the current language (the other one if it could not be loaded, see i18n), re-read when one loads. */
export function useT(): Messages {
  const lang = useApp((s) => s.settings.lang);
  const read = () => loadedCatalogue(lang);
  // The same on the server (a prerendered page) and while hydrating: the page loads its catalogue first.
  const t = useSyncExternalStore(onCatalogueLoaded, read, read);
  if (!t) throw new Error('No catalogue is loaded: the page loads one before it renders (main.tsx)');
  return t;
}
