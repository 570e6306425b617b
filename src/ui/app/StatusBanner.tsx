import { lazy, Suspense } from 'react';
import { useApp, usePage, useT } from '../shared';

// The warning banners (and their downloads) load the first time one has something to say, not with
// the page: most visits never see one.
const Banners = lazy(() => import('./Banners'));

/**
 * Says when a new version is ready (reloaded only when the reader chooses), when work is not being
 * saved, that another tab changed the same scenario, or that saved work could not be read.
 */
export function StatusBanner() {
  const t = useT();
  const update = usePage((s) => s.waitingUpdate);
  const due = useApp((s) => s.saveStatus !== 'saved' || s.recovery !== undefined || s.tabConflicts.length > 0 || s.baseUpdated !== undefined);
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
      {due && (
        <Suspense fallback={null}>
          <Banners />
        </Suspense>
      )}
    </>
  );
}
