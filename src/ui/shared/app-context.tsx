import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ReportData } from '../../io/report-fixture';
import type { AppState, AppStore } from '../../state';
import { loadedCatalogue, onCatalogueLoaded, type Messages } from '../i18n';
import { createPageStore, type PageState, type PageStore } from './page-store';

interface AppContextValue {
  readonly store: AppStore;
  readonly report: ReportData;
  readonly page: PageStore;
}

const AppContext = createContext<AppContextValue | undefined>(undefined);

/** The app's store and report, and the page's store: given (main.tsx speaks to it from outside React), or made here. */
export function AppProvider({ store, report, page, children }: Omit<AppContextValue, 'page'> & { page?: PageStore; children: ReactNode }) {
  const [own] = useState(createPageStore);
  return <AppContext.Provider value={{ store, report, page: page ?? own }}>{children}</AppContext.Provider>;
}

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('AppProvider is missing');
  return value;
}

/** The draft slice's own keys: a slider's move shown before it is stored (state/draft-slice). */
const DRAFT_KEYS: ReadonlySet<string> = new Set(['draft', 'dragging']);
const quietSubscriptions = new WeakMap<AppStore, (listener: () => void) => () => void>();

/**
 * The store's changes but those of the draft alone. A drag moves the draft sixty times a second; were
 * every subscriber's selector asked each time, a page of twenty series of one's own would spend a
 * frame's worth on asking (tests/bench/frame, --load=limit). Only useAppDraft's readers hear those.
 */
function quietSubscribe(store: AppStore): (listener: () => void) => () => void {
  let subscribe = quietSubscriptions.get(store);
  if (subscribe) return subscribe;
  const listeners = new Set<() => void>();
  store.subscribe((next, prev) => {
    const changed = Object.keys(next).some((key) => !DRAFT_KEYS.has(key) && next[key as keyof AppState] !== prev[key as keyof AppState]);
    if (changed) for (const listener of listeners) listener();
  });
  subscribe = (listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  quietSubscriptions.set(store, subscribe);
  return subscribe;
}

/**
 * Reads from the app's store; re-renders only when the selected value changes. Not for the draft slice:
 * a change of the draft alone is not heard here (useAppDraft hears it).
 */
export function useApp<T>(selector: (state: AppState) => T): T {
  const { store } = useAppContext();
  const snapshot = () => selector(store.getState());
  return useSyncExternalStore(quietSubscribe(store), snapshot, snapshot);
}

/** Reads the draft slice (a slider's move shown before it is stored), hearing its every change. */
export function useAppDraft<T>(selector: (state: AppState) => T): T {
  return useStore(useAppContext().store, selector);
}

export const useStoreApi = (): AppStore => useAppContext().store;

/** Reads from the page's store (notice, pending import, waiting update, shown charts); its actions are stable. */
export function usePage<T>(selector: (state: PageState) => T): T {
  return useStore(useAppContext().page, selector);
}

export const usePageApi = (): PageStore => useAppContext().page;
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
