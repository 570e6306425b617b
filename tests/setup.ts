import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadCatalogue } from '../src/ui/i18n';

// Deterministic dates regardless of the machine running the tests.
process.env.TZ = 'UTC';

afterEach(() => {
  cleanup();
});

// The page loads its language's catalogue before it renders (src/main.tsx); tests render at once,
// in either language, so both are loaded first.
await Promise.all([loadCatalogue('en'), loadCatalogue('zh')]);
