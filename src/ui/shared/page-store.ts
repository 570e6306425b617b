import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ChartData } from '../../charts/types';
import type { ExchangedScenario, ExchangeView } from '../../io/scenario-file';
import type { UserSeries } from '../../state';
import type { Notice } from './notice';

/**
 * A file or link read and accepted by the door, waiting for the user's Add or Cancel: nothing is added
 * to the user's work before they have seen what it holds (issue 15: a link used to add unseen).
 */
export interface PendingImport {
  readonly scenarios: readonly ExchangedScenario[];
  readonly view?: ExchangeView;
  /** Series of one's own it carries (a scenario file v2, an s2 link, a series library file). */
  readonly series?: readonly UserSeries[];
  readonly from: 'file' | 'link';
  readonly fileName?: string;
  /** A file that was not UTF-8, read as GB18030 (io/import-door): the preview asks for its names to be checked. */
  readonly decodedAs?: 'gb18030';
  /** Runs after Add (a link then drops its fragment, so a reload does not ask again). */
  readonly onAdded?: () => void;
}

/**
 * What the page says and shows beside the user's work: a notice, a file or link waiting to be added, a
 * new build waiting, and each chart as its panel draws it now (present mode shows exactly those). One
 * store per page, made beside the app's store and handed down with it (AppProvider): never saved, never
 * undone, and a test's page starts from nothing without resetting modules.
 */
export interface PageState {
  /** Numbered, so the same notice given twice is shown (and announced) twice. */
  readonly notice: (Notice & { readonly serial: number }) | undefined;
  readonly pendingImport: (PendingImport & { readonly serial: number }) | undefined;
  /** Switches to a new build installed by the service worker and reloads: offered, never run by itself. */
  readonly waitingUpdate: (() => void) | undefined;
  readonly shownCharts: Readonly<Record<string, ChartData>>;
  showNotice(notice: Notice): void;
  clearNotice(): void;
  /** Shows the preview of what a file or link holds; a newer one replaces one not yet answered. */
  askBeforeAdding(pending: PendingImport): void;
  closePreview(): void;
  announceUpdate(reload: () => void): void;
  showChart(seriesId: string, data: ChartData | undefined): void;
}

export type PageStore = StoreApi<PageState>;

export function createPageStore(): PageStore {
  let serial = 0;
  return createStore<PageState>()((set, get) => ({
    notice: undefined,
    pendingImport: undefined,
    waitingUpdate: undefined,
    shownCharts: {},
    showNotice: (notice) => set({ notice: { ...notice, serial: ++serial } }),
    clearNotice: () => set({ notice: undefined }),
    askBeforeAdding: (pending) => set({ pendingImport: { ...pending, serial: ++serial } }),
    closePreview: () => set({ pendingImport: undefined }),
    announceUpdate: (reload) => set({ waitingUpdate: reload }),
    showChart: (seriesId, data) => {
      const { [seriesId]: _old, ...rest } = get().shownCharts;
      set({ shownCharts: data ? { ...rest, [seriesId]: data } : rest });
    },
  }));
}
