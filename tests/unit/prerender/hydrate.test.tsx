import { StrictMode } from 'react';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage } from '../../../src/prerender';
import { reportData } from '../../../src/io/report-fixture';
import { createAppStore } from '../../../src/state';
import { App } from '../../../src/ui/app/App';
import { AppProvider } from '../../../src/ui/shared/app-context';
import type { Lang } from '../../../src/model';

// The client's side of the prerendered page (src/main.tsx): hydrated with the state it was drawn in,
// in React's development build, which reports every difference between the page and its first render.
// The server's renderer and the client's share this one process here (never in a browser): React
// warns that both drew the same context. That warning alone is set aside; everything else counts.
const SAME_PROCESS = /^Detected multiple renderers concurrently rendering the same context provider/;
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

async function hydrate(drawnIn: Lang, hydratedAs: Lang) {
  const { html } = await renderPage(drawnIn);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const logged: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (!SAME_PROCESS.test(text)) logged.push(text);
  });
  const recoverable: unknown[] = [];
  const report = reportData();
  const store = createAppStore({ series: report.series, lang: hydratedAs, loadLater: true });
  let hydrated = false;
  await act(async () => {
    root = hydrateRoot(
      container,
      <StrictMode>
        <AppProvider store={store} report={report}>
          <App onHydrated={() => (hydrated = true)} />
        </AppProvider>
      </StrictMode>,
      { onRecoverableError: (error) => void recoverable.push(error) },
    );
  });
  await waitFor(() => expect(hydrated).toBe(true));
  return { container, logged, recoverable };
}

describe('hydrating the prerendered page', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: no mismatch, nothing redrawn from scratch, the three charts still there`, async () => {
      const { container, logged, recoverable } = await hydrate(lang, lang);
      expect(recoverable).toEqual([]);
      expect(logged).toEqual([]);
      expect(container.querySelectorAll('svg.projection-chart')).toHaveLength(3);
      expect(container.querySelector('.panel.audit')).not.toBeNull();
    }, 60_000);
  }

  it('a page hydrated in another state than it was drawn in is reported (the check above can fail)', async () => {
    const { recoverable, logged } = await hydrate('en', 'zh');
    expect(recoverable.length + logged.length).toBeGreaterThan(0);
  }, 60_000);
});
