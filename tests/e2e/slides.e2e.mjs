// Exports opened in the programs people open them with (issue 16): PowerPoint converted to PDF by
// LibreOffice Impress, SVG converted by librsvg and by LibreOffice Draw, the PDF print view printed
// by Chromium, PNG checked by pngcheck, and what lands on the page read back with pdftotext.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { CHARTED, T2V, downloadFrom, eventually, openApp, openMenu } from './exchange-helpers.mjs';

const USERS = 't2i-users-cn';

/**
 * Runs `fn` in a scratch folder with a LibreOffice profile of its own, so runs never share one; the folder
 * (the files, their PDFs and the profile, about 0.8 MB) is removed afterwards, passed or failed.
 * @template T @param {(scratch: { dir: string, profile: string }) => Promise<T> | T} fn
 */
async function withScratch(fn) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slides-e2e-'));
  try {
    return await fn({ dir, profile: `file://${path.join(dir, 'lo-profile')}` });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** LibreOffice headless: `file` converted to PDF in `dir`; returns the PDF's path. */
function soffice(file, dir, profile) {
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 180_000 });
  const pdf = path.join(dir, `${path.basename(file).replace(/\.[^.]+$/, '')}.pdf`);
  assert.ok(fs.existsSync(pdf), `LibreOffice wrote ${pdf}`);
  return pdf;
}

/** The text on the PDF's pages, as pdftotext reads it (spaces folded, so wrapped labels still match). */
const pdfText = (pdf) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Pages of the PDF as PNGs at 50 dpi in the screenshots folder, to look at. */
const pictures = (pdf, screenshotDir, name) => execFileSync('pdftoppm', ['-r', '50', '-png', pdf, path.join(screenshotDir, name)]);

/** Adds a CAGR arrow on the first compared scenario of the video chart, 2023 to 2030, through the Words & arrows menu. */
async function addArrow(page) {
  const menu = page.getByTestId(`words-menu-${T2V}`);
  await menu.locator('summary').click();
  await menu.getByTestId('arrow-from').selectOption('2023');
  await menu.getByTestId('arrow-to').selectOption('2030');
  await menu.getByTestId('arrow-add').click();
  await page.locator(`[data-testid="chart-panel-${T2V}"] .chart-arrow__label`).first().waitFor();
  await menu.locator('summary').click();
}

