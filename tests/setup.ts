import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Deterministic dates regardless of the machine running the tests.
process.env.TZ = 'UTC';

afterEach(() => {
  cleanup();
});
