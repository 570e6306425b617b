// Provenance in Chromium (issue 14): the text-to-video chart says where its numbers come from, in
// English and Chinese: the key under the chart, the stated 56.6% against the implied 126.75% in its SVG,
// the note under it, the table's basis column; and the exported SVG carries the same key and rates.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { T2V, downloadFrom, openApp, openMenu } from './exchange-helpers.mjs';

/** @param {import('playwright-core').Page} page */
const chartFacts = (page) =>
  page.getByTestId(`chart-panel-${T2V}`).evaluate((panel) => ({
    key: [...panel.querySelectorAll('.chart-view__svg .chart-key text')].map((t) => t.textContent),
    guide: [...panel.querySelectorAll('.chart-view__svg .chart-guide__label:not(.text-halo)')].map((t) => t.textContent).join(' '),
    note: panel.querySelector(`[data-testid="chart-conflict-${panel.dataset.testid?.replace('chart-panel-', '')}"]`)?.textContent ?? '',
    basis: Object.fromEntries([...panel.querySelectorAll('.projection-table tbody tr')].map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td.basis')?.textContent])),
  }));

export const tests = [
  {
    name: 'provenance: the text-to-video chart shows its key, the stated 56.6% against the implied 126.75%, and each year’s basis (en, zh)',
    async fn({ page, baseUrl, screenshotDir }) {
      await page.setViewportSize({ width: 1440, height: 900 });
      for (const [lang, words] of /** @type {const} */ ([
        ['en', { key: 'years the report speaks for', stated: '56.6%', implied: '126.75%', between: 'Between report figures', fig2030: 'Report: 2.219B (point); at a value it does not allow: Video: trust base and rate' }],
        ['zh', { key: '报告覆盖的年份', stated: '按报告所述年复合增速56.6%推算', implied: '两个金额隐含每年126.75%', between: '介于报告数字之间', fig2030: '报告：22.19亿（确数）；取值与该数字不符的情景：文生视频：信基数与增速' }],
      ])) {
        await openApp(page, baseUrl, lang);
        const panel = page.getByTestId(`chart-panel-${T2V}`);
        await panel.locator('.chart-view__svg .chart-key').waitFor();
        const facts = await chartFacts(page);
        assert.ok(facts.key.includes(words.key), `${lang}: the key lists ${words.key}: ${facts.key.join(' | ')}`);
        assert.ok(facts.guide.includes(words.stated) && facts.guide.includes(words.implied), `${lang}: the chart's SVG names both rates: ${facts.guide}`);
        assert.ok(facts.note.includes(words.implied), `${lang}: the note under the chart: ${facts.note}`);
        assert.equal(facts.basis['2026'], words.between);
        assert.equal(facts.basis['2030'], words.fig2030);
        await panel.scrollIntoViewIfNeeded();
        await panel.screenshot({ path: path.join(screenshotDir, `provenance-t2v-${lang}.png`) });
      }
    },
  },
  {
    name: 'provenance: the exported SVG holds the key and both rates, and rsvg-convert renders it',
    async fn({ page, baseUrl, screenshotDir }) {
      await openApp(page, baseUrl, 'en');
      const menu = await openMenu(page, T2V);
      const svg = await downloadFrom(page, menu.getByTestId('export-svg'));
      const text = svg.bytes.toString('utf8');
      for (const word of ['chart-key', 'years the report speaks for', 'the years outside them', '56.6%', '126.75%']) assert.ok(text.includes(word), `the exported SVG holds ${word}`);
      const file = path.join(screenshotDir, 'provenance-export-t2v.svg');
      fs.writeFileSync(file, text);
      execFileSync('rsvg-convert', ['-o', path.join(screenshotDir, 'provenance-export-t2v.png'), file]);
      assert.ok(fs.statSync(path.join(screenshotDir, 'provenance-export-t2v.png')).size > 10_000);
    },
  },
];
