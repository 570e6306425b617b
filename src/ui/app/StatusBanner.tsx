import { lazy, Suspense } from 'react';
import { useApp } from '../shared';

// The banners (and their downloads) load the first time one has something to say, not with the page:
// most visits never see one.
const Banners = lazy(() => import('./Banners'));

/** Says when work is not being saved, that another tab changed the same scenario, or that saved work could not be read. */
export function StatusBanner() {
  const due = useApp((s) => s.saveStatus !== 'saved' || s.recovery !== undefined || s.tabConflicts.length > 0);
  return due ? (
    <Suspense fallback={null}>
      <Banners />
    </Suspense>
  ) : null;
}
