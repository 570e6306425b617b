import { useEffect } from 'react';
import { useApp, usePage, useStoreApi } from '../shared';
import { statusCatalogues } from '../i18n/status';
import { MAX_SCENARIOS } from '../../state';
import type { Lost } from '../../state/merge-docs';
import { MAX_USER_SERIES } from '../../io/user-series-limits';
import { forgetAside, keepAside, PAGE_KEY } from './kept-aside';

// The scenario-file writer loads when the banner first shows (work is not being saved), not with the
// page: by the time the button is pressed it is in. A load that failed is tried again on the press.
let saveWork: Promise<typeof import('../exchange/save-work')> | undefined;
const loadSaveWork = () =>
  (saveWork ??= import('../exchange/save-work').catch((error: unknown) => {
    saveWork = undefined;
    throw error;
  }));

/** Says when work is not being saved, and offers the copy of saved work that could not be read. */
export default function Banners() {
  const words = statusCatalogues[useApp((s) => s.settings.lang)];
  const store = useStoreApi();
  const showNotice = usePage((s) => s.showNotice);
  const saveStatus = useApp((s) => s.saveStatus);
  const recovery = useApp((s) => s.recovery);
  const notes = useApp((s) => s.tabConflicts);
  const lang = useApp((s) => s.settings.lang);
  const tabConflicts = notes.filter((note): note is string => typeof note === 'string');
  const lost = notes.flatMap((note) => (typeof note === 'object' && 'lost' in note ? [note.lost] : []));
  // What earlier pages kept aside of what they could not keep (ui/app/kept-aside).
  const kept = notes.flatMap((note) => (typeof note === 'object' && 'kept' in note ? [note.kept] : []));
  // What several merges could not keep, as one: one banner, one file.
  const notKept: Lost = { scenarios: lost.flatMap((l) => l.scenarios), series: lost.flatMap((l) => l.series) };
  const download = (run: (module: typeof import('../exchange/save-work')) => void) =>
    void loadSaveWork().then(run, (error: unknown) => showNotice({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }));
  const baseUpdated = useApp((s) => s.baseUpdated);
  const unsaved = saveStatus !== 'saved';
  const offersFile = unsaved || lost.length > 0 || kept.length > 0;
  useEffect(() => {
    if (offersFile) void loadSaveWork().catch(() => undefined);
  }, [offersFile]);
  // Until it is downloaded or dismissed, what was not kept also waits in this browser's storage: a reload or a closed
  // tab does not lose it (the next page's banner offers it again).
  const lostNames = { scenarios: notKept.scenarios.map((s) => s.name), series: notKept.series.map((u) => u.definition.name[lang]) };
  useEffect(() => {
    if (!lost.length) return;
    void loadSaveWork().then(({ lostFile }) => keepAside(PAGE_KEY, { ...lostNames, file: lostFile(notKept, store.getState().doc) }, window.localStorage), () => undefined);
    // Written again only when more is not kept (a merge adds a note; a dismissal takes them all), not on a change of
    // language or of the other notes: what was downloaded since is not put back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lost.length]);
  // Downloaded or dismissed: the entries go from this browser's storage, and (dismissed) their notes from the page.
  const letGo = (keys: readonly string[], kind: 'lost' | 'kept') => {
    forgetAside(keys, window.localStorage);
    store.getState().setTabConflicts(notes.filter((note) => !(typeof note === 'object' && kind in note)));
  };
  return (
    <>
      {unsaved && (
        <div className="banner banner--warn" role="alert" data-testid="save-status">
          <p>{saveStatus === 'failed' ? words.failed : words.unavailable}</p>
          <button
            type="button"
            className="button"
            onClick={() =>
              download(({ downloadWork }) => {
                const { doc, settings } = store.getState();
                downloadWork(doc, settings);
              })
            }
          >
            {words.downloadWork}
          </button>
        </div>
      )}
      {baseUpdated !== undefined && (
        <div className="banner" role="status" data-testid="base-updated">
          <p>{baseUpdated ? words.baseUpdated(baseUpdated) : words.baseUpdatedFull(MAX_SCENARIOS)}</p>
          <button type="button" className="button button--quiet" onClick={() => store.getState().setBaseUpdated(undefined)}>
            {words.dismiss}
          </button>
        </div>
      )}
      {tabConflicts.length > 0 && (
        <div className="banner banner--warn" role="alert" data-testid="tab-conflict">
          <p>{words.tabConflict(tabConflicts)}</p>
          <button type="button" className="button button--quiet" onClick={() => store.getState().setTabConflicts(notes.filter((note) => typeof note !== 'string'))}>
            {words.dismiss}
          </button>
        </div>
      )}
      {lost.length > 0 && (
        <div className="banner banner--warn" role="alert" data-testid="tab-lost">
          <p>
            {words.lost(lostNames.scenarios, lostNames.series, { scenarios: MAX_SCENARIOS, series: MAX_USER_SERIES })}
          </p>
          <button
            type="button"
            className="button"
            onClick={() =>
              download(({ downloadLost }) => {
                downloadLost(notKept, store.getState().doc);
                forgetAside([PAGE_KEY], window.localStorage);
              })
            }
          >
            {words.downloadLost}
          </button>
          <button type="button" className="button button--quiet" onClick={() => letGo([PAGE_KEY], 'lost')}>
            {words.dismiss}
          </button>
        </div>
      )}
      {kept.length > 0 && (
        <div className="banner banner--warn" role="alert" data-testid="tab-kept">
          <p>
            {words.kept(
              kept.flatMap((k) => k.scenarios),
              kept.flatMap((k) => k.series),
            )}
          </p>
          {/* One file each (usually one): each is a whole file the import button reads back. */}
          {kept.map((k, i) => (
            <button
              key={k.key}
              type="button"
              className="button"
              onClick={() =>
                download(({ downloadKept }) => {
                  downloadKept(k.file);
                  forgetAside([k.key], window.localStorage);
                })
              }
            >
              {kept.length > 1 ? `${words.downloadLost} (${i + 1})` : words.downloadLost}
            </button>
          ))}
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              letGo(
                kept.map((k) => k.key),
                'kept',
              )
            }
          >
            {words.dismiss}
          </button>
        </div>
      )}
      {recovery && (
        <div className="banner banner--warn" role="alert" data-testid="recovery">
          <p>
            {recovery.reason === 'corrupt' ? words.recoveredCorrupt : recovery.reason === 'newer' ? words.recoveredNewer : words.recoveredInvalid}{' '}
            {words.recoveredKept}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              const url = URL.createObjectURL(new Blob([recovery.raw], { type: 'application/json' }));
              const link = document.createElement('a');
              link.href = url;
              link.download = 'forecast-saved-work-copy.json';
              link.click();
              setTimeout(() => URL.revokeObjectURL(url), 1000);
            }}
          >
            {words.download}
          </button>
          <button type="button" className="button button--quiet" onClick={() => store.getState().setRecovery(undefined)}>
            {words.dismiss}
          </button>
        </div>
      )}
    </>
  );
}
