import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { prerenderPages } from './src/prerender-pages.mjs';
import { decimalConstants } from './src/decimal-constants.mjs';

// Pin the time zone for everything this process spawns (vitest workers
// inherit it); tests/setup.ts pins it again inside each worker.
process.env.TZ = 'UTC';

export default defineConfig({
  // Relative asset URLs: the static build in dist/ can be hosted from any folder
  // (or opened via a sub-path) without rebuilding.
  base: './',
  // prerenderPages: the default view drawn into dist/index.html, dist/zh/ and dist/en/ (src/prerender-pages.mjs).
  // VitePWA: a service worker (Workbox) that precaches the built files, pages included (written before it,
  // closeBundleOrder), so the app opens with no network after one visit. registerType 'prompt': a new
  // build waits until the reader chooses to reload (src/ui/app/service-worker.ts registers it, lazily).
  // The manifests are public/manifest.{zh,en}.webmanifest, one per language's page.
  // decimalConstants: decimal.js's ln 10 and π cut to the digits the app needs (src/decimal-constants.mjs).
  plugins: [
    decimalConstants(),
    react(),
    prerenderPages(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      integration: { closeBundleOrder: 'post' },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        // The PowerPoint writer is the largest chunk (≈0.4 MB): within Workbox's 2 MiB default.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // d3-scale's interpolation, numbers only: d3-scale stays whole, d3-color stays out of the first load
  // (src/charts/d3-interpolate-numbers.ts says why). Tests run with the same resolution.
  resolve: {
    alias: [
      { find: /^d3-interpolate$/, replacement: fileURLToPath(new URL('./src/charts/d3-interpolate-numbers.ts', import.meta.url)) },
      { find: /^d3-format$/, replacement: fileURLToPath(new URL('./src/charts/d3-format-refused.ts', import.meta.url)) },
    ],
  },
  // The simulation worker (src/workers/simulation-worker.ts) is loaded as a module.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // dist/.vite/manifest.json: which chunk holds which source, for tests/size-budget.mjs (the
    // language catalogue a page loads before its first render is part of its first load).
    manifest: true,
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    // d3-scale goes through Vite in tests too, so its d3-interpolate and d3-format resolve as in the build (resolve.alias).
    // decimal.js too, so tests run its constants as the build cuts them (decimalConstants).
    server: { deps: { inline: [/d3-scale/, /decimal\.js/] } },
    env: { TZ: 'UTC' },
    // Generous: a test's time limit catches a hang, not slowness; speed is measured in the benches
    // (tests/bench), and on a busy machine property tests and first renders take seconds.
    testTimeout: 30_000,
  },
});
