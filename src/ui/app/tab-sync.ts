import type { ReadResult } from '../../io/saved-state';
import { STORAGE_KEY, translateGivenText, type AppStore, type Doc, type SavedState, type Settings, type Step, type View } from '../../state';
import { mergeDocs, rebaser, sameJson } from '../../state/merge-docs';
import { MAX_USER_SERIES } from '../../io/user-series-limits';
import { restoreKeptAside } from './kept-aside';

/**
 * The tab sync as the page starts it (main.tsx): listening to the other tabs, and what an earlier page could not keep
 * of its work and kept aside, not yet downloaded, offered again (ui/app/kept-aside).
 */
export function startTabSync(store: AppStore, page: Pick<Window, 'addEventListener' | 'localStorage'>, read: (raw: string) => ReadResult | undefined): TabSync {
  restoreKeptAside(store, page.localStorage);
  return listenToOtherTabs(store, page, read);
}

// The view as the undo steps hold it (state's viewOf, written here so the page's first script need not export it).
const viewOf = ({ lang: _lang, theme: _theme, ...view }: Settings): View => view;

export interface TabSync {
  /** What this tab just wrote: the point both tabs now agree on. */
  written(state: SavedState): void;
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
  let baseView: View = viewOf(store.getState().settings);
  const merge = (raw: string) => {
    const result = read(raw);
    if (!result?.ok) return;
    // The names the app gave, in this tab's language: another tab writes them in its own.
    const lang = store.getState().settings.lang;
    const theirs = { ...result.state.doc, scenarios: result.state.doc.scenarios.map((s) => translateGivenText(s, lang)) };
    const theirView = viewOf(result.state.settings);
    // Heard already (or this tab's own last write): nothing new.
    if (sameJson(theirs, base) && sameJson(theirView, baseView)) return;
    const { doc: mine, settings, past, future } = store.getState();
    const was = base;
    const { doc, conflicts, lost } = mergeDocs(was, mine, theirs, MAX_USER_SERIES);
    // The view (currency, rate, years…): each setting this tab has not changed since they agreed is the other
    // tab's, so this tab's next write does not put back what it had.
    // The two years are one setting: taken together from one side, they stay a span (2035–2045 from one tab and
    // 2026 as the end from the other made 2035–2026).
    const together = (key: keyof View): (keyof View)[] => (key === 'yearFrom' || key === 'yearTo' ? ['yearFrom', 'yearTo'] : [key]);
    const theirsWhereTheyChanged = (view: View, by: (key: keyof View) => boolean) =>
      Object.fromEntries(Object.entries(view).map(([key, value]) => [key, by(key as keyof View) ? theirView[key as keyof View] : value])) as View;
    const mineView = viewOf(settings);
    const view = theirsWhereTheyChanged(mineView, (key) => together(key).every((k) => sameJson(mineView[k], baseView[k])));
    // This tab's undo steps take in the other tab's work too (its docs, the settings it changed), so an undo
    // takes back this tab's change alone, never what the other tab made since (its scenario, its series).
    const rebase = sameJson(was, theirs) ? undefined : rebaser(was, theirs);
    const rebased = (steps: readonly Step[]) =>
      steps.map((s) => ({
        ...s,
        ...(s.doc && rebase && { doc: rebase(s.doc) }),
        ...(s.view && { view: theirsWhereTheyChanged(s.view, (key) => together(key).some((k) => !sameJson(theirView[k], baseView[k]))) }),
      }));
    // Not an undo step: undo walks this tab's own changes.
    const change = {
      ...(!sameJson(doc, mine) && { doc }),
      ...(!sameJson(view, mineView) && { settings: { ...settings, ...view } }),
      past: rebased(past),
      future: rebased(future),
    };
    base = theirs;
    baseView = theirView;
    store.setState(change);
    if (conflicts.length || lost) store.getState().setTabConflicts([...store.getState().tabConflicts, ...conflicts, ...(lost ? [{ lost }] : [])]);
  };
  target.addEventListener('storage', (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY || event.newValue === null) return;
    // An event heard after what it carries was overwritten: this tab's own write took it in already (catchUp), or
    // the newer write's own event is on its way. Merged now, its older content would undo this tab's change.
    if (event.storageArea && event.storageArea.getItem(STORAGE_KEY) !== event.newValue) return;
    merge(event.newValue);
  });
  return {
    written: (state) => {
      base = state.doc;
      baseView = viewOf(state.settings);
    },
    catchUp: (raw) => {
      if (raw !== null) merge(raw);
    },
  };
}
