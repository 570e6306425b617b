// axe-core in the page under test (not a test file: the runner loads *.e2e.mjs only).
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core over the whole page (or a frame), every rule axe runs by default (WCAG 2.0-2.2 A and
 * AA, best practices), and returns its violations as plain lines: "rule (impact) xN: target; target".
 * @param {import('playwright-core').Page | import('playwright-core').Frame} page
 * @returns {Promise<string[]>}
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await /** @type {any} */ (window).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((/** @type {any} */ v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((/** @type {any} */ n) => n.target.join(' ')),
    }));
  });
  return violations.map((v) => `${v.id} (${v.impact}) x${v.targets.length}: ${v.targets.slice(0, 4).join('; ')}`);
}
