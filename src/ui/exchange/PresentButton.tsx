import { lazy, Suspense, useRef, useState } from 'react';
import { useApp, useT } from '../shared';
import './present.css';
import { selectSeries } from '../../state';

// Present mode and the exporters it draws with load when it is first opened, not with the page.
const PresentMode = lazy(() => import('./PresentMode'));

/** "Present": the charts full screen, one a slide. Focus comes back to this button when it closes. */
export function PresentButton() {
  const t = useT();
  const series = useApp(selectSeries).filter((s) => s.baseModel);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <>
      <button type="button" className="button" ref={button} onClick={() => setOpen(true)} data-testid="present-open">
        ▶ {t.slides.present}
      </button>
      {open && series.length > 0 && (
        <Suspense fallback={null}>
          <PresentMode series={series} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
