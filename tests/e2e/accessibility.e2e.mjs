// axe-core finds no violations in any view of the app: the main page, the fan and tornado of a scenario
// with ranges, an export menu open, the embed code open, and the embed page itself, in both themes and
// both languages (issue 15).
import path from 'node:path';
import { axeViolations } from './axe.mjs';
import { eventually, openApp, openMenu, T2V } from './exchange-helpers.mjs';

/**
 * Walks every view in one theme and language and collects axe's findings per view.
 * @param {import('playwright-core').Page} page @param {string} baseUrl @param {'en' | 'zh'} lang @param {'light' | 'dark'} theme
 */
async function violationsInEveryView(page, context, baseUrl, lang, theme, screenshotDir) {
  /** @type {Record<string, string[]>} */
  const found = {};
  await openApp(page, baseUrl, lang);
  if (theme === 'dark') await page.getByTestId('theme').click();
  await eventually(async () => {
    if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme) throw new Error(`theme is not ${theme}`);
  });
  // The audit loads after the first paint: it is part of the main view.
  await page.locator('.findings').first().waitFor();
  found.main = await axeViolations(page);

  await page.getByTestId('add-preset').selectOption('report-ranges');
  await page.locator(`[data-testid=chart-panel-${T2V}] [data-band] path`).first().waitFor({ timeout: 15_000 });
  await page.getByTestId('tornado').first().locator('svg').waitFor({ timeout: 15_000 });
  found['fan and tornado'] = await axeViolations(page);

  const menu = await openMenu(page, T2V);
  found['export menu'] = await axeViolations(page);

  await menu.getByTestId('embed').click();
  await menu.getByTestId('embed-panel').waitFor();
  found['embed code'] = await axeViolations(page);
  await page.screenshot({ path: path.join(screenshotDir, `a11y-${lang}-${theme}.png`), fullPage: true });

  const src = (await menu.getByTestId('embed-code').inputValue()).match(/src="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&');
  if (!src) throw new Error('no src in the embed code');
  // The embed has one theme (light) whatever the calculator's: its store keeps no settings.
  const embed = await context.newPage();
  try {
    await embed.goto(src, { waitUntil: 'load' });
    await embed.getByTestId('embed-chart').locator('svg').waitFor();
    found['embed page'] = await axeViolations(embed);
  } finally {
    await embed.close();
  }
  return found;
}

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = (/** @type {const} */ (['en', 'zh'])).flatMap((lang) =>
  (/** @type {const} */ (['light', 'dark'])).map((theme) => ({
    name: `axe-core finds no violations in any view (${lang}, ${theme}): main, fan and tornado, export menu, embed code, embed page`,
    /** @param {any} ctx */
    async fn({ page, context, baseUrl, assert, screenshotDir, consoleErrors }) {
      const found = await violationsInEveryView(page, context, baseUrl, lang, theme, screenshotDir);
      assert.deepEqual(Object.keys(found), ['main', 'fan and tornado', 'export menu', 'embed code', 'embed page']);
      const failing = Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0));
      assert.ok(Object.keys(failing).length === 0, `axe violations by view:\n${JSON.stringify(failing, null, 2)}`);
      assert.deepEqual(consoleErrors, []);
    },
  })),
);
