import type { ReadResult } from '../../io/saved-state';
import { STORAGE_KEY, type AppStore, type Doc } from '../../state';
import { mergeDocs, sameJson } from '../../state/merge-docs';

export interface TabSync {
  /** What this tab just wrote: the point both tabs now agree on. */
  written(doc: Doc): void;
}

/**
 * Keeps this tab in step with the others on the same saved work (issue 15): when another tab writes,
 * its doc is merged into this one per scenario against what both last agreed on (state/merge-docs),
 * so no edit in one tab silently undoes one in another; a true conflict keeps both and is told.
 */
export function listenToOtherTabs(
  store: AppStore,
  target: Pick<Window, 'addEventListener'>,
  // The saved-work door (io/saved-state's readSavedState), or undefined while it has not loaded: an
  // event before then is left for the saved work's first read, which reads what is saved by then.
  read: (raw: string) => ReadResult | undefined,
): TabSync {
  let base: Doc = store.getState().doc;
  target.addEventListener('storage', (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY || event.newValue === null) return;
    const result = read(event.newValue);
    if (!result?.ok) return;
    const theirs = result.state.doc;
    const mine = store.getState().doc;
    const { doc, conflicts } = mergeDocs(base, mine, theirs);
    base = theirs;
    // Not an undo step: undo walks this tab's own changes.
    if (!sameJson(doc, mine)) store.setState({ doc });
    if (conflicts.length) store.getState().setTabConflicts([...store.getState().tabConflicts, ...conflicts]);
  });
  return {
    written: (doc) => {
      base = doc;
    },
  };
}
