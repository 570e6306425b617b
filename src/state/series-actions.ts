import type { ForecastModel, SeriesDefinition } from '../model';
import { sameJson } from './merge-docs';
import type { Doc, Scenario } from './scenario';
import type { AppStore } from './store';
import { pruneRanges } from './uncertainty';
import { allSeries, hiddenOf, userSeriesOf, type UserSeries } from './user-series';

/**
 * What the store does with a person's own series (issue 19): add, replace, delete, hide and show. Each
 * is one undo step, or a refusal with its reason that changes nothing. Kept out of the doc slice, and
 * so out of the page's first load: only the series form (ui/series, loaded when opened) calls them.
 */

/** Why the door (io/user-series) or the store refused a series; the UI words each kind in the reader's language. */
export interface SeriesRefusal {
  readonly kind: string;
  readonly field: string;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The one validating door (io/user-series toUserSeries), handed in: state does not import io. */
export type SeriesDoor = (
  input: unknown,
  options: { readonly id?: string; readonly existingCount?: number },
) => { readonly ok: true; readonly value: SeriesDefinition } | { readonly ok: false; readonly error: SeriesRefusal };

export type SeriesChange = { readonly ok: true; readonly id: string } | { readonly ok: false; readonly error: SeriesRefusal };

/** The store's own reasons, beside the door's. */
export type StoreRefusalKind = 'unknown-series' | 'report-series' | 'already-added';

const refuse = (kind: StoreRefusalKind, field: string, message: string): SeriesChange => ({ ok: false, error: { kind, field, message, params: {} } });

export interface SeriesActions {
  add(input: unknown): SeriesChange;
  /** The series `id` with what was entered now; scenarios still on its old proposed path take the new one. */
  replace(id: string, input: unknown): SeriesChange;
  /** Deletes one of the user's series and its models from every scenario (undo brings all back). */
  remove(id: string): SeriesChange;
  /** Hides or shows any series; the report's can be hidden, never deleted. */
  setHidden(id: string, hidden: boolean): SeriesChange;
}

export function seriesActions(store: AppStore, door: SeriesDoor): SeriesActions {
  const own = () => userSeriesOf(store.getState().doc);
  const commit = (change: (doc: Doc) => Doc) => store.getState().commit(change);

  return {
    add: (input) => {
      const checked = door(input, { existingCount: own().length });
      if (!checked.ok) return checked;
      const series = checked.value;
      if (allSeries(store.getState().reportSeries, store.getState().doc).some((s) => s.id === series.id))
        return refuse('already-added', '', `The series ${series.id} is already there.`);
      // The commit gives every scenario the series' proposed path (withSeriesDefaults).
      commit((doc) => ({ ...doc, userSeries: [...userSeriesOf(doc), { input, definition: series }] }));
      return { ok: true, id: series.id };
    },
    replace: (id, input) => {
      const old = own().find((u) => u.definition.id === id);
      if (!old) return refuse('unknown-series', '', `No series of your own is called ${id}.`);
      const checked = door(input, { id, existingCount: own().length - 1 });
      if (!checked.ok) return checked;
      const next: UserSeries = { input, definition: checked.value };
      commit((doc) => ({
        ...doc,
        userSeries: userSeriesOf(doc).map((u) => (u.definition.id === id ? next : u)),
        scenarios: doc.scenarios.map((s) => followNewDefault(s, id, old.definition.baseModel, checked.value.baseModel)),
      }));
      return { ok: true, id };
    },
    remove: (id) => {
      if (store.getState().reportSeries.some((s) => s.id === id)) return refuse('report-series', '', "The report's series can be hidden, not deleted.");
      if (!own().some((u) => u.definition.id === id)) return refuse('unknown-series', '', `No series of your own is called ${id}.`);
      commit((doc) => withoutSeries(doc, id));
      return { ok: true, id };
    },
    setHidden: (id, hidden) => {
      if (!allSeries(store.getState().reportSeries, store.getState().doc).some((s) => s.id === id))
        return refuse('unknown-series', '', `No series is called ${id}.`);
      commit((doc) => {
        const list = hiddenOf(doc);
        if (list.includes(id) === hidden) return doc;
        return { ...doc, hidden: hidden ? [...list, id] : list.filter((h) => h !== id) };
      });
      return { ok: true, id };
    },
  };
}

/** A scenario still on the series' old proposed path takes the new one; one the user changed keeps theirs. */
function followNewDefault(scenario: Scenario, id: string, before: ForecastModel | undefined, after: ForecastModel | undefined): Scenario {
  const model = scenario.models[id];
  if (!after || !model || !sameJson(model, before)) return scenario;
  const uncertainty = pruneRanges(scenario.uncertainty, id, model, after);
  const { uncertainty: _old, ...rest } = scenario;
  return { ...rest, models: { ...scenario.models, [id]: after }, ...(uncertainty ? { uncertainty } : {}) };
}

/** The doc without one series: its definition, its models and ranges in every scenario, its chart's words. */
function withoutSeries(doc: Doc, id: string): Doc {
  const scenarios = doc.scenarios.map((s): Scenario => {
    const { [id]: _model, ...models } = s.models;
    if (!s.uncertainty?.ranges[id]) return { ...s, models };
    const { [id]: _ranges, ...ranges } = s.uncertainty.ranges;
    return { ...s, models, uncertainty: { ...s.uncertainty, ranges } };
  });
  const { [id]: _words, ...charts } = doc.charts ?? {};
  const { charts: _charts, hidden: _hidden, ...rest } = doc;
  const hidden = hiddenOf(doc).filter((h) => h !== id);
  return {
    ...rest,
    scenarios,
    userSeries: userSeriesOf(doc).filter((u) => u.definition.id !== id),
    ...(doc.charts ? { charts } : {}),
    ...(hidden.length ? { hidden } : {}),
  };
}
