import { newSeriesOf, planSeries, renameScenarioSeries, renameView } from '../../io/exchange-series';
import { importedCharts, type ExchangedScenario, type ExchangeView, type ImportResult } from '../../io/scenario-file';
import type { SeriesDefinition } from '../../model';
import { MAX_COMPARED, newScenarioId, PALETTE_SIZE, translateGivenText, userSeriesOf, withSeriesDefaults, type AppStore, type Doc, type Scenario, type Settings } from '../../state';
import { mergeScenarios, planMerge } from '../../state/merge';
import type { Notice } from '../shared';

const asImported = (scenarios: readonly ExchangedScenario[]) => scenarios.map((s) => ({ ...s, origin: 'import' as const }));

let imports = 0;
/**
 * A key no other change has: an import's changes (its series, its scenarios, its view) all commit with
 * it, so the store's history coalesces them into one undo step.
 */
const importStep = () => `import-${++imports}`;

/** Each incoming scenario's id here, and how many were added and how many the reader already had. */
function merge(store: AppStore, scenarios: readonly ExchangedScenario[], step: string) {
  const before = new Set(store.getState().doc.scenarios.map((s) => s.id));
  const mapped = mergeScenarios(store, scenarios, step);
  const distinct = [...new Set(mapped.filter((id): id is string => id !== undefined))];
  return { mapped, count: distinct.filter((id) => !before.has(id)).length, present: distinct.filter((id) => before.has(id)).length };
}

type Accepted = Extract<ImportResult, { ok: true }>;
type Placed = { readonly ok: true; readonly result: Accepted; readonly series?: { readonly count: number; readonly present: number } } | { readonly ok: false };

/**
 * A file's or link's own series beside the user's (io/exchange-series planSeries: one the user has is
 * that one; one clashing by id with another gets a new id), and its scenarios and view renamed to
 * follow. Refused, changing nothing, when they would pass the 20 series a person may keep.
 */
export function placeSeries(store: AppStore, result: Accepted, step: string): Placed {
  if (!result.series?.length) return { ok: true, result };
  const state = store.getState();
  const { plan, added } = seriesPlan(state.doc, state.reportSeries, result.series);
  if (!plan.ok) return { ok: false };
  // The commit gives the user's scenarios each new series' proposed path (withSeriesDefaults).
  if (added.length) state.commit((doc) => ({ ...doc, userSeries: [...userSeriesOf(doc), ...added] }), step);
  const scenarios = result.scenarios.map((s) => renameScenarioSeries(s, plan.rename));
  const renamed: Accepted = { ok: true, scenarios, ...(result.view ? { view: renameView(result.view, plan.rename) } : {}) };
  return { ok: true, result: renamed, series: { count: added.length, present: plan.entries.length - added.length } };
}

/** Where incoming series go among the user's (io/exchange-series planSeries), and those it adds. */
function seriesPlan(doc: Doc, report: readonly SeriesDefinition[], incoming: Accepted['series']) {
  const plan = planSeries(
    report.map((s) => s.id),
    userSeriesOf(doc),
    incoming ?? [],
  );
  return { plan, added: plan.ok ? newSeriesOf(plan.entries) : [] };
}

/**
 * What Add would do, worked out without changing anything (the import preview shows it): where each
 * incoming series goes, then what becomes of each scenario, compared with the user's scenarios as they
 * will be once the new series are in (renamed as placeSeries renames them), so the preview and the
 * import agree.
 */
export function planImport(doc: Doc, report: readonly SeriesDefinition[], pending: { readonly scenarios: readonly ExchangedScenario[]; readonly series?: Accepted['series'] }) {
  const { plan: series, added } = seriesPlan(doc, report, pending.series);
  if (!series.ok) return { series, added, scenarios: planMerge(doc.scenarios, pending.scenarios, userSeriesOf(doc)) };
  const after = added.length ? withSeriesDefaults({ ...doc, userSeries: [...userSeriesOf(doc), ...added] }) : doc;
  const incoming = pending.scenarios.map((s) => renameScenarioSeries(s, series.rename));
  return { series, added, scenarios: planMerge(after.scenarios, incoming, userSeriesOf(after)) };
}

/** A file's series and scenarios beside the user's own, only those the user does not have. A refused file changes nothing. */
export function addImported(store: AppStore, result: ImportResult): Notice {
  if (!result.ok) return { kind: 'import-error', error: result.error, from: 'file', seriesProblem: result.seriesProblem };
  const step = importStep();
  const placed = placeSeries(store, result, step);
  if (!placed.ok) return { kind: 'import-error', error: 'too-many-series', from: 'file' };
  const series = placed.series ? { series: placed.series } : {};
  if (!result.scenarios.length) return placed.series ? { kind: 'series-added', ...placed.series } : { kind: 'import-none' };
  const { count, present } = merge(store, placed.result.scenarios, step);
  return count || present || placed.series?.count ? { kind: 'imported', count, present, ...series } : { kind: 'import-none' };
}

// The view a link may set; the theme only in an embed, where it is the page's, not the reader's, choice.
const SHARED_SETTINGS = ['lang', 'yearFrom', 'yearTo', 'scale', 'currency', 'usdCny', 'unitStyle'] as const;

