// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------
// Local plugin: the layers and the doors between them (../shared/STYLE.md, docs/architecture.md).
//
//   model    -> only decimal.js and other src/model files
//   charts   -> model                    (d3 modules; never React, never state, io or ui)
//   state    -> model                    (zustand)
//   io       -> model, and state's types (`import type` only: a file format names a Doc)
//   workers  -> model, charts, io
//   ui       -> state, charts, io, workers, model
//   main.tsx -> anything (it wires the page together); prerender.tsx, the page drawn at build time, too
//
// Inside src/ui each first-level folder (app, chart, assumptions, ...) is a room with a door: another
// folder (or main.tsx) imports it through its index only, or through a module named in DOORS. A
// dynamic import() may open any module of another folder: a lazy chunk is a deliberate door.
// Nothing outside src/ui (and main.tsx) imports React.
// ---------------------------------------------------------------------------
const LAYERS = ['model', 'charts', 'state', 'io', 'workers', 'ui'];
/** @type {Record<string, readonly string[]>} */
const ALLOWED = {
  model: [],
  charts: ['model'],
  state: ['model'],
  io: ['model'],
  workers: ['model', 'charts', 'io'],
  ui: ['model', 'charts', 'state', 'io', 'workers'],
};
/** Imports of types only that a layer may make beyond ALLOWED. */
/** @type {Record<string, readonly string[]>} */
const TYPES_FROM = { io: ['state'] };
/**
 * Modules of a UI folder that other folders may import besides its index: the lazily loaded catalogues,
 * the series form's words, which the import notices use for a refused series (through the index
 * they would bring the form's catalogues into the first load with its button), and how scenarios stand on a
 * report figure, which only the table and the CSV (both loaded later) use.
 */
/** @type {Record<string, readonly string[]>} */
const DOORS = {
  i18n: ['anchor-form', 'audit', 'exchange', 'goal', 'series', 'status', 'table', 'uncertainty', 'words'],
  series: ['use-series-text'],
  shared: ['figure-standing'],
};

/** @param {string} absFile @returns {string | null} */
const layerOf = (absFile) => {
  const parts = path.relative(ROOT, absFile).split(path.sep);
  if (parts[0] !== 'src') return null;
  if (parts.length === 2 && /^(?:main|prerender)\.tsx?$/.test(parts[1] ?? '')) return 'entry';
  return parts[1] && LAYERS.includes(parts[1]) ? parts[1] : null;
};
/** The UI folder a path lies in (src/ui/<folder>/...) and the path inside it, or null. */
/** @param {string} absPath @returns {{ folder: string, inside: string[] } | null} */
const uiRoom = (absPath) => {
  const parts = path.relative(path.join(ROOT, 'src', 'ui'), absPath).split(path.sep);
  if (parts[0] === '..' || parts.length < 2) return null;
  return { folder: /** @type {string} */ (parts[0]), inside: parts.slice(1) };
};
/** @param {{ folder: string, inside: string[] }} room */
const isDoor = (room) => {
  if (room.inside.length !== 1) return false;
  const name = (room.inside[0] ?? '').replace(/\.(tsx?|css)$/, '');
  return name === 'index' || (DOORS[room.folder] ?? []).includes(name);
};
/** @param {string} spec */
const pkgName = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

