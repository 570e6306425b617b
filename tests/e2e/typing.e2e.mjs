// Issue 13, "type freely", in Chromium with the real keyboard and a finger: typing at the start of a
// field that reads 56.6% ("80%" before it) puts nothing in force; the field says why and what is
// still in force, and Escape puts the text back.
import assert from 'node:assert/strict';
import { launchBrowser } from './browser.mjs';
import { eventually } from './exchange-helpers.mjs';

const T2V = 't2v-revenue-global';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 };

/** Opens the app in English with a copy of the base case in focus; returns the copy's text-to-video rate-before box. @param {import('playwright-core').Page} page @param {string} baseUrl */
async function openCopy(page, baseUrl) {
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.locator('[data-testid="scenario-row"]').first().waitFor();
  const language = page.getByTestId('language');
  if ((await language.inputValue()) !== 'en') await language.selectOption('en');
  await page.getByRole('button', { name: 'Duplicate: Report base case' }).click();
  await page.getByRole('heading', { name: 'Assumptions: Copy of Report base case' }).waitFor();
  const box = page.getByTestId(`field-${T2V}-rateBefore`).locator('input[type="text"]');
  await eventually(async () => assert.equal(await box.inputValue(), '56.6%'));
  return box;
}

/** Checks the field kept 56.6% in force after "80%" went in before it, and Escape restores its text. @param {import('playwright-core').Page} page @param {import('playwright-core').Locator} box */
async function keptInForce(page, box) {
  const field = page.getByTestId(`field-${T2V}-rateBefore`);
  const alert = field.getByRole('alert');
  await alert.waitFor({ state: 'visible' });
  assert.equal(await box.inputValue(), '80%56.6%', 'the caret was at the start: the text is 80% then 56.6%');
  assert.match((await alert.textContent()) ?? '', /not a number this field can read.*Still using 56\.6%/);
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  assert.equal(await box.getAttribute('aria-describedby'), await alert.getAttribute('id'));
}

export const tests = [
  {
    name: 'caret at the start with the real keyboard: {Home}80% then Enter puts nothing in force; Escape restores',
    fn: async (/** @type {any} */ { page, baseUrl, consoleErrors }) => {
      const box = await openCopy(page, baseUrl);
      await box.click();
      await page.keyboard.press('Home');
      await page.keyboard.type('80%');
      await page.keyboard.press('Enter');
      await keptInForce(page, box);
      // Leaving the field keeps the text and its message: it never silently changes back.
      await page.keyboard.press('Tab');
      await keptInForce(page, box);
      await box.click();
      await page.keyboard.press('Escape');
      assert.equal(await box.inputValue(), '56.6%');
      assert.equal(await page.getByTestId(`field-${T2V}-rateBefore`).getByRole('alert').count(), 0);
      assert.deepEqual(consoleErrors, []);
    },
  },
  {
    name: 'a touch tap at the start of the field on a phone (390×844), then typing 80%, puts nothing in force',
    fn: async (/** @type {any} */ { baseUrl }) => {
      const browser = await launchBrowser({ ...PHONE, locale: 'en-US' });
      try {
        const page = await browser.context.newPage();
        const box = await openCopy(page, baseUrl);
        await box.scrollIntoViewIfNeeded();
        const rect = await box.boundingBox();
        assert.ok(rect, 'the box is on screen');
        // A finger lands just inside the box's left edge: the caret goes before the first character.
        await page.touchscreen.tap(rect.x + 2, rect.y + rect.height / 2);
        await eventually(async () => assert.equal(await box.evaluate((el) => el === document.activeElement), true));
        assert.equal(await box.evaluate((el) => /** @type {HTMLInputElement} */ (el).selectionStart), 0, 'the tap put the caret at the start');
        await page.keyboard.type('80%');
        // A tap elsewhere leaves the field: nothing is committed.
        await page.touchscreen.tap(5, 5);
        await keptInForce(page, box);
      } finally {
        await browser.close();
      }
    },
  },
];
