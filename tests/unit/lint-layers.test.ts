// @vitest-environment node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RULE = 'layers/direction';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, 'eslint.config.js') });
});

/** Lint `code` as if it lived at `relFile`; return the layer-rule messages only. */
async function layerErrors(relFile: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, relFile) });
  expect(result).toBeDefined();
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal, 'code must parse').toEqual([]);
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('eslint layer-direction rule', { timeout: 60_000 }, () => {
  it('rejects react in src/model', async () => {
    const errors = await layerErrors(
      'src/model/bad-react.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('src/model must stay pure');
  });

  it('rejects src/model importing src/state', async () => {
    const errors = await layerErrors(
      'src/model/bad-state.ts',
      "import { useStore } from '../state/store';\nexport const s = useStore;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('src/model must stay pure');
  });

  it('also checks re-exports and literal dynamic imports', async () => {
    const errors = await layerErrors(
      'src/model/bad-reexport.ts',
      "export { a } from '../io/csv';\nexport * from 'd3-array';\nexport const load = () => import('../state/store');\n",
    );
    expect(errors).toHaveLength(3);
  });

  it('allows src/model to import decimal.js and other model files', async () => {
    const errors = await layerErrors(
      'src/model/ok.ts',
      "import Decimal from 'decimal.js';\nimport { cagr } from './cagr';\nimport type { Row } from './sub/types';\nexport const f = (r: Row) => cagr(new Decimal(1), r);\n",
    );
    expect(errors).toEqual([]);
  });

  it('rejects src/state importing src/ui', async () => {
    const errors = await layerErrors(
      'src/state/bad-ui.ts',
      "import { App } from '../ui/App';\nexport const a = App;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('must never import from src/ui');
  });

  it('rejects react in src/charts', async () => {
    const errors = await layerErrors(
      'src/charts/bad-react.ts',
      "import { createElement } from 'react';\nexport const c = createElement;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('must not import React');
  });

  it('allows src/charts to import d3 and src/model', async () => {
    const errors = await layerErrors(
      'src/charts/ok.ts',
      "import { scaleLinear } from 'd3-scale';\nimport { x } from '../model/x';\nexport const s = scaleLinear().domain([0, x]);\n",
    );
    expect(errors).toEqual([]);
  });

  it('lets src/ui import every layer below it, and React', async () => {
    const errors = await layerErrors(
      'src/ui/app/ok.tsx',
      "import { useState } from 'react';\nimport { s } from '../../state/store';\nimport { c } from '../../charts';\nimport { i } from '../../io/csv';\nimport { w } from '../../workers/simulation-client';\nexport const u = [useState, s, c, i, w];\n",
    );
    expect(errors).toEqual([]);
  });

  // Sibling layers (STYLE.md): charts, state and io do not import each other; io may name state's types.
  it.each([
    ['src/charts/bad.ts', '../state/store'],
    ['src/charts/bad.ts', '../io/csv'],
    ['src/state/bad.ts', '../io/csv'],
    ['src/state/bad.ts', '../charts/svg'],
    ['src/io/bad.ts', '../charts/svg'],
    ['src/workers/bad.ts', '../state/store'],
  ])('rejects %s importing %s', async (file, spec) => {
    const errors = await layerErrors(file, `import { x } from '${spec}';\nexport const y = x;\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/may not import src\/(state|io|charts)/);
  });

  it('lets src/io import types, and only types, from src/state', async () => {
    expect(await layerErrors('src/io/ok.ts', "import type { Doc } from '../state';\nexport type D = Doc;\n")).toEqual([]);
    expect(await layerErrors('src/io/ok2.ts', "import { type Doc, type Scenario } from '../state';\nexport type D = [Doc, Scenario];\n")).toEqual([]);
    const errors = await layerErrors('src/io/bad.ts', "import { comparedScenarios } from '../state';\nexport const c = comparedScenarios;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('only types from src/state');
  });

  it('rejects src/workers importing src/ui, and React', async () => {
    const errors = await layerErrors('src/workers/bad.ts', "import { x } from '../ui/drag';\nimport { useState } from 'react';\nexport const y = [x, useState];\n");
    expect(errors).toHaveLength(2);
  });

  it('lets src/workers import the model, charts and io', async () => {
    expect(await layerErrors('src/workers/ok.ts', "import { a } from '../model';\nimport { b } from '../charts/svg';\nimport { c } from '../io/csv';\nexport const y = [a, b, c];\n")).toEqual([]);
  });

  // Feature folders in src/ui are rooms with doors: another folder comes in through the index.
  it('rejects a UI folder importing a module inside another folder', async () => {
    const errors = await layerErrors('src/ui/app/bad.tsx', "import { ChartView } from '../chart/ChartView';\nexport const v = ChartView;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("src/ui/chart is entered through its index ('../chart')");
  });

  it('rejects a type-only import past the door too, and a re-export', async () => {
    const errors = await layerErrors(
      'src/ui/exchange/bad.ts',
      "import type { SeriesEntry } from '../chart/chart-data';\nexport { ChartView } from '../chart/ChartView';\nexport type S = SeriesEntry;\n",
    );
    expect(errors).toHaveLength(2);
  });

  it('lets a UI folder import another through its index, its own modules freely, and i18n\'s named doors', async () => {
    const errors = await layerErrors(
      'src/ui/app/ok.tsx',
      "import { ChartPanel } from '../chart';\nimport { x } from '../chart/index';\nimport { y } from './SettingsBar';\nimport type { ExchangeMessages } from '../i18n/exchange';\nimport { goalCatalogues } from '../i18n/goal';\nexport const z = [ChartPanel, x, y, goalCatalogues] as unknown as ExchangeMessages;\n",
    );
    expect(errors).toEqual([]);
  });

  it('keeps every other module of i18n behind its index (the named doors are exchange, goal, status, uncertainty and words)', async () => {
    const errors = await layerErrors('src/ui/app/bad.tsx', "import { goalEn } from '../i18n/goal-en';\nexport const z = goalEn;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('src/ui/i18n is entered through its index');
  });

  it('lets import() open any module of another folder: a lazy chunk is a deliberate door', async () => {
    expect(await layerErrors('src/ui/app/ok.tsx', "export const load = () => import('../audit/AuditPanel');\n")).toEqual([]);
  });

  it('holds main.tsx to the doors as well', async () => {
    const errors = await layerErrors('src/main.tsx', "import { App } from './ui/app/App';\nimport { AppProvider } from './ui/shared';\nexport const a = [App, AppProvider];\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('src/ui/app is entered through its index');
  });
});