/** @type {import('eslint').Rule.RuleModule} */
const layerDirection = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the src/ layer import direction and the UI folders\u2019 doors (STYLE.md)' },
    schema: [],
    messages: {
      modelPure:
        "'{{spec}}': src/model must stay pure: it may import only decimal.js and other src/model files (STYLE.md)",
      noUi: "'{{spec}}': src/{{layer}} must never import from src/ui (dependencies point from ui inwards, never back) (STYLE.md)",
      noReact:
        "'{{spec}}': src/{{layer}} must not import React: only src/ui renders; charts are pure D3 functions (STYLE.md)",
      sibling: "'{{spec}}': src/{{layer}} may not import src/{{target}} (allowed: {{allowed}}) (STYLE.md)",
      typesOnly: "'{{spec}}': src/{{layer}} may import only types from src/{{target}}: use `import type` (STYLE.md)",
      door: "'{{spec}}': src/ui/{{folder}} is entered through its index ('{{door}}'), not a module inside it (STYLE.md)",
    },
  },
  create(context) {
    const file = context.physicalFilename ?? context.filename;
    const from = layerOf(file);
    if (!from) return {};
    const fromRoom = uiRoom(file);
    /** @param {any} node @param {any} source @param {boolean} typeOnly @param {boolean} dynamic */
    const check = (node, source, typeOnly, dynamic) => {
      if (!source) return;
      const spec =
        source.type === 'Literal' && typeof source.value === 'string'
          ? source.value
          : source.type === 'TemplateLiteral' && source.expressions.length === 0
            ? source.quasis[0].value.cooked
            : null;
      if (spec == null) return; // computed dynamic import: cannot check statically
      const relative = spec.startsWith('.') || spec.startsWith('/');
      const absTarget = relative ? (spec.startsWith('/') ? path.join(ROOT, spec) : path.resolve(path.dirname(file), spec)) : null;
      const target = absTarget ? layerOf(absTarget) : null;
      /** @param {string} messageId @param {Record<string, string>} [extra] */
      const report = (messageId, extra = {}) => context.report({ node: source, messageId, data: { spec, layer: from, ...extra } });
      if (from === 'model') {
        if (relative ? target !== 'model' : pkgName(spec) !== 'decimal.js') report('modelPure');
        return;
      }
      if (!relative) {
        if (from !== 'ui' && from !== 'entry' && /^react(-dom)?$/.test(pkgName(spec))) report('noReact');
        return;
      }
      if (!target || target === from) {
        // Inside src/ui: another folder only through its door (static imports; import() opens any module).
        const toRoom = absTarget ? uiRoom(absTarget) : null;
        if (from === 'ui' && toRoom && fromRoom && toRoom.folder !== fromRoom.folder && !dynamic && !isDoor(toRoom))
          report('door', { folder: toRoom.folder, door: path.relative(path.dirname(file), path.join(ROOT, 'src', 'ui', toRoom.folder)).split(path.sep).join('/') });
        return;
      }
      if (from === 'entry') {
        const toRoom = target === 'ui' && absTarget ? uiRoom(absTarget) : null;
        if (toRoom && !dynamic && !isDoor(toRoom)) report('door', { folder: toRoom.folder, door: `./ui/${toRoom.folder}` });
        return;
      }
      if (target === 'ui') return report('noUi');
      if ((ALLOWED[from] ?? []).includes(target)) return;
      if ((TYPES_FROM[from] ?? []).includes(target)) {
        if (!typeOnly) report('typesOnly', { target });
        return;
      }
      report('sibling', { target, allowed: (ALLOWED[from] ?? []).join(', ') || 'none' });
    };
    /** @param {any} node */
    const typeOnlyImport = (node) =>
      node.importKind === 'type' || (node.specifiers?.length > 0 && node.specifiers.every((/** @type {any} */ s) => s.importKind === 'type'));
    return {
      ImportDeclaration: (node) => check(node, node.source, typeOnlyImport(node), false),
      ExportNamedDeclaration: (node) => check(node, node.source, /** @type {any} */ (node).exportKind === 'type', false),
      ExportAllDeclaration: (node) => check(node, node.source, /** @type {any} */ (node).exportKind === 'type', false),
      ImportExpression: (node) => check(node, node.source, false, true),
    };
  },
};

const layersPlugin = { meta: { name: 'layers' }, rules: { direction: layerDirection } };

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', '.vite/'] },

  js.configs.recommended,
  ...tseslint.configs.recommended,

  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Browser code.
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },

  // React hooks rules where React lives.
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx', 'src/prerender.tsx'],
    ...reactHooks.configs.flat.recommended,
  },

  // Layer direction, for production code (co-located *.test.ts files may use
  // vitest, fast-check, etc.).
  {
    files: ['src/**/*.{ts,tsx,js,jsx,mts,cts}'],
    ignores: ['src/**/*.test.*', 'src/**/*.spec.*'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/direction': 'error' },
  },

  // Node-side tooling and tests (e2e files also contain page.evaluate callbacks).
  {
    files: ['*.{js,mjs,ts}', 'scripts/**/*.{js,mjs}', 'tests/**/*.{js,mjs,ts,tsx}', '.ci/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/e2e/**/*.mjs', 'tests/fuzz/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
