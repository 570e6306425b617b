import { useEffect } from 'react';
import { useApp, usePage, useStoreApi } from '../shared';
import { statusCatalogues } from '../i18n/status';
import { MAX_SCENARIOS } from '../../state';

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
  const tabConflicts = useApp((s) => s.tabConflicts);
  const baseUpdated = useApp((s) => s.baseUpdated);
  const unsaved = saveStatus !== 'saved';
  useEffect(() => {
    if (unsaved) void loadSaveWork().catch(() => undefined);
  }, [unsaved]);
  return (
    <>
      {unsaved && (
        <div className="banner banner--warn" role="alert" data-testid="save-status">
          <p>{saveStatus === 'failed' ? words.failed : words.unavailable}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              void loadSaveWork().then(
                ({ downloadWork }) => {
                  const { doc, settings } = store.getState();
                  downloadWork(doc, settings);
                },
                (error: unknown) => showNotice({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
              );
            }}
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
          <button type="button" className="button button--quiet" onClick={() => store.getState().setTabConflicts([])}>
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
