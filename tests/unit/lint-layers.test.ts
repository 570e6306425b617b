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

  it('does not restrict src/ui', async () => {
    const errors = await layerErrors(
      'src/ui/ok.tsx',
      "import { useState } from 'react';\nimport { s } from '../state/store';\nexport const u = [useState, s];\n",
    );
    expect(errors).toEqual([]);
  });
});
