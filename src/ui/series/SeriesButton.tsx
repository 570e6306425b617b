import { lazy, Suspense, useState } from 'react';
import { useT } from '../shared';

// The list, the form and the paste preview are a chunk of their own, loaded on the first press.
const SeriesDialog = lazy(() => import('./SeriesDialog'));

/** "Add a series": opens the series of the page, the report's and the user's own, and the form to add one. */
export function SeriesButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)} data-testid="series-open">
        + {t.addSeries}
      </button>
      <Suspense fallback={null}>{open && <SeriesDialog onClose={() => setOpen(false)} />}</Suspense>
    </>
  );
}
