#!/usr/bin/env node
// Export benchmark, in Chromium (npm run bench:export):
//   - a 1920×1080 chart exported as PNG at 2× (3840×2160): render the SVG, rasterize, add pHYs and the
//     scenario payload; p50/p95 over 20 runs after 3 warm-ups, with the time of each step (target < 150 ms);
//   - the length of a share link for 10 compared scenarios (target < 2000 characters).
// The app's own modules run in the page, served by Vite's dev server (no test hooks in the build).
/* global document, location */
import { createServer } from 'vite';
import { launchBrowser } from '../e2e/browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 20);
const WARMUP = 3;

const server = await createServer({ server: { host: '127.0.0.1', port: 0 }, logLevel: 'error', clearScreen: false });
await server.listen();
const address = server.httpServer?.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator('h1').waitFor({ timeout: 30_000 });
  const result = await page.evaluate(
    async ({ runs, warmup }) => {
      const [{ reportData }, state, { zh }, { exchangeCatalogues }, actions, { svgToPng }, { withPngMetadata }, { encodeShareFragment }, share, { renderProjectionChart }, chart] =
        await Promise.all([
          import('/src/io/report-fixture.ts'),
          import('/src/state/index.ts'),
          import('/src/ui/i18n/zh.ts'),
          import('/src/ui/i18n/exchange.ts'),
          import('/src/ui/exchange/export-actions.ts'),
          import('/src/io/rasterize.ts'),
          import('/src/io/png-meta.ts'),
          import('/src/io/share-link.ts'),
          import('/src/ui/exchange/share-state.ts'),
          import('/src/charts/index.ts'),
          import('/src/ui/exchange/export-chart.ts'),
        ]);
      const report = reportData();
      const store = state.createAppStore({ series: report.series, lang: 'zh' });
      const s = () => store.getState();
      s().addPreset('audit-trust-endpoints');
      for (let i = 0; i < 4; i++) {
        const id = s().createScenario(`我的情景 ${i + 1}`);
        s().setModel(id, 't2v-revenue-global', { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: String(0.45 + i * 0.05) });
      }
      const input = () => ({ scenarios: s().doc.scenarios, compared: s().doc.compared, focusId: s().doc.focusId, settings: s().settings, report, t: zh, x: exchangeCatalogues.zh });
      const series = report.series.find((x) => x.id === 't2v-revenue-global');
      const options = { preset: 'slide', ratio: 2, background: 'white' };

      const total = [];
      let bytes = 0;
      for (let i = 0; i < warmup + runs; i++) {
        const t0 = performance.now();
        const png = await actions.pngBytes(series, input(), options);
        if (i >= warmup) total.push(performance.now() - t0);
        bytes = png.length;
      }
      // The same pipeline step by step, in a loop of its own, for where the time goes.
      const payload = JSON.stringify(input().scenarios);
      const steps = { render: [], rasterize: [], metadata: [] };
      for (let i = 0; i < warmup + runs; i++) {
        const a = performance.now();
        const svg = renderProjectionChart(document, chart.exportChart(series, input()).data, { width: 1920, height: 1080 }, chart.exportTheme('white'));
        const b = performance.now();
        const raw = await svgToPng(svg, 1920, 1080, 2, '#ffffff');
        const c = performance.now();
        withPngMetadata(raw, { pixelRatio: 2, payload });
        const d = performance.now();
        if (i < warmup) continue;
        steps.render.push(b - a);
        steps.rasterize.push(c - b);
        steps.metadata.push(d - c);
      }
      const state10 = share.shareState(input());
      const link = share.linkTo(location, encodeShareFragment(state10));
      const embed = share.linkTo(location, encodeShareFragment(state10, { embed: series.id }));
      return { total, steps, bytes, compared: state10.scenarios.length, link: link.length, embed: embed.length, json: JSON.stringify(state10).length };
    },
    { runs: RUNS, warmup: WARMUP },
  );

  const pct = (/** @type {number[]} */ xs, /** @type {number} */ p) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  };
  const ms = (/** @type {number} */ v) => `${v.toFixed(1)} ms`;
  console.log(`PNG export, 1920×1080 at 2× (3840×2160, ${(result.bytes / 1024).toFixed(0)} KB), ${RUNS} runs after ${WARMUP} warm-ups:`);
  console.log(`  total       p50 ${ms(pct(result.total, 50))}  p95 ${ms(pct(result.total, 95))}  (target < 150 ms)`);
  for (const [name, xs] of Object.entries(result.steps)) console.log(`  ${name.padEnd(11)} p50 ${ms(pct(xs, 50))}  p95 ${ms(pct(xs, 95))}`);
  console.log(`Share link for ${result.compared} scenarios: ${result.link} characters (target < 2000); embed link ${result.embed}; the state as plain JSON is ${result.json}.`);
  const ok = pct(result.total, 50) < 150 && result.link < 2000;
  console.log(ok ? 'bench:export: within targets' : 'bench:export: OVER TARGET');
} finally {
  await browser.close();
  await server.close();
}
