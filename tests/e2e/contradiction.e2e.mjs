// The report's contradiction on the first screen (issue 14): at 1440×900, before any scrolling, a line says
// that the text-to-video figures disagree, in English and Chinese, and each of the three readings is one
// click away (the click shows that reading's scenario on the text-to-video chart, adding it if it is not there).
import assert from 'node:assert/strict';
import path from 'node:path';
import { T2V, comparedNames, eventually, openApp, scenarioNames } from './exchange-helpers.mjs';

const READINGS = {
  en: { lead: 'The report contradicts itself.', implied: '126.75%', stated: '56.6%', names: ['Video: trust both amounts', 'Video: trust base and rate', 'Video: trust end and rate'] },
  zh: { lead: '报告数字自相矛盾。', implied: '126.75%', stated: '56.6%', names: ['文生视频：信两端金额', '文生视频：信基数与增速', '文生视频：信终值与增速'] },
};

/** The table of the text-to-video chart: its column headers (scenario names). @param {import('playwright-core').Page} page */
const t2vColumns = (page) =>
  page.getByTestId(`chart-panel-${T2V}`).evaluate((panel) => [...panel.querySelectorAll('.projection-table thead th')].map((th) => th.textContent ?? ''));

export const tests = [
  {
    name: 'contradiction: at 1440×900 the first screen says the text-to-video figures disagree, and each reading is one click away (en, zh)',
    async fn({ page: first, context, baseUrl, screenshotDir }) {
      for (const lang of /** @type {const} */ (['en', 'zh'])) {
        // Each language on a first visit of its own: a fresh tab, its saved work cleared by openApp.
        // The English tab leaves first: open, it would merge its saved work into the new tab's (tab-sync).
        if (lang !== 'en') await first.goto('about:blank');
        const page = lang === 'en' ? first : await context.newPage();
        await page.setViewportSize({ width: 1440, height: 900 });
        const words = READINGS[lang];
        await openApp(page, baseUrl, lang);
        await page.evaluate(() => window.scrollTo(0, 0));
        const line = page.getByTestId('conflict-line');
        const box = await line.boundingBox();
        assert.ok(box, `${lang}: the line is laid out`);
        assert.ok(box.y >= 0 && box.x >= 0 && box.y + box.height <= 900 && box.x + box.width <= 1440, `${lang}: the line lies inside the 1440×900 viewport: ${JSON.stringify(box)}`);
        assert.ok(box.height <= 80, `${lang}: the line stays compact (${box.height}px), so the first chart is not pushed far down`);
        const text = (await line.textContent()) ?? '';
        for (const word of [words.lead, words.implied, words.stated]) assert.ok(text.includes(word), `${lang}: the line says ${word}: ${text}`);
        await page.screenshot({ path: path.join(screenshotDir, `contradiction-first-screen-${lang}.png`) });

        // The first visit compares base-and-rate and end-and-rate already; trust-both-amounts is added.
        const before = await scenarioNames(page);
        assert.ok(!before.includes(words.names[0]), `${lang}: no “${words.names[0]}” before the click`);
        for (const [i, reading] of ['trust-endpoints', 'trust-base-and-rate', 'trust-end-and-rate'].entries()) {
          await line.getByTestId(`conflict-line-${reading}`).click();
          await eventually(async () => {
            const compared = await comparedNames(page);
            assert.ok(compared.includes(words.names[i]), `${lang}: after the click “${words.names[i]}” is compared: ${compared.join(' | ')}`);
            assert.ok((await t2vColumns(page)).some((c) => c.includes(words.names[i])), `${lang}: and it is a column of the text-to-video table`);
            assert.ok(((await line.getByRole('status').textContent()) ?? '').includes(words.names[i]), `${lang}: the line says which scenario it shows`);
          });
        }
        const after = await scenarioNames(page);
        assert.equal(after.length, before.length + 1, `${lang}: only the missing reading was added; the two already there were shown, not copied`);
        // A compared reading that was unticked comes back with one click, not as a copy.
        const row = page.getByTestId('scenario-row').filter({ hasText: words.names[1] });
        await row.locator('input[type=checkbox]').uncheck();
        await eventually(async () => assert.ok(!(await comparedNames(page)).includes(words.names[1])));
        await line.getByTestId('conflict-line-trust-base-and-rate').click();
        await eventually(async () => assert.ok((await comparedNames(page)).includes(words.names[1]), `${lang}: unticked reading shown again`));
        assert.equal((await scenarioNames(page)).length, after.length, `${lang}: still no copy`);
        if (page !== first) await page.close();
      }
    },
  },
];
