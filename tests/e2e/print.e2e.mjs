// Print, and save as PDF from the browser: a clean report on A4 and on Letter. Each chart whole (every
// year on its axis), its table with every column (even one hidden on screen), the assumptions and the
// audit, no controls; a dark page prints light. Read back from the PDF with pdftotext, and drawn with
// pdftoppm into test-results/ to be looked at.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { eventually, openApp, CHARTED } from './exchange-helpers.mjs';

const USERS = 't2i-users-cn';

/**
 * The page as the tests print it: the report's own ranges (fan, tornado, P5/P50/P95 columns) beside the
 * defaults, the users table hidden on screen.
 * @param {import('playwright-core').Page} page @param {string} baseUrl @param {'en' | 'zh'} lang @param {'light' | 'dark'} theme
 */
async function reportPage(page, baseUrl, lang, theme) {
  await openApp(page, baseUrl, lang);
  if (theme === 'dark') await page.getByTestId('theme').click();
  await page.getByTestId('add-preset').selectOption('report-ranges');
  for (const id of CHARTED) await page.locator(`[data-testid=chart-panel-${id}] td[data-p="95"]`).first().waitFor({ timeout: 15_000 });
  await page.getByTestId('tornado').first().locator('svg').waitFor({ timeout: 15_000 });
  await page.locator('.findings').waitFor();
  await page.locator('.print-summary').waitFor({ state: 'attached' });
  const shown = await onScreen(page);
  await page.getByTestId(`chart-panel-${USERS}`).getByRole('button', { expanded: true }).click();
  await page.getByTestId(`chart-panel-${USERS}`).locator('.projection-table').waitFor({ state: 'detached' });
  return shown;
}

/** What the screen shows that the paper must show too, and the words of the screen's controls. @param {import('playwright-core').Page} page */
function onScreen(page) {
  return page.evaluate((ids) => {
    const text = (/** @type {Element} */ el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
    return {
      years: (() => {
        const select = (/** @type {string} */ id) => Number(/** @type {HTMLSelectElement} */ (document.querySelector(`[data-testid=${id}]`)).value);
        const years = [];
        for (let y = select('year-from'); y <= select('year-to'); y++) years.push(y);
        return years;
      })(),
      // Each chart's table cells, by column (without the ±% under a value), as the table writes them.
      // The basis column apart: its words wrap in their cell (a row's note names the scenarios off its figure).
      columns: ids.map((id) => {
        const rows = [...document.querySelectorAll(`[data-testid=chart-panel-${id}] .projection-table tbody tr`)];
        const width = rows[0]?.children.length ?? 0;
        return Array.from({ length: width - 1 }, (_, i) => rows.map((row) => /** @type {Element} */ (row.children[i + 1])))
          .filter((cells) => !cells[0]?.classList.contains('basis'))
          .map((cells) => cells.map(text));
      }),
      bases: ids.flatMap((id) => [...document.querySelectorAll(`[data-testid=chart-panel-${id}] .projection-table tbody td.basis`)].map(text)),
      lastHeaders: ids.map((id) => document.querySelector(`[data-testid=chart-panel-${id}] .projection-table thead th:last-child`)?.textContent ?? ''),
      controls: [...new Set([...document.querySelectorAll('button, summary')].map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '').filter((t) => t.length > 1))],
      scenarios: [...document.querySelectorAll('[data-testid=scenario-row] .scenario__name')].map((el) => el.firstChild?.textContent ?? ''),
      audit: document.querySelector('#audit-title')?.textContent ?? '',
    };
  }, CHARTED);
}

/**
 * Prints to PDF on `format` paper and checks what is on the pages.
 * @param {import('playwright-core').Page} page @param {'A4' | 'Letter'} format @param {Awaited<ReturnType<typeof onScreen>>} shown
 * @param {typeof import('node:assert/strict')} assert @param {string} dir @param {string} tag
 */
