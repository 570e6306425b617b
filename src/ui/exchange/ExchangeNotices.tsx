import { lazy, Suspense, useEffect } from 'react';
import { isErrorNotice as isError, usePage } from '../shared';

// Worded by a module loaded with the first notice: every notice follows an import, export or link, which load code anyway.
const NoticeMessage = lazy(() => import('./NoticeMessage'));
const ImportPreview = lazy(() => import('./ImportPreview'));

/** The latest export, import or link message, and the preview of a file or link waiting for Add or Cancel; good news fades, a refusal stays until dismissed. */
export function ExchangeNotices() {
  const notice = usePage((s) => s.notice);
  const pending = usePage((s) => s.pendingImport);
  const clearNotice = usePage((s) => s.clearNotice);
  const fades = notice !== undefined && !isError(notice);
  useEffect(() => {
    if (!fades) return;
    const timer = setTimeout(clearNotice, 8000);
    return () => clearTimeout(timer);
  }, [fades, notice, clearNotice]);
  // The live regions exist before their text does, so screen readers announce what arrives.
  return (
    <>
      {pending && (
        <Suspense fallback={null}>
          <ImportPreview key={pending.serial} pending={pending} />
        </Suspense>
      )}
      <div className="exchange-notices">
        <div role="status" aria-live="polite">
          {notice && !isError(notice) && (
            <Suspense fallback={null}>
              <NoticeMessage key={notice.serial} notice={notice} />
            </Suspense>
          )}
        </div>
        <div role="alert">
          {notice && isError(notice) && (
            <Suspense fallback={null}>
              <NoticeMessage key={notice.serial} notice={notice} />
            </Suspense>
          )}
        </div>
      </div>
    </>
  );
}
