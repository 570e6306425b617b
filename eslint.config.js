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
// Local plugin: layer direction (see STYLE.md).
//   src/model                 -> may import only decimal.js and other src/model files
//   src/state, charts, io     -> never src/ui, never react / react-dom
// ---------------------------------------------------------------------------
const LAYERS = ['model', 'state', 'ui', 'charts', 'io'];
/** @param {string} absFile @returns {string | null} */
const layerOf = (absFile) => {
  const [top, layer] = path.relative(ROOT, absFile).split(path.sep);
  return top === 'src' && layer && LAYERS.includes(layer) ? layer : null;
};
/** @param {string} spec */
const pkgName = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

/** @type {import('eslint').Rule.RuleModule} */
const layerDirection = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the src/ layer import direction (STYLE.md)' },
    schema: [],
    messages: {
      modelPure:
        "'{{spec}}': src/model must stay pure: it may import only decimal.js and other src/model files (STYLE.md)",
      noUi: "'{{spec}}': src/{{layer}} must never import from src/ui (dependencies point from ui inwards, never back) (STYLE.md)",
      noReact:
        "'{{spec}}': src/{{layer}} must not import React: only src/ui renders; charts are pure D3 functions (STYLE.md)",
    },
  },
  create(context) {
    const file = context.physicalFilename ?? context.filename;
    const from = layerOf(file);
    if (!from || from === 'ui') return {};
    /** @param {any} source */
    const check = (source) => {
      if (!source) return;
      const spec =
        source.type === 'Literal' && typeof source.value === 'string'
          ? source.value
          : source.type === 'TemplateLiteral' && source.expressions.length === 0
            ? source.quasis[0].value.cooked
            : null;
      if (spec == null) return; // computed dynamic import: cannot check statically
      const relative = spec.startsWith('.') || spec.startsWith('/');
      const target = relative
        ? layerOf(spec.startsWith('/') ? path.join(ROOT, spec) : path.resolve(path.dirname(file), spec))
        : null;
      const report = (/** @type {string} */ messageId) =>
        context.report({ node: source, messageId, data: { spec, layer: from } });
      if (from === 'model') {
        if (relative ? target !== 'model' : pkgName(spec) !== 'decimal.js') report('modelPure');
        return;
      }
      if (target === 'ui') report('noUi');
      else if (!relative && /^react(-dom)?$/.test(pkgName(spec))) report('noReact');
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
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
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
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
    files: ['*.{js,mjs,ts}', 'tests/**/*.{js,mjs,ts,tsx}', '.ci/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
