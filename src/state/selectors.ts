import { project, type ForecastModel, type Projection, type Result, type SeriesDefinition } from '../model';
import type { AppState } from './app-state';
import type { Scenario } from './scenario';
import { shownSeries } from './user-series';

// Projections are derived, never stored (STYLE.md). A model object keeps its identity until it is
// edited, so a WeakMap keyed by it recomputes only what changed: one series of one scenario per drag.
const cache = new WeakMap<ForecastModel, Map<string, Result<Projection>>>();

export function projectModel(model: ForecastModel, from: number, to: number): Result<Projection> {
  const key = `${from}:${to}`;
  let byRange = cache.get(model);
  if (!byRange) {
    byRange = new Map();
    cache.set(model, byRange);
  }
  let result = byRange.get(key);
  if (!result) {
    result = project(model, { from, to });
    byRange.set(key, result);
  }
  return result;
}

let shown: { readonly from: readonly unknown[]; readonly series: readonly SeriesDefinition[] } | undefined;

/**
 * The series the page shows: the report's and the user's own, less the hidden ones. The same array
 * for as long as none of the three changes, so a component reading it re-renders only then.
 */
export function selectSeries({ reportSeries, doc }: AppState): readonly SeriesDefinition[] {
  const from = [reportSeries, doc.userSeries, doc.hidden];
  if (!shown?.from.every((x, i) => x === from[i])) shown = { from, series: shownSeries(reportSeries, doc) };
  return shown!.series;
}

export const selectScenario = (state: AppState, id: string): Scenario | undefined => state.doc.scenarios.find((s) => s.id === id);

export const selectFocus = (state: AppState): Scenario =>
  state.doc.scenarios.find((s) => s.id === state.doc.focusId) ?? state.doc.scenarios[0]!;

/** The compared scenarios, in the order of the scenario list (as the screen shows them). */
export function comparedScenarios(doc: Pick<AppState['doc'], 'scenarios' | 'compared'>): Scenario[] {
  return doc.scenarios.filter((s) => doc.compared.includes(s.id));
}

export interface SeriesProjection {
  readonly scenario: Scenario;
  readonly result: Result<Projection> | undefined;
}

/** One series' projection for each compared scenario (in the order of the list) over the years given. */
export function seriesProjections(
  doc: Pick<AppState['doc'], 'scenarios' | 'compared'>,
  seriesId: string,
  yearFrom: number,
  yearTo: number,
): SeriesProjection[] {
  return comparedScenarios(doc).map((scenario) => {
    const model = scenario.models[seriesId];
    return { scenario, result: model ? projectModel(model, yearFrom, yearTo) : undefined };
  });
}

/** One series' projection for each compared scenario over the chosen years. */
export function selectSeriesProjections(state: AppState, seriesId: string): SeriesProjection[] {
  return seriesProjections(state.doc, seriesId, state.settings.yearFrom, state.settings.yearTo);
}

/**
 * A selector of one series' projections that hands back the same array for as long as nothing a
 * chart of that series draws has changed (the projections, and each scenario's name, colour and
 * lock), so a drag on one series leaves the other series' panels un-rendered.
 */
export function seriesProjectionsSelector(seriesId: string): (state: AppState) => readonly SeriesProjection[] {
  let last: readonly SeriesProjection[] = [];
  let from: Pick<AppState, 'doc'> & Pick<AppState['settings'], 'yearFrom' | 'yearTo'> | undefined;
  return (state) => {
    const { doc } = state;
    const { yearFrom, yearTo } = state.settings;
    // The projections come from the doc and the years alone. Every change to the store asks every
    // panel's selector (the drag's draft, once a frame): when neither changed, nothing is looked up.
    if (from && from.doc === doc && from.yearFrom === yearFrom && from.yearTo === yearTo) return last;
    from = { doc, yearFrom, yearTo };
    const next = seriesProjections(doc, seriesId, yearFrom, yearTo);
    return sameProjections(last, next) ? last : (last = next);
  };
}

function sameProjections(a: readonly SeriesProjection[], b: readonly SeriesProjection[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      const [s, t] = [x.scenario, y.scenario];
      return x.result === y.result && s.id === t.id && s.name === t.name && s.colorIndex === t.colorIndex && s.readOnly === t.readOnly;
    })
  );
}
