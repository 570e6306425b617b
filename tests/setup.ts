import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadCatalogue } from '../src/ui/i18n';
import { preloadTable } from '../src/ui/chart';

// Deterministic dates regardless of the machine running the tests.
process.env.TZ = 'UTC';

afterEach(() => {
  cleanup();
});

// findBy… and waitFor give up after this long. Lazily loaded panels (the audit, the uncertainty views)
// arrive in tens of milliseconds on a quiet machine and in seconds on a busy one: a wait returns as
// soon as what it waits for is there, so a long limit costs a passing test nothing.
configure({ asyncUtilTimeout: 15_000 });

// The page loads its language's catalogue before it renders (src/main.tsx); tests render at once,
// in either language, so both are loaded first.
await Promise.all([loadCatalogue('en'), loadCatalogue('zh')]);

// The charts' tables are a chunk the page fetches beside its words (ui/chart/ChartPanel): loaded here
// first too, so a test reads a table as soon as it renders. The lazy path is proven in Chromium
// (tests/e2e/prerender.e2e.mjs: the prerendered tables hydrate with nothing logged).
await preloadTable();
