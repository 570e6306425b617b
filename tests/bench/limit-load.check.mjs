// Checks the benches' load at the limit (limit-load.mjs) against the app's own doors: every series'
// input through the series door (toUserSeries), the whole envelope through the saved-state door
// (readSavedState), and every scenario's model of every series projected over the app's years.
// Run: npx tsx tests/bench/limit-load.check.mjs (exit code 1 when any is refused).
import { LIMIT, limitSavedState, seriesId, seriesInput } from './limit-load.mjs';
import { toUserSeries } from '../../src/io/user-series.ts';
import { readSavedState } from '../../src/io/saved-state.ts';
import { project } from '../../src/model/index.ts';

const fail = (/** @type {string} */ what, /** @type {unknown} */ why) => {
  console.error(`${what}: ${JSON.stringify(why)}`);
  process.exit(1);
};
/** @type {Record<string, number>} */
const kinds = {};
for (let j = 0; j < LIMIT.series; j++) {
  const result = toUserSeries(seriesInput(j), { id: seriesId(j), existingCount: j });
  if (!result.ok) fail(`series ${j}`, result.error);
  else for (const f of result.value.figures) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
}
for (const lang of /** @type {const} */ (['en', 'zh'])) {
  const envelope = limitSavedState(lang);
  const read = readSavedState(JSON.stringify(envelope));
  if (!read.ok) fail(`saved state (${lang})`, read);
  else {
    const { doc } = read.state;
    /** @type {Record<string, number>} */
    const models = {};
    for (const s of doc.scenarios)
      for (const [key, model] of Object.entries(s.models)) {
        models[model.type] = (models[model.type] ?? 0) + 1;
        const path = project(model, { from: 2015, to: 2050 });
        if (!path.ok) fail(`${s.id} ${key}`, path.error);
      }
    console.log(
      `${lang}: ${doc.userSeries?.length} series of one's own, ${doc.scenarios.length} scenarios (${doc.compared.length} compared), ` +
        `${JSON.stringify(envelope).length.toLocaleString('en')} characters saved; models ${JSON.stringify(models)}`,
    );
  }
}
console.log(`figures by kind: ${JSON.stringify(kinds)}`);
