#!/usr/bin/env node
// First-load size budget. Run after `vite build`:
//   node tests/size-budget.mjs
// Measures what dist/index.html loads up front — the <script type="module" src>
// entry, its <link rel="modulepreload"> chunks, any static imports they pull in
// (belt and braces, in case modulepreload links are ever disabled) and the
// stylesheets — gzipped at level 9. Lazily imported chunks (import()) are not
// counted, except the language catalogues: the page imports the one it opens in
// before its first render (src/main.tsx), so the larger of them is counted (found
// through Vite's dist/.vite/manifest.json). Exits 1 when first-load JS exceeds the budget.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const BUDGET_KB = 145;
const BUDGET_BYTES = BUDGET_KB * 1024;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.DIST ? path.resolve(process.env.DIST) : path.join(ROOT, 'dist');
const INDEX = path.join(DIST, 'index.html');

if (!fs.existsSync(INDEX)) {
  console.error(`size-budget: ${path.relative(ROOT, INDEX)} not found; run \`npm run build\` first.`);
  process.exit(1);
}
const html = fs.readFileSync(INDEX, 'utf8');

/** @param {string} tag */
function attrs(tag) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const m of tag.matchAll(/([^\s=<>"'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    out[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/** Map a URL from index.html (relative to dist/) to a file path, or null if external. */
function toFile(/** @type {string} */ url, /** @type {string} */ fromDir = DIST) {
  if (!url || /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) || url.startsWith('data:')) return null;
  const clean = url.split(/[?#]/)[0];
  return clean.startsWith('/') ? path.join(DIST, clean) : path.resolve(fromDir, clean);
}

/** @type {Set<string>} */ const js = new Set();
/** @type {Set<string>} */ const css = new Set();
for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
  const a = attrs(tag.replace(/^<\w+/, ''));
  const isScript = /^<script/i.test(tag);
  if (isScript && a.type === 'module' && a.src) {
    const f = toFile(a.src);
    if (f) js.add(f);
  } else if (!isScript) {
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    const f = toFile(a.href ?? '');
    if (!f) continue;
    if (rel.includes('modulepreload')) js.add(f);
    else if (rel.includes('stylesheet')) css.add(f);
  }
}

if (js.size === 0) {
  console.error('size-budget: no <script type="module" src> entry found in dist/index.html');
  process.exit(1);
}

/**
 * Adds to `files` everything they import statically (`import"./x.js"`, `from"./x.js"`); dynamic
 * `import("./x.js")` is skipped.
 * @param {Set<string>} files
 */
function withStaticImports(files) {
  const queue = [...files];
  while (queue.length) {
    const file = /** @type {string} */ (queue.shift());
    if (!fs.existsSync(file)) continue;
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|(?<![.\w$])import)\s*["'](\.{1,2}\/[^"'\s]+\.m?js)["']/g)) {
      const dep = path.resolve(path.dirname(file), m[1]);
      if (!files.has(dep) && fs.existsSync(dep)) {
        files.add(dep);
        queue.push(dep);
      }
    }
  }
  return files;
}
withStaticImports(js);

/** Sources whose chunk the page imports before it renders: one of them, whichever language it opens in. */
const BEFORE_RENDER = ['src/ui/i18n/en.ts', 'src/ui/i18n/zh.ts'];
const MANIFEST = path.join(DIST, '.vite', 'manifest.json');
if (!fs.existsSync(MANIFEST)) {
  console.error(`size-budget: ${path.relative(ROOT, MANIFEST)} not found (build.manifest in vite.config.ts): the catalogue loaded before the first render cannot be counted`);
  process.exit(1);
}
const manifest = /** @type {Record<string, { file: string }>} */ (JSON.parse(fs.readFileSync(MANIFEST, 'utf8')));
const catalogueFiles = BEFORE_RENDER.map((source) => {
  const entry = manifest[source];
  if (!entry) {
    console.error(`size-budget: ${source} has no chunk of its own in the manifest`);
    process.exit(1);
  }
  return path.join(DIST, entry.file);
});
// A page that preloads its own catalogue (src/prerender-pages.mjs) lists it among its scripts: it is
// counted below as the larger catalogue, once, whichever language the page preloads.
for (const file of catalogueFiles) js.delete(file);

