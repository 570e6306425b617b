// The pages drawn at build time (issue 18): after `vite build` has written dist/index.html, the default
// view is rendered with react-dom (src/prerender.tsx, loaded through Vite so it is the app's own code)
// into one page per language, so a reader sees the charts, the tables and the audit before any script
// runs; the client hydrates it (src/main.tsx).
//
//   dist/index.html     the app's folder: Chinese, the report's language; a first visit whose browser
//                       (or saved work) prefers English goes on to en/ before anything is painted
//   dist/zh/index.html  Chinese
//   dist/en/index.html  English
//
// Run by the Vite plugin below (vite.config.ts) before the service worker's precache list is made, so
// the list holds the pages as written.
import fs from 'node:fs';
import path from 'node:path';
import { createServer } from 'vite';

/** @typedef {'zh' | 'en'} Lang */
/** @type {{ file: string, lang: Lang, up: string }[]} */
export const PAGES = [
  { file: 'index.html', lang: 'zh', up: '' },
  { file: 'zh/index.html', lang: 'zh', up: '../' },
  { file: 'en/index.html', lang: 'en', up: '../' },
];

/**
 * Runs before a script: an embed (`#embed=`) hides the full page it is drawn over until its own chart
 * is drawn; in the app's folder, a visitor whose saved work or browser prefers English goes to en/
 * (the address keeps its query and fragment: a shared link still opens), and one who stays has the
 * Chinese catalogue asked for at once (`catalogue`: not a link in the head, which a visitor sent on
 * to en/ would fetch for nothing).
 * @param {string} storageKey @param {boolean} chooses @param {string} [catalogue]
 */
function headScript(storageKey, chooses, catalogue) {
  const preload = catalogue
    ? `else{var k=document.createElement('link');k.rel='modulepreload';k.crossOrigin='';k.href=${JSON.stringify(`./${catalogue}`)};document.head.appendChild(k)}`
    : '';
  const choose = chooses
    ? `var l;try{l=JSON.parse(localStorage.getItem(${JSON.stringify(storageKey)})).state.settings.lang}catch(e){}` +
      `if(l!=='zh'&&l!=='en'){var b=(navigator.languages||[navigator.language||'']).filter(function(x){return /^(zh|en)/i.test(x)})[0];l=b&&/^zh/i.test(b)?'zh':'en'}` +
      `if(l==='en')location.replace('en/'+location.search+location.hash);${preload}`
    : '';
  return `<script>(function(){var d=document.documentElement;if(/(?:^#|&)embed=/.test(location.hash))d.classList.add('embed-start');${choose}})()</script>` +
    '<style>.embed-start #root>.app{display:none}</style>';
}

/**
 * The page for `lang` made from the built index.html and the rendered root.
 * @param {string} template dist/index.html as Vite wrote it
 * @param {{ html: string, title: string }} rendered
 * @param {{ lang: Lang, up: string }} page
 * @param {string} storageKey
 * @param {{ css?: Record<string, string>, catalogue?: Record<Lang, string> }} [built] the built
 *   stylesheets' text by their address in the template (inlined: the first paint waits for no request
 *   of its own), and each language's catalogue chunk (preloaded: the page renders nothing without it)
 */
export function pageHtml(template, rendered, page, storageKey, built = {}) {
  const escapeText = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  let html = template
    .replace(/<html lang="[^"]*">/, `<html lang="${page.lang === 'zh' ? 'zh-CN' : 'en'}" data-page-lang="${page.lang}" data-theme="light">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(rendered.title)}</title>\n    ${headScript(storageKey, page.up === '', page.up === '' ? built.catalogue?.zh : undefined)}`)
    .replace('<div id="root"></div>', () => `<div id="root">${rendered.html}</div>`);
  for (const [href, text] of Object.entries(built.css ?? {}))
    html = html.replace(new RegExp(`<link rel="stylesheet"[^>]*href="${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`), () => `<style>${text}</style>`);
  // The scripts and the page's catalogue are asked for from the head: the browser fetches them while it
  // parses the page's 100 KB of markup (at 4× CPU that parse alone takes 0.3 s), not after it, and the
  // words do not wait a round trip for the first script to ask for them. The module scripts still run only
  // once the page is parsed. The app's folder asks for its catalogue from its head script, once the
  // visitor stays. (The audit's and the tables' chunks are not preloaded: they are asked for as the first
  // script starts, and the rest of the page hydrates and takes input without them.)
  const catalogue = page.up ? built.catalogue?.[page.lang] : undefined;
  if (catalogue) html = html.replace('</head>', () => `  <link rel="modulepreload" crossorigin href="./${catalogue}">\n  </head>`);
  const scripts = [...html.matchAll(/\n?\s*<(?:script type="module"[^>]*><\/script>|link rel="modulepreload"[^>]*>)/g)].map((m) => m[0]);
  for (const tag of scripts) html = html.replace(tag, '');
  html = html.replace('</head>', () => `${scripts.map((tag) => `  ${tag.trim()}\n`).join('')}  </head>`);
  // Each language's page names its own manifest (the installed app's name in that language).
  html = html.replace(/manifest\.zh\.webmanifest/, `manifest.${page.lang}.webmanifest`);
  // Assets are addressed from the page's folder (vite.config.ts: base './').
  if (page.up) html = html.replace(/(\s(?:src|href)=")\.\//g, `$1${page.up}`);
  if (!html.includes('data-page-lang') || !html.includes(rendered.html)) throw new Error('prerender: dist/index.html is not the template it expects');
  return html;
}

/**
 * Renders every page into `outDir` (a built dist/). `root` is the project.
 * @param {string} outDir @param {string} root
 */
export async function writePages(outDir, root) {
  const template = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  /** @type {Record<string, string>} */
  const css = {};
  for (const [, href] of template.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)) css[href] = fs.readFileSync(path.join(outDir, href), 'utf8');
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'));
  const catalogue = { zh: manifest['src/ui/i18n/zh.ts']?.file, en: manifest['src/ui/i18n/en.ts']?.file };
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const { renderPage, STORAGE_KEY } = await server.ssrLoadModule('/src/prerender.tsx');
    for (const page of PAGES) {
      const rendered = await renderPage(page.lang);
      const file = path.join(outDir, page.file);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, pageHtml(template, rendered, page, STORAGE_KEY, { css, catalogue }));
    }
  } finally {
    await server.close();
  }
}

/** @returns {import('vite').Plugin} */
export function prerenderPages() {
  /** @type {import('vite').ResolvedConfig} */
  let config;
  return {
    name: 'prerender-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        if (config.build.ssr) return;
        await writePages(path.resolve(config.root, config.build.outDir), config.root);
      },
    },
  };
}
