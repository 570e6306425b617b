import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ExchangedScenario, ExchangeView } from '../../io/scenario-file';

/**
 * A file or link read and accepted by the door, waiting for the user's Add or Cancel: nothing is added
 * to the user's work before they have seen what it holds (issue 15: a link used to add unseen).
 * Transient: never saved, never undone.
 */
export interface PendingImport {
  readonly scenarios: readonly ExchangedScenario[];
  readonly view?: ExchangeView;
  readonly from: 'file' | 'link';
  readonly fileName?: string;
  /** Runs after Add (a link then drops its fragment, so a reload does not ask again). */
  readonly onAdded?: () => void;
}

interface PendingState {
  readonly pending: (PendingImport & { readonly serial: number }) | undefined;
}

export const pendingImports = createStore<PendingState>(() => ({ pending: undefined }));
let serial = 0;

/** Shows the preview of what a file or link holds; a newer one replaces one not yet answered. */
export const askBeforeAdding = (pending: PendingImport): void => pendingImports.setState({ pending: { ...pending, serial: ++serial } });
export const closePreview = (): void => pendingImports.setState({ pending: undefined });
export const usePendingImport = () => useStore(pendingImports, (s) => s.pending);
