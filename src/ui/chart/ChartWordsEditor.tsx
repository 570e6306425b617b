import { lazy, Suspense, useState, type KeyboardEvent } from 'react';
import type { SeriesDefinition } from '../../model';
import { useApp, useT } from '../shared';
import './chart-words.css';

// The menu's contents load when it is first opened, not with the page (the first load stays within its budget).
const WordsMenuBody = lazy(() => import('./WordsMenuBody'));

/** The chart's words and arrows: a disclosure, keyboard-operable as it is; its contents stay mounted once opened. */
export function ChartWordsEditor({ series }: { series: SeriesDefinition }) {
  const t = useT();
  const lang = useApp((s) => s.settings.lang);
  const [opened, setOpened] = useState(false);

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !event.currentTarget.open) return;
    event.currentTarget.open = false;
    event.currentTarget.querySelector('summary')?.focus();
    event.stopPropagation();
  };

  return (
    <details className="words-menu" onKeyDown={onKeyDown} onToggle={(e) => e.currentTarget.open && setOpened(true)} data-testid={`words-menu-${series.id}`}>
      <summary className="button button--quiet" aria-label={t.slides.menuLabel(series.name[lang])}>
        ✎ {t.slides.menu}
      </summary>
      {opened && (
        <Suspense fallback={<p className="hint words-menu__body">{t.exchange.working}</p>}>
          <WordsMenuBody series={series} />
        </Suspense>
      )}
    </details>
  );
}