/** @type {{ name: string, fn: (ctx: any) => Promise<void> }[]} */
export const tests = [
  {
    name: 'PowerPoint opened in LibreOffice Impress shows the report’s labels, series names and values, in English',
    async fn({ page, baseUrl, screenshotDir }) {
      await openApp(page, baseUrl, 'en');
      await addArrow(page);
      const menu = await openMenu(page, T2V);
      const deck = await downloadFrom(page, menu.getByTestId('export-pptx'));
      await withScratch(async ({ dir, profile }) => {
        const file = path.join(dir, 'deck-en.pptx');
        fs.writeFileSync(file, deck.bytes);
        const pdf = soffice(file, dir, profile);
        pictures(pdf, screenshotDir, 'slides-en');
        const text = pdfText(pdf);
        for (const label of ['≤10B', '>20B', '≈100B', '150M–300M', 'could reach 500M', '≈7.2M', '2.219B']) assert.ok(text.includes(label), `the slides show ${label}`);
        for (const name of ['Report base case', 'Video: trust base and rate', 'Video: trust end and rate']) assert.ok(text.includes(name), `the slides name ${name}`);
        for (const title of ['China text-to-image market', 'China text-to-image participating netizens', 'Global text-to-video model revenue', 'Assumptions by scenario'])
          assert.ok(text.includes(title), `a slide titled ${title}`);
        assert.ok(text.includes('CAGR +126.7%'), 'the arrow’s label');
        assert.ok(text.includes('USD, billion') && text.includes('2030'), 'the axis title and the years');
        assert.equal(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1], String(CHARTED.length + 1));
      });
    },
  },
  {
    name: 'PowerPoint of one chart on a log scale, in Chinese, opened in LibreOffice Impress',
    async fn({ page, baseUrl, screenshotDir }) {
      await openApp(page, baseUrl, 'zh');
      await page.locator('input[name="scale"][value="log"]').first().check({ force: true });
      const menu = await openMenu(page, USERS);
      const deck = await downloadFrom(page, menu.getByTestId('export-pptx-chart'));
      assert.equal(deck.name, `forecast-${USERS}.pptx`);
      await withScratch(async ({ dir, profile }) => {
        const file = path.join(dir, 'users-zh.pptx');
        fs.writeFileSync(file, deck.bytes);
        const pdf = soffice(file, dir, profile);
        pictures(pdf, screenshotDir, 'slides-users-zh');
        // LibreOffice sets a space between Chinese and digits; pdftotext keeps it: compare without spaces.
        const text = pdfText(pdf).replace(/ /g, '');
        for (const label of ['1.5亿–3亿', '可能达到5亿', '≈1000万', '5000万', '中国AI文生图参与网民', '报告基准', '情景']) assert.ok(text.includes(label), `the slide shows ${label}`);
        // A log axis over whole decades: its ticks, top to bottom, step by ten (亿人: 10, 1, 0.1; the base path
        // runs from 0.1亿 in 2022 to 9.59亿 in 2032, under the cited 10.92亿, so no decade above 10).
        assert.match(pdfText(pdf), /\b10\b.*\b1\b.*\b0\.1\b/, `log-scale ticks: ${pdfText(pdf).slice(0, 400)}`);
        assert.equal(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1], '2');
        // The chart's own data, as whoever edits it opens it (LibreOffice Calc): its unit above the years, and the
        // report's ≈1000万 netizens in 2022 as 0.1 (亿人).
        const [workbook] = Object.entries(unzipSync(deck.bytes)).filter(([name]) => /^ppt\/embeddings\/.*\.xlsx$/.test(name));
        assert.ok(workbook, 'the chart has its workbook');
        const xlsx = path.join(dir, 'users-data.xlsx');
        fs.writeFileSync(xlsx, workbook[1]);
        execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, xlsx], { stdio: 'pipe', timeout: 180_000 });
        const rows = fs.readFileSync(path.join(dir, 'users-data.csv'), 'utf8').trim().split('\n').map((row) => row.split(','));
        assert.equal(rows[0][0], '亿人', `A1 names the unit: ${rows[0].join(',')}`);
        assert.equal(rows[1][0], '2022');
        assert.equal(rows[1][rows[0].indexOf('≈1000万')], '0.1', `2022: ${rows[1].join(',')}`);
      });
    },
  },
  {
    name: 'goal seek’s target is on the PowerPoint slide as on screen, opened in LibreOffice Impress',
    async fn({ page, baseUrl, screenshotDir }) {
      await openApp(page, baseUrl, 'en');
      const video = page.getByTestId(`chart-panel-${T2V}`);
      await video.getByRole('button', { name: 'Goal seek' }).click();
      await video.getByTestId(`goal-target-${T2V}`).click();
      await page.keyboard.type('1B');
      await video.locator('.chart-target__label').waitFor();
      const menu = await openMenu(page, T2V);
      const deck = await downloadFrom(page, menu.getByTestId('export-pptx-chart'));
      await withScratch(async ({ dir, profile }) => {
        const file = path.join(dir, 'goal-en.pptx');
        fs.writeFileSync(file, deck.bytes);
        const pdf = soffice(file, dir, profile);
        pictures(pdf, screenshotDir, 'slides-goal-en');
        assert.ok(pdfText(pdf).includes('Goal seek: $1B'), 'the target’s label is on the slide');
      });
    },
  },
  {
    name: 'the SVG renders its labels in librsvg and in LibreOffice Draw (no paint-order), and the PNG passes pngcheck',
    async fn({ page, baseUrl, screenshotDir }) {
      await openApp(page, baseUrl, 'zh');
      const menu = await openMenu(page, 't2i-market-cn');
      const svg = await downloadFrom(page, menu.getByTestId('export-svg'));
      const source = svg.bytes.toString('utf8');
      assert.doesNotMatch(source, /paint-order/);
      await withScratch(async ({ dir, profile }) => {
        const file = path.join(dir, 'market.svg');
        fs.writeFileSync(file, source);
        const viaRsvg = path.join(dir, 'market-rsvg.pdf');
        execFileSync('rsvg-convert', ['-f', 'pdf', '-o', viaRsvg, file]);
        execFileSync('rsvg-convert', ['-f', 'png', '-o', path.join(screenshotDir, 'svg-by-librsvg.png'), file]);
        const viaDraw = soffice(file, dir, profile);
        pictures(viaDraw, screenshotDir, 'svg-by-libreoffice');
        for (const pdf of [viaRsvg, viaDraw]) {
          const text = pdfText(pdf);
          for (const label of ['≤100亿', '>200亿', '≈1000亿', '中国 AI 文生图市场规模']) assert.ok(text.includes(label), `${path.basename(pdf)} shows ${label}`);
        }
        const png = await downloadFrom(page, menu.getByTestId('export-png'));
        const pngFile = path.join(dir, 'market.png');
        fs.writeFileSync(pngFile, png.bytes);
        assert.match(execFileSync('pngcheck', [pngFile], { encoding: 'utf8' }), /^OK: /);
      });
    },
  },
  {
    name: 'the PDF print view has one vector 16:9 page a chart, Chinese included, read back with pdftotext',
    async fn({ page, context, baseUrl, screenshotDir }) {
      await openApp(page, baseUrl, 'zh');
      await page.evaluate(() => {
        // Headless Chromium prints nothing from print(); the test prints the same document itself.
        HTMLIFrameElement.prototype.focus = () => undefined;
      });
      const menu = await openMenu(page, T2V);
      await menu.getByTestId('export-pdf-all').click();
      const frame = page.locator('iframe.print-frame');
      await frame.waitFor({ state: 'attached' });
      const html = await frame.evaluate((f) => f.srcdoc);
      const printer = await context.newPage();
      await printer.setContent(html, { waitUntil: 'load' });
      await withScratch(async ({ dir }) => {
        const pdf = path.join(dir, 'charts.pdf');
        fs.writeFileSync(pdf, await printer.pdf({ preferCSSPageSize: true, printBackground: true }));
        await printer.close();
        pictures(pdf, screenshotDir, 'pdf-zh');
        const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
        // A page per chart, then the assumptions of every compared scenario (as the PowerPoint's assumptions slide).
        assert.equal(info.match(/Pages:\s+(\d+)/)?.[1], String(CHARTED.length + 1));
        const [w, h] = (info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/) ?? []).slice(1).map(Number);
        assert.ok(Math.abs(w / h - 16 / 9) < 0.01, `16:9 pages (${w} x ${h} pt)`);
        const text = pdfText(pdf);
        for (const label of ['全球文生视频大模型收入', '≈720万', '22.19亿', '≤100亿', '1.5亿–3亿', '资料来源', '各情景的假设', '文生视频：信终值与增速']) assert.ok(text.includes(label), `the PDF shows ${label}`);
        // The assumptions page: each scenario's name whole on a line in its column (found by use: the column was one
        // character wide, the names stacked down the page, 报/告/基/准).
        const last = String(CHARTED.length + 1);
        const table = execFileSync('pdftotext', ['-layout', '-f', last, '-l', last, pdf, '-'], { encoding: 'utf8' });
        for (const name of ['报告基准', '文生视频：信终值与增速']) assert.match(table, new RegExp(`^\\s*${name}\\s`, 'm'), `${name} whole on the assumptions page:\n${table.slice(0, 600)}`);
        // Vector: the charts' text is text (found above) and no page is a picture.
        assert.doesNotMatch(execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).join(''), /\S/, 'no raster images');
      });
    },
  },
  {
    name: 'present mode: full screen, arrow keys move, A shows the assumptions, the readout follows the pointer, Escape leaves',
    async fn({ page, baseUrl, screenshotDir }) {
      await openApp(page, baseUrl, 'en');
      await page.getByTestId('present-open').click();
      const present = page.getByTestId('present');
      await present.waitFor();
      assert.equal(await present.getAttribute('role'), 'dialog');
      assert.ok(await present.evaluate((el) => el === document.activeElement), 'the dialog has the focus');
      await page.waitForFunction(() => document.querySelector('[data-testid="present-chart"] svg .chart-title'));
      const titles = [];
      for (let i = 0; i < CHARTED.length; i++) {
        titles.push(await page.locator('[data-testid="present-chart"] svg .chart-title').textContent());
        if (i === 2) await page.screenshot({ path: path.join(screenshotDir, 'present-mode.png') });
        await page.keyboard.press('ArrowRight');
      }
      assert.deepEqual(titles, ['China text-to-image market', 'China text-to-image participating netizens', 'Global text-to-video model revenue']);
      const size = await page.locator('[data-testid="present-chart"] svg .chart-title').evaluate((el) => el.getBoundingClientRect().height);
      assert.ok(size > 24, `large type: the title is ${size}px tall`);
      const box = await page.getByTestId('present-chart').boundingBox();
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
      await page.getByTestId('present-readout').locator('strong').waitFor();
      await page.keyboard.press('a');
      assert.match(await page.getByTestId('present-notes').textContent(), /Assumptions.*Report base case/);
      await page.keyboard.press('Escape');
      await present.waitFor({ state: 'detached' });
      // Focus goes back to the button in the frame after the close (PresentButton): wait for that frame.
      await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'present-open'), 2000);
    },
  },
];
