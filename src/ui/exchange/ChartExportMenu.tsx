import { lazy, Suspense, useRef, useState, type KeyboardEvent } from 'react';
import type { ChartData } from '../../charts/types';
import type { SeriesDefinition } from '../../model';
import { useApp, useT } from '../shared';
import './exchange.css';

// The menu's contents (and everything they export with) load when a menu is first opened, not with the page.
const ExportMenuBody = lazy(() => import('./ExportMenuBody'));

/** Export, copy, share and embed one chart (and, from here too, the data of all charts): a disclosure, keyboard-operable as it is. */
export function ChartExportMenu({ series, data }: { series: SeriesDefinition; data?: ChartData }) {
  const t = useT();
  const lang = useApp((s) => s.settings.lang);
  const root = useRef<HTMLDetailsElement>(null);
  // Once opened, the contents stay mounted (hidden while closed), so the chosen size and ratio are kept.
  const [opened, setOpened] = useState(false);

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !root.current?.open) return;
    root.current.open = false;
    root.current.querySelector('summary')?.focus();
    event.stopPropagation();
  };

  return (
    <details className="export-menu" ref={root} onKeyDown={onKeyDown} onToggle={(e) => e.currentTarget.open && setOpened(true)} data-testid={`export-menu-${series.id}`}>
      <summary className="button button--quiet" aria-label={t.exchange.menuLabel(series.name[lang])}>
        ⤓ {t.exchange.menu}
      </summary>
      {opened && (
        <Suspense
          fallback={
            <div className="export-menu__body">
              <p className="hint">{t.exchange.working}</p>
            </div>
          }
        >
          <ExportMenuBody series={series} menu={root} chart={data} />
        </Suspense>
      )}
    </details>
  );
}