/** @param {Set<string>} files */
function measure(files) {
  return [...files].map((file) => {
    if (!fs.existsSync(file)) {
      console.error(`size-budget: referenced file is missing: ${path.relative(ROOT, file)}`);
      process.exit(1);
    }
    const buf = fs.readFileSync(file);
    return { file: path.relative(DIST, file), raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
  });
}

const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
// The larger catalogue with what it imports statically, less what the entry already loads.
const catalogues = catalogueFiles
  .map((file) => measure(new Set([...withStaticImports(new Set([file]))].filter((f) => !js.has(f)))))
  .sort((a, b) => sum(b, 'gzip') - sum(a, 'gzip'));
const jsRows = [...measure(js), ...(catalogues[0] ?? []).map((r) => ({ ...r, file: `${r.file} (larger catalogue)` }))];
const cssRows = measure(css);
/** @param {{gzip:number, raw:number}[]} rows @param {'gzip'|'raw'} k */
function sum(rows, k) {
  return rows.reduce((t, r) => t + r[k], 0);
}

const rows = [
  ...jsRows.map((r) => ({ kind: 'js', ...r })),
  ...cssRows.map((r) => ({ kind: 'css', ...r })),
];
const w = Math.max(4, ...rows.map((r) => r.file.length));
console.log(`${'kind'.padEnd(4)}  ${'file'.padEnd(w)}  ${'raw'.padStart(10)}  ${'gzip -9'.padStart(10)}`);
console.log(`${'-'.repeat(4)}  ${'-'.repeat(w)}  ${'-'.repeat(10)}  ${'-'.repeat(10)}`);
for (const r of rows) {
  console.log(`${r.kind.padEnd(4)}  ${r.file.padEnd(w)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}`);
}
const jsGzip = sum(jsRows, 'gzip');
const cssGzip = sum(cssRows, 'gzip');
console.log('');
console.log(`first-load CSS: ${kb(cssGzip)} gzip`);
console.log(`first-load total (JS + CSS): ${kb(jsGzip + cssGzip)} gzip`);
console.log(`first-load JS: ${kb(jsGzip)} gzip, ${jsGzip} bytes (budget ${BUDGET_KB} KB, ${BUDGET_BYTES} bytes)`);

// Not budgeted, but said: chunks the entry fetches as soon as it runs, before the page takes input
// (src/main.tsx: the audit and the tables hydrate from them, and the saved work is read through the
// saved-state door while the prerendered page waits). Next.js and Vite count them as lazy; a reader
// on a slow line still waits for them.
const AT_START = ['src/ui/audit/AuditPanel.tsx', 'src/ui/chart/ProjectionTable.tsx', 'src/io/saved-state.ts'];
const atStart = new Set();
for (const source of AT_START) {
  // A module that another lazy chunk imports too is a shared chunk of the bundler's, keyed "_<name>-<hash>.js".
  const shared = Object.keys(manifest).find((key) => key.startsWith(`_${path.basename(source, path.extname(source))}-`));
  const entry = manifest[source] ?? (shared ? manifest[shared] : undefined);
  if (!entry) {
    console.error(`size-budget: ${source} has no chunk of its own in the manifest`);
    process.exit(1);
  }
  for (const f of withStaticImports(new Set([path.join(DIST, entry.file)]))) if (!js.has(f) && !catalogueFiles.includes(f)) atStart.add(f);
}
const atStartGzip = sum(measure(atStart), 'gzip');
console.log(`fetched by the entry at start, before the first input (not budgeted): ${kb(atStartGzip)} gzip in ${atStart.size} chunks; with the first load ${kb(jsGzip + atStartGzip)}`);

if (jsGzip > BUDGET_BYTES) {
  console.error(`size-budget: FAIL — first-load JS is ${kb(jsGzip - BUDGET_BYTES)} over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
console.log('size-budget: OK');