async function printAndRead(page, format, shown, assert, dir, tag) {
  const pdf = path.join(dir, `print-${tag}-${format}.pdf`);
  await page.pdf({ path: pdf, format });
  const size = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
  // A4 is 210×297 mm (595.28×841.89 pt; Chrome takes 8.27×11.7 in, 595.44×842.4), Letter 8.5×11 in (612×792 pt).
  const [width, height] = size?.slice(1, 3).map(Number) ?? [];
  const paper = format === 'A4' ? [595.28, 841.89] : [612, 792];
  assert.ok(Math.abs(width - paper[0]) < 1.5 && Math.abs(height - paper[1]) < 1.5, `${format}: ${width}×${height} pt`);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  fs.writeFileSync(pdf.replace(/\.pdf$/, '.txt'), text);
  // Drawn, to be looked at (not compared).
  for (const old of fs.readdirSync(dir).filter((f) => f.startsWith(`print-${tag}-${format}-`))) fs.rmSync(path.join(dir, old));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(dir, `print-${tag}-${format}`)]);

  // Every chart's year axis whole: a line with every year, in order (the table writes years a row each).
  const axis = new RegExp(shown.years.join('\\s+'));
  const axes = text.split('\n').filter((line) => axis.test(line));
  assert.equal(axes.length, CHARTED.length, `${format}: year axes with every year ${shown.years[0]}–${shown.years.at(-1)}:\n${axes.join('\n')}`);
  // Every table whole: its last column's header, and every cell of every column, the last (P95) included,
  // at least as often on paper as in the tables on screen (a cut column would fall short).
  const onPaper = (/** @type {string} */ words) => text.split(words).length - 1;
  /** @type {Map<string, number>} */
  const inTables = new Map();
  for (const [i, columns] of shown.columns.entries()) {
    assert.ok(text.includes(shown.lastHeaders[i]), `${format}: header ${shown.lastHeaders[i]}`);
    assert.equal(columns.at(-1)?.length, shown.years.length, `${CHARTED[i]}: a value a year in the last column`);
    for (const cell of columns.flat()) inTables.set(cell, (inTables.get(cell) ?? 0) + 1);
  }
  const short = [...inTables].filter(([cell, n]) => onPaper(cell) < n).map(([cell, n]) => `${cell}: ${onPaper(cell)} of ${n}`);
  assert.deepEqual(short, [], `${format}: table cells missing on paper`);
  // Each basis cell's words, wrapped in their cell, so read a word at a time (the lines of a row interleave with the
  // values beside them). Chinese wraps between any two characters: there only each character is looked for, a weaker
  // check; the cell wraps (white-space: normal), so nothing of it can run past the page's edge unseen by the values'.
  const words = new Set(text.split(/\s+/));
  const present = (/** @type {string} */ word) => (/[\u3000-\u9fff\uff00-\uffef]/.test(word) ? [...word].every((c) => text.includes(c)) : words.has(word));
  const cut = [...new Set(shown.bases)].filter((note) => note.split(/\s+/).some((word) => word && !present(word)));
  assert.deepEqual(cut, [], `${format}: basis notes missing on paper`);
  // The assumptions (each compared scenario by name) and the audit.
  for (const name of shown.scenarios) assert.ok(text.includes(name.slice(0, 20)), `${format}: scenario ${name}`);
  assert.ok(text.includes(shown.audit), `${format}: the audit's title ${shown.audit}`);
  // No control: none of the screen's buttons' words (but a scenario's name, which is a button in the
  // list and a column on paper; an audit's button may say part of it).
  const controls = shown.controls.filter((words) => text.includes(words) && !shown.scenarios.some((name) => name.includes(words)));
  assert.deepEqual(controls, [], `${format}: controls on paper`);
  return text;
}

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = [
  {
    name: 'printed on A4 and on Letter: every chart with every year, every table with its last column, the assumptions and the audit, no controls',
    async fn({ page, baseUrl, assert, screenshotDir, consoleErrors }) {
      const shown = await reportPage(page, baseUrl, 'en', 'light');
      assert.equal(shown.lastHeaders[0], 'P95');
      await page.emulateMedia({ media: 'print' });
      for (const format of /** @type {const} */ (['A4', 'Letter'])) {
        const text = await printAndRead(page, format, shown, assert, screenshotDir, 'en');
        assert.match(text, /Assumptions by scenario/);
        assert.match(text, /Exchange rate: RMB 7\.1268 per USD/);
      }
      assert.deepEqual(consoleErrors, []);
    },
  },
  {
    name: 'a dark page in Chinese prints light, in Chinese, with the same whole charts and tables',
    async fn({ page, baseUrl, assert, screenshotDir, consoleErrors }) {
      const shown = await reportPage(page, baseUrl, 'zh', 'dark');
      await page.emulateMedia({ media: 'print' });
      // The charts and the tornado redraw in the light theme for paper.
      await eventually(async () => {
        const themes = await page.locator('.chart-view svg, .tornado svg').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-theme')));
        assert.deepEqual([...new Set(themes)], ['light']);
      });
      const ink = await page.evaluate(() => getComputedStyle(document.body).color);
      assert.equal(ink, 'rgb(0, 0, 0)', 'text prints black');
      const text = await printAndRead(page, 'A4', shown, assert, screenshotDir, 'zh');
      assert.match(text, /审计|核查/);
      await page.emulateMedia({ media: 'screen' });
      await eventually(async () => {
        const themes = await page.locator('.chart-view svg').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-theme')));
        assert.deepEqual([...new Set(themes)], ['dark'], 'back on screen, the charts are dark again');
      });
      assert.deepEqual(consoleErrors, []);
    },
  },
];
