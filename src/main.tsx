import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { reportData } from './io/report-fixture';
import type { ReadResult } from './io/saved-state';
import { safeStorage } from './io/safe-storage';
import { createAppStore, loadSavedWork, STORAGE_KEY, type AppStore } from './state';
import { AppProvider, createPageStore, type PageStore } from './ui/shared';
import { App, type TabSync } from './ui/app';
import { preloadTable } from './ui/chart';
import { browserLang, loadCatalogue, otherLang } from './ui/i18n';
import type { Lang } from './model';

const report = reportData();
const container = document.getElementById('root')!;
// The language the page was drawn in at build time (src/prerender-pages.mjs: /zh/, /en/, and the app's
// folder in Chinese), or none (the development server): then the browser's language.
const given = document.documentElement.dataset.pageLang;
const pageLang: Lang | undefined = given === 'zh' || given === 'en' ? given : undefined;
const lang = pageLang ?? browserLang(navigator.languages);
// A shared link carries its state in the fragment, "#s1.<payload>"; an embed is "#embed=<series>&s1.<payload>"
// (io/share-link). The decoder is loaded only when there is something to decode.
const fragment = window.location.hash.slice(1);
const isShared = (text: string) => /(?:^|&)s\d+\./.test(text);

if (/(?:^|&)embed=/.test(fragment)) void startEmbed();
else void startApp();

/**
 * Loads the catalogue the page opens in (the other language's if that one cannot be had), then,
 * once the page is idle, the other one, so a switch of language finds it loaded.
 */
async function loadWords(lang: Lang): Promise<Lang> {
  const had = await loadCatalogue(lang).then(
    () => lang,
    () => loadCatalogue(otherLang(lang)).then(() => otherLang(lang)),
  );
  const later = () => void loadCatalogue(otherLang(lang)).catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(later, { timeout: 2000 });
  else setTimeout(later, 500);
  return had;
}

/**
 * When no catalogue can be had (offline, or a page cached from before a new version whose chunks are
 * gone), the page says so, in both languages: the only words outside the catalogues.
 */
function cannotStart(): void {
  createRoot(container).render(
    <div className="load-error" role="alert">
      <p lang="zh-CN">页面的文字未能加载，请刷新页面。</p>
      <p lang="en">The page's words could not be loaded: please reload the page.</p>
    </div>,
  );
}

/** Whether this device holds no saved work at all (STORAGE_KEY absent); false when storage cannot be asked. */
function nothingSaved(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === null;
  } catch {
    return false;
  }
}

/** Marks the page as the visitor's: hydrated (or drawn) with their saved work in (tests and the startup bench wait for it). */
const ready = () => {
  container.inert = false;
  document.documentElement.dataset.ready = 'true';
  // In the page's own clock, before anything asked for after it (a first visit's saved-work reader).
  performance.mark('ready');
};

/**
 * The service worker that keeps the app for offline use, registered once the page is idle after its
 * first paint; its code (workbox-window) is a chunk of its own, outside the first load.
 */
