#!/usr/bin/env node
// Fuzzes every way in for outside data, in the real browser (issue 15): mutated share links, files
// (JSON, PNG, SVG) and typed values go through Chromium's page as a user's would, and the run counts
// escaped errors, crashed renderers, pauses over 2 s, inputs the page silently dropped, markup run,
// and lost work (a scenario the user made, gone; or saved work changed by an input that was refused
// or cancelled). All must be zero. Usage, after `npm run build`:
//   npm run fuzz:doors -- [--n=2000] [--seed=1] [--doors=link,file,typed]
import assert from 'node:assert/strict';
import { launchBrowser, startPreviewServer } from '../e2e/browser.mjs';
import { linkOf, pngOf, seedPayload, svgOf } from './seeds.ts';
import { mutateBytes, mutateJson, mutateStrings, mutateText, random, typedValue } from './mutate.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const N = Number(arg('n', '300'));
const SEED = Number(arg('seed', '1'));
const DOORS = arg('doors', 'link,file,typed').split(',');
const KEY = 'genai-forecast';
const KEEPER = 'Fuzz keeper 守';
const T2V = 't2v-revenue-global';

const { json: seedJson, file: seedFile } = seedPayload();

/** Watches the page: its errors, a renderer crash, its longest pause, and anything the exchange shows. */
async function watch(page, counts) {
  page.on('pageerror', (err) => {
    counts.errors++;
    if (counts.errors <= 5) console.log(`    page error: ${String(err).slice(0, 200)}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/Failed to load resource/.test(msg.text())) {
      counts.errors++;
      if (counts.errors <= 5) console.log(`    console error: ${msg.text().slice(0, 200)}`);
    }
  });
  page.on('crash', () => counts.crashes++);
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__events = 0;
    w.__beat = { last: performance.now(), longest: 0 };
    setInterval(() => {
      const now = performance.now();
      w.__beat.longest = Math.max(w.__beat.longest, now - w.__beat.last);
      w.__beat.last = now;
    }, 50);
    // Anything the exchange shows: a notice or the preview put in the page, or their text changed.
    const shown = '[data-testid=exchange-notice],[data-testid=exchange-error],[data-testid=import-preview]';
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target.nodeType === 1 ? /** @type {Element} */ (r.target) : r.target.parentElement;
        const nodes = /** @type {Element[]} */ ([...r.addedNodes].filter((n) => n.nodeType === 1));
        if (el?.closest(shown) || nodes.some((n) => n.matches(shown) || n.querySelector(shown))) w.__events++;
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

async function openPage(context, baseUrl, counts) {
  const page = await context.newPage();
  await watch(page, counts);
  await page.goto(baseUrl, { waitUntil: 'load' });
  // The prerendered page shows its rows before they work: wait until hydrated and the saved work is in.
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  const language = page.getByTestId('language');
  if ((await language.inputValue()) !== 'en') await language.selectOption('en');
  if (!(await saved(page))?.includes(KEEPER)) {
    // The user's own work: a scenario they made and named, which no input may take away.
    await page.getByTestId('new-scenario').click();
    await page.getByRole('button', { name: /^Rename: / }).last().click();
    const name = page.getByRole('textbox', { name: 'Name' });
    await name.fill(KEEPER);
    await name.press('Enter');
    await until(async () => (await saved(page))?.includes(KEEPER), 5000);
  }
  // Typed values go into the keeper (a link's Add may have put another scenario in focus).
  await page.getByTestId('scenario-row').filter({ hasText: KEEPER }).locator('button[aria-pressed]').first().click();
  await page.waitForTimeout(500); // saved before the first input's baseline is read
  return page;
}

const saved = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const events = (page) => page.evaluate(() => /** @type {any} */ (window).__events);

async function until(check, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

/** Waits for what the page shows after an input: the preview, a notice, or nothing within 3 s. */
async function outcome(page, before) {
  const shown = await until(async () => (await events(page)) > before, 3000);
  if (!shown) return 'silent';
  if (await page.getByTestId('import-preview').count()) return 'preview';
  return (await page.getByTestId('exchange-error').count()) ? 'refused' : 'notice';
}

/** Answers a preview: Cancel mostly (nothing may change), Add now and then (the merge path). */
async function answer(page, add) {
  const preview = page.getByTestId('import-preview');
  await preview.getByRole('button', { name: add ? /^(Add|Show)/ : 'Cancel' }).click();
  await preview.waitFor({ state: 'detached', timeout: 3000 });
}

function linkInput(r) {
  if (r() < 0.1) return linkOf(seedFile);
  if (r() < 0.75) {
    const mutated = r() < 0.3 ? mutateStrings(structuredClone(seedFile), r) : mutateJson(structuredClone(seedFile), r);
    try {
      return linkOf(mutated);
    } catch {
      return mutateText(linkOf(seedFile), r);
    }
  }
  return mutateText(linkOf(seedFile), r);
}

function fileInput(r) {
  const tree = JSON.parse(seedJson);
  const text = r() < 0.75 ? JSON.stringify(r() < 0.3 ? mutateStrings(tree, r) : mutateJson(tree, r)) : seedJson;
  const kind = ['json', 'png', 'svg'][Math.floor(r() * 3)];
  let bytes = kind === 'png' ? pngOf(text) : new TextEncoder().encode(kind === 'svg' ? svgOf(text) : text);
  if (r() < 0.35) bytes = mutateBytes(bytes, r);
  const type = { json: 'application/json', png: 'image/png', svg: 'image/svg+xml' }[kind];
  return { name: `fuzz.${kind}`, mimeType: type, buffer: Buffer.from(bytes) };
}

async function runDoor(door, context, baseUrl) {
  const counts = { noField: 0, taken: 0, inputs: 0, errors: 0, crashes: 0, hangs: 0, silent: 0, lost: 0, changedOnRefusal: 0, markup: 0, preview: 0, refused: 0, notice: 0, added: 0, longest: 0 };
  const r = random(SEED * 1000 + DOORS.indexOf(door));
  let page = await openPage(context, baseUrl, counts);
  const changed = (i, result, before, after) => {
    counts.changedOnRefusal++;
    let at = 0;
    while (before?.[at] === after?.[at]) at++;
    console.log(`    input ${i} (${result}) changed saved work at ${at}: ${before?.slice(at - 40, at + 60)} → ${after?.slice(at - 40, at + 60)}`);
  };
  const started = Date.now();
  for (let i = 0; i < N; i++) {
    counts.inputs++;
    if (page.isClosed() || counts.crashes > 0) page = await openPage(context, baseUrl, counts);
    const before = await saved(page);
    await page.evaluate(() => ((/** @type {any} */ (window)).__beat.longest = 0));
    const seen = await events(page);
    let result = 'none';
    if (door === 'link') {
      const fragment = linkInput(r);
      // The same link twice in a row is no navigation (no hashchange): leave the fragment first, as a reader would.
      await page.evaluate((f) => {
        if (window.location.hash.slice(1) === f) window.location.hash = '';
        window.location.hash = f;
      }, fragment);
      result = /(?:^|&)s\d+\./.test(fragment) ? await outcome(page, seen) : 'not a link';
    } else if (door === 'file') {
      const file = fileInput(r);
      await page.getByTestId('import-file').setInputFiles(file);
      result = await outcome(page, seen);
      if (result === 'silent') console.log(`    silent: ${file.name}, ${file.buffer.length} bytes: ${file.buffer.subarray(0, 60).toString('latin1')}`);
    } else {
      // A growth rate, an anchor's value and its year (the keeper scenario's text-to-video path), the exchange rate.
      const target = ['rateAfter', 'anchors.0.low', 'anchors.1.year', 'fx'][Math.floor(r() * 4)];
      const box = target === 'fx' ? page.getByRole('textbox', { name: 'RMB per USD' }) : page.getByTestId(`field-${T2V}-${target}`).locator('input[type="text"]');
      if (!(await box.count())) counts.noField++;
      else {
        const typed = typedValue(r);
        await box.fill(typed);
        await box.press(r() < 0.5 ? 'Enter' : 'Tab');
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const field = target === 'fx' ? page.locator('.settings') : page.getByTestId(`field-${T2V}-${target}`);
        result = (await field.getByRole('alert').count()) ? 'refused' : 'taken';
        if (r() < 0.3) await box.press('Escape');
      }
    }
    if (result === 'preview') {
      const add = counts.preview % 8 === 0; // the first preview and every 8th after: Add
      await answer(page, add);
      if (add) {
        counts.added++;
        await page.waitForTimeout(300); // the save after Add lands before the next input's baseline
      } else if ((await saved(page)) !== before) changed(i, result, before, await saved(page));
    } else if (result === 'refused' && door !== 'typed' && (await saved(page)) !== before) changed(i, result, before, await saved(page));
    if (result in counts) counts[result]++;
    const longest = await page.evaluate(() => /** @type {any} */ (window).__beat.longest);
    counts.longest = Math.max(counts.longest, Math.round(longest));
    if (longest > 2000) counts.hangs++;
    if (!(await saved(page))?.includes(KEEPER)) {
      counts.lost++;
      console.log(`    work lost after input ${i}`);
      await page.close();
      page = await openPage(context, baseUrl, counts);
    }
    if (await page.evaluate(() => /** @type {any} */ (window).__xss !== undefined)) counts.markup++;
  }
  await page.close();
  counts.seconds = Math.round((Date.now() - started) / 1000);
  return counts;
}

const server = await startPreviewServer();
const { context, close } = await launchBrowser({ locale: 'en-US' });
const results = {};
try {
  for (const door of DOORS) {
    console.log(`# ${door}: ${N} inputs`);
    results[door] = await runDoor(door, context, server.url);
    console.log(`  ${JSON.stringify(results[door])}`);
  }
} finally {
  await close();
  await server.close();
}
console.log('\n| door | inputs | previews / typed values taken | refused | other notices | silent | escaped errors | crashes | pauses > 2 s | lost work | changed on refusal | markup run | longest pause |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const [door, c] of Object.entries(results))
  console.log(`| ${door} | ${c.inputs} | ${c.preview + c.taken} | ${c.refused} | ${c.notice} | ${c.silent} | ${c.errors} | ${c.crashes} | ${c.hangs} | ${c.lost} | ${c.changedOnRefusal} | ${c.markup} | ${c.longest} ms |`);
for (const [door, c] of Object.entries(results)) {
  for (const bad of ['errors', 'crashes', 'hangs', 'lost', 'changedOnRefusal', 'markup', 'silent']) assert.equal(c[bad], 0, `${door}: ${bad}`);
}
console.log('doors fuzz: nothing escaped');
