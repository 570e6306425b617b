import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { reportData } from './io/report-fixture';
import { createAppStore } from './state';
import { AppProvider } from './ui/shared';
import { App } from './ui/app';
import { loadCatalogue } from './ui/i18n';
import type { Lang } from './model';

/**
 * The page as it stands before any script runs, drawn at build time (src/prerender-pages.mjs): the
 * report's base case with the default settings in `lang`, its three charts as inline SVG, the tables
 * and the audit. The client hydrates exactly this state (main.tsx) and only then loads saved work.
 */
export function AppPage({ lang }: { lang: Lang }) {
  return <StrictMode>{appTree(lang)}</StrictMode>;
}

function appTree(lang: Lang) {
  const report = reportData();
  const store = createAppStore({ series: report.series, lang });
  return (
    <AppProvider store={store} report={report}>
      <App />
    </AppProvider>
  );
}

/** React's mark of a Suspense boundary whose content comes later, from a script. */
const PENDING = '<!--$?-->';

/** The markup of the page's root in `lang`, with everything lazy on it (the audit) loaded and drawn. */
export async function renderPage(lang: Lang): Promise<{ html: string; title: string }> {
  const t = await loadCatalogue(lang);
  // Anything that fails to render fails the build: a page that silently left a part to the client
  // would not be the page the tests read.
  const errors: unknown[] = [];
  const draw = async () => {
    // Lazy parts (the audit) are waited for. progressiveChunkSize: a finished part is written in place however large, not moved to the end for a script to reveal.
    const { prelude } = await prerender(<AppPage lang={lang} />, { onError: (error) => void errors.push(error), progressiveChunkSize: Number.MAX_SAFE_INTEGER });
    return new Response(prelude).text();
  };
  const html = await draw();
  if (errors.length) throw errors[0] instanceof Error ? errors[0] : new Error(String(errors[0]));
  if (html.includes(PENDING)) throw new Error(`prerender (${lang}): a part of the page was left for a script to reveal`);
  return { html, title: t.appTitle };
}

export { STORAGE_KEY } from './state';