function keepForOffline(page: PageStore): void {
  if (!import.meta.env.PROD) return;
  const register = () => void import('./ui/app/service-worker').then((m) => m.registerServiceWorker(page), () => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(register, { timeout: 3000 });
  else setTimeout(register, 1000);
}

async function startApp(): Promise<void> {
  // The storage reports to the store it serves, which exists only once the storage has been made.
  const holder: { store?: AppStore } = {};
  const tell = (act: (store: AppStore) => void) =>
    holder.store ? act(holder.store) : queueMicrotask(() => holder.store && act(holder.store));
  // Other tabs on the same saved work: their changes merge into this one's (ui/app/tab-sync).
  const tabs: { sync?: TabSync } = {};
  // The door saved work comes back through, with its schemas: loaded when the saved work is read
  // (after the first paint), not with the page's first script.
  let read: ((raw: string) => ReadResult) | undefined;
  const storage = safeStorage(() => window.localStorage, {
    onStatus: (status) => tell((store) => store.getState().setSaveStatus(status)),
    onRecovery: (recovery) => tell((store) => store.getState().setRecovery(recovery)),
    onWritten: (state) => tabs.sync?.written(state),
    beforeWrite: (saved) => tabs.sync?.catchUp(saved),
  }, {
    delayMs: 300,
    lifecycle: window,
    // Before the door is in, only a first visit reads (finding nothing); should another tab have saved in
    // that instant, what it saved is kept aside as a recovery, never written over.
    read: (raw) => (read ? read(raw) : { ok: false, reason: 'invalid', detail: 'read before the saved-work reader loaded' }),
  });
  const loadSaved = async () => {
    try {
      // The tab sync comes with the reader: it can do nothing before the reader is in, and events until
      // then are left for the first read, which reads what is saved by then.
      const [door, sync] = await Promise.all([import('./io/saved-state'), import('./ui/app/tab-sync')]);
      read ??= door.readSavedState;
      tabs.sync ??= sync.startTabSync(store, window, (raw) => read?.(raw));
    } catch {
      // The reader's chunk could not be had (a cached page of an older build, offline): nothing is read
      // or written, and the banner says so and offers the work as a file, rather than a silent loss.
      store.getState().setSaveStatus('unavailable');
      return;
    }
    // A first visit read its (empty) saved work before hydrating: only the tab sync was still to come.
    if (!firstVisit) await loadSavedWork(store);
    // What this tab and the others now agree on: the saved work just read.
    tabs.sync?.written(store.getState());
  };
  // The audit's and the tables' chunks, fetched beside the words: their parts of the drawn page are
  // hydrated right after the rest, and the saved work is read once they have been (App's onHydrated),
  // so the wait is short.
  if (pageLang) {
    void import('./ui/audit/AuditPanel').catch(() => undefined);
    void preloadTable().catch(() => undefined);
  }
  // A prerendered page is hydrated with the state it was drawn in; the saved work is read after (and
  // on the development server, before the first render: loadSaved below).
  const store = createAppStore({ series: report.series, lang, storage, loadLater: true });
  holder.store = store;
  // What the page says beside the work (notices, a link waiting for Add, a new build waiting): handed to
  // the app with its store, and spoken to from here when a link is opened or a new build is installed.
  const page = createPageStore();
  let words: Lang;
  try {
    words = await loadWords(store.getState().settings.lang);
  } catch {
    return cannotStart();
  }
  // A first visit to a page drawn at build time: nothing saved on this device yet (storage that cannot be
  // asked counts as something saved, so the page waits for the usual read and its banner).
  const firstVisit = pageLang !== undefined && words === pageLang && nothingSaved();

  // A link opened in a new tab, or pasted into the address bar of this one (a same-page navigation).
  const open = (fragment: string) => {
    if (!isShared(fragment)) return;
    void import('./io/share-link').then(({ decodeShareFragment }) => {
      const { askBeforeAdding, showNotice } = page.getState();
      const result = decodeShareFragment(fragment);
      if (!result.ok) return showNotice({ ...result, kind: 'import-error', from: 'link' });
      // Nothing is added before the reader has seen what the link holds and chosen Add (ImportPreview).
      askBeforeAdding({
        ...result,
        from: 'link',
        // Opened once: a reload must not offer the same scenarios again. A refused or cancelled link stays, to be looked at.
        onAdded: () => window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search),
      });
    });
  };
  // Saved work, and a link the page was opened with, once the page drawn at build time has been
  // hydrated: the visitor's own scenarios replace the report's default at once.
  let started = false;
  const afterHydration = () => {
    if (started) return;
    started = true;
    // A first visit is the visitor's as soon as it is hydrated: there is no saved work to wait for.
    if (firstVisit) ready();
    void loadSaved().then(() => {
      // The page's address says its language (a saved choice of the other one sent the visitor there), and the
      // names the app gave follow it (an English tab may have written them). Not on a first visit: nothing was
      // read, and the page has been the visitor's since it was hydrated, so a language chosen meanwhile is
      // theirs, not to be switched back when the reader arrives.
      if (!firstVisit) store.getState().switchLanguage(lang);
      open(fragment);
      ready();
      keepForOffline(page);
    });
  };
  const app = (hydrating: boolean) => (
    <StrictMode>
      <AppProvider store={store} report={report} page={page}>
        <App {...(hydrating ? { onHydrated: afterHydration } : {})} />
      </AppProvider>
    </StrictMode>
  );
  // Hydrated only in the language it was drawn in; if that catalogue could not be had, drawn anew in the other.
  if (pageLang && words === pageLang) {
    if (firstVisit) {
      // Nothing saved: reading it now finds nothing (no reader needed) and opens saving, so an edit made
      // while the rest loads is kept and written like any other.
      await loadSavedWork(store);
    } else {
      // Until the saved work is in, the drawn page takes no input: an edit made to the default in that
      // moment would be replaced by the saved work as it loads, and so lost.
      container.inert = true;
    }
    hydrateRoot(container, app(true));
  } else {
    await loadSaved();
    // The saved work may be in the other language (the development server has no page per language).
    const saved = store.getState().settings.lang;
    if (saved !== words) await loadCatalogue(saved).catch(() => store.getState().switchLanguage(words));
    createRoot(container).render(app(false));
    open(fragment);
    ready();
    keepForOffline(page);
  }

  window.addEventListener('hashchange', () => open(window.location.hash.slice(1)));
}

/** One chart for an <iframe>: read-only, with no storage, so it never reads or writes the visitor's saved work. */
async function startEmbed(): Promise<void> {
  const store = createAppStore({ series: report.series, lang });
  // The words load beside the embed's own chunks (a link does not change the language).
  const words = loadWords(store.getState().settings.lang).then(
    () => true,
    () => false,
  );
  const [{ decodeShareFragment, shareFragmentParams }, { EmbedApp }, { openShared }, { linkTo, withoutEmbed }] = await Promise.all([
    import('./io/share-link'),
    import('./ui/exchange/EmbedApp'),
    import('./ui/exchange/open-shared'),
    import('./ui/exchange/share-state'),
  ]);
  const result = decodeShareFragment(fragment);
  if (result.ok) openShared(store, result, { embed: true });
  if (!(await words)) return cannotStart();
  const seriesId = (result.ok ? result.view?.seriesId : undefined) ?? shareFragmentParams(fragment).embed ?? '';
  createRoot(container).render(
    <StrictMode>
      <AppProvider store={store} report={report}>
        <EmbedApp seriesId={seriesId} fullUrl={linkTo(window.location, withoutEmbed(fragment))} error={result.ok ? undefined : result.error} />
      </AppProvider>
    </StrictMode>,
  );
  ready();
}
