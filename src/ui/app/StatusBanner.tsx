import { downloadWork } from '../exchange';
import { useApp, useStoreApi, useT } from '../shared';
import { useWaitingUpdate } from './update-notice';

/** Says when work is not being saved, and offers the copy of saved work that could not be read. */
export function StatusBanner() {
  const t = useT();
  const store = useStoreApi();
  const saveStatus = useApp((s) => s.saveStatus);
  const recovery = useApp((s) => s.recovery);
  const tabConflicts = useApp((s) => s.tabConflicts);
  const update = useWaitingUpdate();
  return (
    <>
      {update && (
        <div className="banner" role="status" data-testid="update-ready">
          <p>{t.update.ready}</p>
          <button type="button" className="button" onClick={update} data-testid="update-reload">
            {t.update.reload}
          </button>
        </div>
      )}
      {saveStatus !== 'saved' && (
        <div className="banner banner--warn" role="alert" data-testid="save-status">
          <p>{saveStatus === 'failed' ? t.status.failed : t.status.unavailable}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              const { doc, settings } = store.getState();
              downloadWork(doc, settings);
            }}
          >
            {t.status.downloadWork}
          </button>
        </div>
      )}
      {tabConflicts.length > 0 && (
        <div className="banner banner--warn" role="alert" data-testid="tab-conflict">
          <p>{t.status.tabConflict(tabConflicts.map((name) => `“${name}”`).join(', '))}</p>
          <button type="button" className="button button--quiet" onClick={() => store.getState().setTabConflicts([])}>
            {t.status.dismiss}
          </button>
        </div>
      )}
      {recovery && (
        <div className="banner banner--warn" role="alert" data-testid="recovery">
          <p>
            {recovery.reason === 'corrupt' ? t.status.recoveredCorrupt : recovery.reason === 'newer' ? t.status.recoveredNewer : t.status.recoveredInvalid}{' '}
            {t.status.recoveredKept}
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
            {t.status.download}
          </button>
          <button type="button" className="button button--quiet" onClick={() => store.getState().setRecovery(undefined)}>
            {t.status.dismiss}
          </button>
        </div>
      )}
    </>
  );
}
