import { lazy, Suspense, useEffect, useLayoutEffect, useState } from 'react';
import { useApp, usePage, useReport, useStoreApi, useT } from '../shared';
import { AssumptionsPanel } from '../assumptions';
import { ChartPanel, ConflictLine, tablePart } from '../chart';
import { ExchangeNotices, ImportButton, PresentButton } from '../exchange';
import { ScenarioPanel } from '../scenarios';
import { SeriesButton } from '../series';
import { SettingsBar } from './SettingsBar';
import { StatusBanner } from './StatusBanner';
import { useUndoKeys } from './use-undo-keys';
import { dragSession } from '../drag';
import { loadCatalogue } from '../i18n';
import type { Lang } from '../../model';
import { Hydrated, HydrationGate, languagePath } from '../shared';
import { selectSeries } from '../../state';

// Below the charts, so it loads after the first paint and keeps the first load small.
const AuditPanel = lazy(() => import('../audit/AuditPanel').then((m) => ({ default: m.AuditPanel })));
// On paper only: the assumptions in words (the screen shows them as controls).
const PrintSummary = lazy(() => import('../exchange/PrintSummary'));

export interface AppProps {
  /**
   * Called once the page, the audit's lazy part included, has been hydrated (main.tsx then loads the
   * saved work): an update that reached a part still waiting for its chunk would be drawn anew on the
   * client, not hydrated.
   */
  readonly onHydrated?: () => void;
}

export function App({ onHydrated }: AppProps = {}) {
  const t = useT();
  const store = useStoreApi();
  const showNotice = usePage((s) => s.showNotice);
  const report = useReport();
  const lang = useApp((s) => s.settings.lang);
  const theme = useApp((s) => s.settings.theme);
  const series = useApp(selectSeries);
  const canUndo = useApp((s) => s.past.length > 0);
  const canRedo = useApp((s) => s.future.length > 0);
  useUndoKeys(store);
  // The print summary is wanted only on paper: it loads once the page is idle, not beside the audit.
  const [printSummary, setPrintSummary] = useState(false);
  useEffect(() => {
    const show = () => setPrintSummary(true);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(show, { timeout: 3000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(show, 1500);
    return () => clearTimeout(id);
  }, []);
  // The page switches once the language's catalogue is in (loaded when idle, so usually at once):
  // the words, the page's language and what is exported change together.
  const chooseLanguage = (next: Lang) =>
    loadCatalogue(next).then(
      () => store.getState().switchLanguage(next),
      () => showNotice({ kind: 'language-unavailable' }),
    );
  // A slider's move drawn but not stored yet (the store's draft) is stored before any other change
  // (drag-preview.ts); the page listens for drags while the app is on it (slider-drag.ts).
  useLayoutEffect(() => {
    const session = dragSession(store);
    store.getState().setBeforeChange(session.flushFirst);
    const release = session.listen();
    return () => {
      store.getState().setBeforeChange(undefined);
      release();
    };
  }, [store]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.theme = theme;
    document.title = t.appTitle;
    // The page of each language has its own address (prerendered at build time): the address follows
    // the language chosen here, without reloading, so a reload or a bookmark opens it in that language.
    if (document.documentElement.dataset.pageLang) {
      const path = languagePath(window.location.pathname, lang);
      // The links keep naming what they did (the app's folder's ./icons/ would be asked for under zh/), the
      // manifest the page's language (the installed app's name).
      for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')) {
        const href = link.href.replace(/manifest\.\w+\./, `manifest.${lang}.`);
        if (link.getAttribute('href') !== href) link.href = href;
      }
      if (path !== window.location.pathname) window.history.replaceState(window.history.state, '', path + window.location.search + window.location.hash);
    }
  }, [lang, theme, t]);

  const set = store.getState().setSettings;
  // Drawn at build time and hydrated when their chunks are in: the audit, and each chart's table.
  const charted = series.filter((s) => s.baseModel);
  const hydratedParts = ['audit', ...charted.map((s) => tablePart(s.id))];
  return (
    <HydrationGate parts={hydratedParts} done={onHydrated}>
    <div className="app">
      <header className="app__header">
        <div>
          <h1>{t.appTitle}</h1>
          <p className="subtitle">{t.appSubtitle}</p>
        </div>
        <nav className="toolbar" aria-label={t.toolbar}>
          <ImportButton />
          <SeriesButton />
          <button type="button" className="button" onClick={() => store.getState().undo()} disabled={!canUndo} title="Ctrl+Z" data-testid="undo">
            ↶ {t.undo}
          </button>
          <button type="button" className="button" onClick={() => store.getState().redo()} disabled={!canRedo} title="Ctrl+Shift+Z" data-testid="redo">
            ↷ {t.redo}
          </button>
          <label>
            <span className="sr-only">{t.language}</span>
            <select value={lang} onChange={(e) => chooseLanguage(e.target.value as Lang)} aria-label={t.language} data-testid="language">
              <option value="zh">中文</option>
              <option value="en">English</option>
            </select>
          </label>
          <button type="button" className="button" onClick={() => set({ theme: theme === 'dark' ? 'light' : 'dark' })} aria-pressed={theme === 'dark'} data-testid="theme">
            {theme === 'dark' ? `☀ ${t.theme.light}` : `☾ ${t.theme.dark}`}
          </button>
        </nav>
      </header>
      <ConflictLine />
      <StatusBanner />
      <ExchangeNotices />
      <SettingsBar />
      <main className="app__main">
        <aside className="app__side">
          <ScenarioPanel />
          <AssumptionsPanel />
        </aside>
        <div className="app__charts">
          <div className="app__present">
            <PresentButton />
          </div>
          {charted.map((s) => (
            <ChartPanel key={s.id} series={s} />
          ))}
          <Suspense fallback={null}>{printSummary && <PrintSummary />}</Suspense>
          <Suspense fallback={null}>
            <AuditPanel />
            <Hydrated part="audit" />
          </Suspense>
        </div>
      </main>
      <footer className="app__footer">
        {t.footer.source(report.report.publisher[lang], report.report.date, [...new Set(report.series.map((s) => s.citedSource[lang]))].join(lang === 'zh' ? '、' : '; '))}
      </footer>
    </div>
    </HydrationGate>
  );
}

