// The frame bench's command line (see ../frame.bench.mjs for what each option does) and its constants.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const arg = (/** @type {string} */ name, /** @type {number} */ fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
export const INPUTS = arg('inputs', 100);
export const WARMUP = arg('warmup', 10);
export const GAP_MS = arg('gap', 40);
export const PROFILE = process.argv.includes('--profile');
export const TRACE = process.argv.includes('--trace');
export const HIDE_TABLES = process.argv.includes('--hide-tables');
export const FLOOR = process.argv.includes('--floor');
export const CSS_TEXT = process.argv.find((a) => a.startsWith('--css='))?.slice('--css='.length);
// --load=limit: the app at issue 19's stated limits (../limit-load.mjs), 20 series of one's own and 10
// scenarios, seeded as saved work; by default the report's 3 series and 10 scenarios made through the UI.
export const LOAD = process.argv.find((a) => a.startsWith('--load='))?.slice('--load='.length) ?? 'default';
if (!['default', 'limit'].includes(LOAD)) throw new Error(`--load=${LOAD}: default or limit`);
export const DIST = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length);
export const COMPARED = 10;
export const TARGET_MS = 16;
export const THROTTLE = 4;
export const SLIDER = '[data-testid="field-t2v-revenue-global-rateAfter"] input[type="range"]';
export const CHART = '[data-testid="chart-panel-t2v-revenue-global"] .chart-view';
// --quick: the throttled drag alone, for comparing changes.
export const QUICK = process.argv.includes('--quick');
