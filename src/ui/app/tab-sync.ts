import type { ReadResult } from '../../io/saved-state';
import { STORAGE_KEY, type AppStore, type Doc } from '../../state';
import { mergeDocs, sameJson } from '../../state/merge-docs';

export interface TabSync {
  /** What this tab just wrote: the point both tabs now agree on. */
  written(doc: Doc): void;
  /**
   * Before this tab writes: what is saved now (`raw`), if another tab wrote it and this tab has not heard it
   * yet, is merged in first, so the write does not undo it (two writes a few milliseconds apart).
   */
  catchUp(raw: string | null): void;
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
  const merge = (raw: string) => {
    const result = read(raw);
    if (!result?.ok) return;
    const theirs = result.state.doc;
    // Heard already (or this tab's own last write): nothing new.
    if (sameJson(theirs, base)) return;
    const mine = store.getState().doc;
    const { doc, conflicts } = mergeDocs(base, mine, theirs);
    base = theirs;
    // Not an undo step: undo walks this tab's own changes.
    if (!sameJson(doc, mine)) store.setState({ doc });
    if (conflicts.length) store.getState().setTabConflicts([...store.getState().tabConflicts, ...conflicts]);
  };
  target.addEventListener('storage', (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY || event.newValue === null) return;
    merge(event.newValue);
  });
  return {
    written: (doc) => {
      base = doc;
    },
    catchUp: (raw) => {
      if (raw !== null) merge(raw);
    },
  };
}
