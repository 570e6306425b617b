// On a phone (390×844, touch): the charts come first, a tap on a chart reads out its year (the report's
// wording included), every control is at least 24×24 CSS px (WCAG 2.5.8) and no axis label is cut off.
import path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { axeViolations } from './axe.mjs';

const MARKET = 't2i-market-cn';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 };

/**
 * A page in a touch context of its own (the runner's context has a mouse and a desktop window).
 * @param {string} baseUrl @param {'en' | 'zh'} lang @param {(page: import('playwright-core').Page) => Promise<void>} use
 */
async function onPhone(baseUrl, lang, use, size = PHONE.viewport) {
  const browser = await launchBrowser({ ...PHONE, viewport: size, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
  try {
    const page = await browser.context.newPage();
    await page.goto(baseUrl, { waitUntil: 'load' });
    await page.locator('h1').waitFor();
    await page.locator(`[data-testid=chart-panel-${MARKET}] .chart-view svg .chart-x-tick`).first().waitFor();
    await use(page);
  } finally {
    await browser.close();
  }
}

/** Every control a finger can hit that is smaller than 24×24 CSS px, described. @param {import('playwright-core').Page} page */
function smallControls(page) {
  return page.evaluate(() => {
    const small = [];
    const controls = document.querySelectorAll('button, select, input, textarea, summary, a[href], [tabindex]:not([tabindex="-1"])');
    for (const control of controls) {
      const style = getComputedStyle(control);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      // A control drawn invisible (a segmented choice's radio) is hit through its label.
      const target = style.opacity === '0' ? control.closest('label') : control;
      if (!target) continue;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < 24 || box.height < 24)
        small.push(`${control.tagName.toLowerCase()}[${control.getAttribute('type') ?? ''}] "${(control.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 40)}" ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
    }
    return small;
  });
}

/** Axis labels of every chart that reach past the chart's box or the screen. @param {import('playwright-core').Page} page */
function clippedTicks(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.chart-view')].flatMap((view) => {
      const box = view.getBoundingClientRect();
      const right = Math.min(box.right, document.documentElement.clientWidth);
      return [...view.querySelectorAll('.chart-x-tick, .chart-y-tick')]
        .filter((tick) => {
          const r = tick.getBoundingClientRect();
          return r.left < box.left - 0.5 || r.right > right + 0.5;
        })
        .map((tick) => `${view.closest('article')?.getAttribute('data-testid')}: ${tick.textContent}`);
    }),
  );
}

/**
 * Where a year sits on a chart's year axis, on the page: read from the drawn year labels (a narrow chart
 * labels every other year), between the first and the last.
 * @param {import('playwright-core').Locator} view @param {number} year
 */
async function yearX(view, year) {
  const ticks = await view.locator('.chart-x-tick').evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { year: Number(n.getAttribute('data-year')), x: r.left + r.width / 2 };
    }),
  );
  const first = ticks[0];
  const last = ticks[ticks.length - 1];
  if (!first || !last || first.year === last.year) throw new Error('fewer than two year labels');
  return first.x + ((year - first.year) * (last.x - first.x)) / (last.year - first.year);
}

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = [
  {
    name: 'on a 390×844 phone the first chart begins on the first screen, above the scenarios and assumptions',
    async fn({ baseUrl, assert, screenshotDir }) {
      await onPhone(baseUrl, 'en', async (page) => {
        const chart = await page.getByTestId(`chart-panel-${MARKET}`).locator('.chart-view').boundingBox();
        const scenarios = await page.locator('.app__side').boundingBox();
        assert.ok(chart && scenarios);
        assert.ok(chart.y < 844 - 120, `the first chart starts ${chart.y} px down, below the first screen`);
        assert.ok(chart.y < scenarios.y, `the chart (${chart.y}) comes before the scenarios (${scenarios.y})`);
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'nothing is wider than the screen');
        await page.screenshot({ path: path.join(screenshotDir, 'phone-first-screen.png') });
        await page.screenshot({ path: path.join(screenshotDir, 'phone-full.png'), fullPage: true });
      });
    },
  },
  {
    name: 'on a phone a tap on the chart shows the readout of that year, with the report’s wording, and it stays when the finger lifts',
    async fn({ baseUrl, assert, screenshotDir }) {
      await onPhone(baseUrl, 'zh', async (page) => {
        const panel = page.getByTestId(`chart-panel-${MARKET}`);
        const view = panel.locator('.chart-view');
        await view.scrollIntoViewIfNeeded();
        const box = await view.boundingBox();
        assert.ok(box);
        await page.touchscreen.tap(await yearX(view, 2027), box.y + box.height / 2);
        const readout = page.getByTestId(`readout-${MARKET}`);
        await readout.locator('strong').waitFor();
        assert.equal(await readout.locator('strong').textContent(), '2027');
        // 图表4's 2027 figure, with its original wording (fixtures/report-figures.json).
        assert.equal(await readout.locator('q').first().textContent(), '预计2027年接近千亿规模');
        // The base case runs through the report's 2027 figure, 接近千亿 (100 B RMB = 1000亿元).
        assert.equal(await readout.locator('li').first().textContent(), '报告基准：1000亿元（报告数字≈1000亿，按1000亿计）');
        await page.waitForTimeout(300);
        assert.equal(await readout.locator('strong').textContent(), '2027', 'the readout stays after the finger lifts');
        await panel.screenshot({ path: path.join(screenshotDir, 'phone-tap-readout.png') });

        // The screenshot scrolled the page: where the chart is now.
        await view.scrollIntoViewIfNeeded();
        const now = await view.boundingBox();
        assert.ok(now);
        await page.touchscreen.tap(await yearX(view, 2024), now.y + now.height / 2);
        await page.waitForFunction((id) => document.querySelector(`[data-testid=readout-${id}] strong`)?.textContent === '2024', MARKET);
      });
    },
  },
  {
    name: 'on a phone every control is at least 24×24 CSS px, and no axis label of any chart is cut off (390 and 360 wide)',
    async fn({ baseUrl, assert, screenshotDir }) {
      for (const width of [390, 360]) {
        await onPhone(
          baseUrl,
          'en',
          async (page) => {
            // The ranges preset adds the range fields, the simulation's options and the tornado's year.
            await page.getByTestId('add-preset').selectOption('report-ranges');
            await page.getByTestId('tornado').first().locator('svg').waitFor({ timeout: 15_000 });
            assert.deepEqual(await smallControls(page), [], `controls under 24×24 px at ${width} px`);
            assert.deepEqual(await clippedTicks(page), [], `axis labels cut off at ${width} px`);
            assert.deepEqual(await axeViolations(page), [], `axe at ${width} px`);
            await page.screenshot({ path: path.join(screenshotDir, `phone-${width}-ranges.png`), fullPage: true });
          },
          { width, height: 844 },
        );
      }
    },
  },
];