/** A setting of the reader's view a link would change (the two years as one). */
export type ViewChange = 'years' | Exclude<(typeof SHARED_SETTINGS)[number], 'yearFrom' | 'yearTo'>;

/** What a link's view would change of the reader's, in the order the settings bar shows them (the preview lists them). */
export function viewChanges(yours: Settings, link: NonNullable<ExchangeView['settings']>): ViewChange[] {
  // A rate is a number however it is written (7.1268 and 7.12680 are one rate).
  const same = (key: (typeof SHARED_SETTINGS)[number]) => (key === 'usdCny' ? Number(link.usdCny) === Number(yours.usdCny) : link[key] === yours[key]);
  const differs = (key: (typeof SHARED_SETTINGS)[number]) => link[key] !== undefined && !same(key);
  const keys = ['lang', 'scale', 'unitStyle', 'currency', 'usdCny'] as const;
  return [...(differs('yearFrom') || differs('yearTo') ? (['years'] as const) : []), ...keys.filter(differs)];
}

/**
 * A shared link opened: its scenarios beside the user's own (never over them; one the user already
 * has is that one, not a copy), exactly those compared, its focus and its view applied. An embed shows the link's scenarios alone, under the
 * sender's names, in a store that keeps nothing. A refused link changes nothing.
 */
export function openShared(store: AppStore, given: ImportResult, options: { readonly embed?: boolean; readonly keepView?: boolean } = {}): Notice {
  if (!given.ok) return { kind: 'import-error', error: given.error, from: 'link', seriesProblem: given.seriesProblem };
  const state = store.getState();
  const step = importStep();
  // An embed keeps nothing of the reader's: the link's series and scenarios alone.
  const placed: Placed = options.embed ? { ok: true, result: given } : placeSeries(store, given, step);
  if (!placed.ok) return { kind: 'import-error', error: 'too-many-series', from: 'link' };
  const result = placed.result;
  const merged = options.embed ? undefined : merge(store, result.scenarios, step);
  // Indices into the link's scenarios stay aligned: one with no room maps to "", which nothing matches.
  const ids = merged ? merged.mapped.map((id) => id ?? '') : replaceAll(store, result.scenarios, given.series);
  if (!ids.some(Boolean)) return { kind: 'import-none' };
  const view = result.view ?? {};
  const wanted = (view.compared ?? ids.map((_, i) => i)).flatMap((i) => ids[i] || []);
  const compared = (wanted.length ? wanted : ids.filter(Boolean)).slice(0, MAX_COMPARED);
  const focusId = (view.focus !== undefined ? ids[view.focus] : undefined) || compared[0]!;
  // The link's words on its charts replace the reader's on those charts only (undo brings them back).
  const charts = importedCharts(view.charts, ids);
  state.commit((doc) => ({
    ...doc,
    compared: doc.scenarios.map((s) => s.id).filter((id) => compared.includes(id)),
    focusId,
    ...(Object.keys(charts).length ? { charts: { ...doc.charts, ...charts } } : {}),
  }), step);
  const counts = { count: merged ? merged.count : ids.length, present: merged ? merged.present : 0, ...(placed.series ? { series: placed.series } : {}) };
  if (view.settings && !options.keepView) {
    const keys: readonly (keyof Settings)[] = options.embed ? [...SHARED_SETTINGS, 'theme'] : SHARED_SETTINGS;
    const change: Partial<Record<keyof Settings, unknown>> = {};
    for (const key of keys) if (view.settings[key] !== undefined) change[key] = view.settings[key];
    // The reader's own ready-made scenarios follow the link's language, as a switch of it would ("Report base case" on a
    // Chinese page otherwise); the link's own arrive under the sender's names, which that leaves as they are.
    const lang = view.settings.lang;
    if (!options.embed && lang && lang !== state.settings.lang) state.commit((doc) => ({ ...doc, scenarios: doc.scenarios.map((s) => translateGivenText(s, lang)) }), step);
    // Years outside 2000-2100 are refused (state/settings-slice): the rest of the view still applies, and the reader is told.
    // One undo step with the link's scenarios: undo gives the reader back their view as well.
    if (state.setSettings(change as Partial<Settings>, step)) {
      const { yearFrom: _from, yearTo: _to, ...rest } = change;
      state.setSettings(rest as Partial<Settings>, step);
      return { kind: 'shared', ...counts, yearsRefused: true };
    }
  }
  return { kind: 'shared', ...counts };
}

function replaceAll(store: AppStore, incoming: readonly ExchangedScenario[], series: Accepted['series']): string[] {
  // Each in the sender's colour, as on their page and slides; by place where the link names none (older links).
  const scenarios: Scenario[] = asImported(incoming).map((s, i) => ({ ...s, id: newScenarioId(), readOnly: true, colorIndex: incoming[i]!.colorIndex ?? i % PALETTE_SIZE }));
  const ids = scenarios.map((s) => s.id);
  store.getState().commit(() => ({ scenarios, compared: ids, focusId: ids[0]!, ...(series?.length ? { userSeries: series } : {}) }));
  return ids;
}
