import { checkModelDomains, Dec, project, type Anchor, type AnchoredModel, type ForecastModel, type SeriesDefinition } from '../model';
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
export type StoreRefusalKind = 'unknown-series' | 'report-series' | 'already-added' | 'changed-elsewhere';

const refuse = (kind: StoreRefusalKind, field: string, message: string): SeriesChange => ({ ok: false, error: { kind, field, message, params: {} } });

export interface SeriesActions {
  add(input: unknown): SeriesChange;
  /**
   * The series `id` with what was entered now; scenarios still on its old proposed path take the new one. With
   * `startedFrom` (what the form was opened on), refused when the series has changed since (another tab saved
   * an edit of it): saving would put the other tab's correction back without a word.
   */
  replace(id: string, input: unknown, startedFrom?: unknown): SeriesChange;
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
      // A series' id comes from what was first entered: one edited since holds the id of content it no
      // longer has, and the same content entered again is a new series, under the next free id.
      const taken = (id: string) => allSeries(store.getState().reportSeries, store.getState().doc).some((s) => s.id === id);
      let series = checked.value;
      for (let n = 2; taken(series.id); n++) {
        const holder = own().find((u) => u.definition.id === series.id);
        if (!holder || sameJson(holder.input, input)) return refuse('already-added', '', `The series ${series.id} is already there.`);
        const next = door(input, { id: `${checked.value.id}-${n}`, existingCount: own().length });
        if (!next.ok) return next;
        series = next.value;
      }
      // The commit gives every scenario the series' proposed path (withSeriesDefaults).
      commit((doc) => ({ ...doc, userSeries: [...userSeriesOf(doc), { input, definition: series }] }));
      return { ok: true, id: series.id };
    },
    replace: (id, input, startedFrom) => {
      const old = own().find((u) => u.definition.id === id);
      if (!old) return refuse('unknown-series', '', `No series of your own is called ${id}.`);
      if (startedFrom !== undefined && !sameJson(old.input, startedFrom))
        return refuse('changed-elsewhere', '', `The series ${id} was changed elsewhere after this form was opened.`);
      const checked = door(input, { id, existingCount: own().length - 1 });
      if (!checked.ok) return checked;
      const next: UserSeries = { input, definition: checked.value };
      commit((doc) => ({
        ...doc,
        userSeries: userSeriesOf(doc).map((u) => (u.definition.id === id ? next : u)),
        // A new unit (a share, people, another currency): a model in the old one means nothing, every scenario takes the new path.
        scenarios: doc.scenarios.map((s) =>
          followNewDefault(s, id, old.definition.baseModel, checked.value.baseModel, !sameJson(old.definition.unit, checked.value.unit)),
        ),
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

/**
 * A scenario's model of an edited series. One still on the old proposed path takes the new path whole.
 * In one the person adjusted, what they took from the proposal follows the new one and what they changed
 * stays theirs: an anchor still on its figure's old value takes the figure's new value, an anchor they
 * moved keeps its value and stays tied to the figure of its year (whose id may have moved when figures
 * were added before it), an anchor whose figure is gone goes with it, a rate or setting still at the old
 * proposal takes the new one, and a figure added to the series joins a path that kept every old one. A
 * model of another kind (a constant growth, an S-curve) is the person's own and stays as it is. A new unit
 * (`newUnit`: a share, people, the other currency) puts every scenario on the new path and drops the series'
 * ranges: values and rates read in the old unit mean nothing in the new (undo brings them back).
 */
function followNewDefault(scenario: Scenario, id: string, before: ForecastModel | undefined, after: ForecastModel | undefined, newUnit: boolean): Scenario {
  const model = scenario.models[id];
  if (!after || !model) return scenario;
  const next = newUnit || sameJson(model, before) ? after : followEdits(model, before, after);
  // Ranges hold values (and rates) read in the old unit: with a new one, none of the series' stays.
  const ranges = scenario.uncertainty?.ranges[id];
  if (next === model && !(newUnit && ranges)) return scenario;
  const uncertainty = newUnit ? withoutRanges(scenario.uncertainty, id) : pruneRanges(scenario.uncertainty, id, model, next);
  const { uncertainty: _old, ...rest } = scenario;
  return { ...rest, models: { ...scenario.models, [id]: next }, ...(uncertainty ? { uncertainty } : {}) };
}

function withoutRanges(uncertainty: Scenario['uncertainty'], id: string): Scenario['uncertainty'] {
  if (!uncertainty?.ranges[id]) return uncertainty;
  const { [id]: _dropped, ...rest } = uncertainty.ranges;
  return { ...uncertainty, ranges: rest };
}

const sameValue = (a: string | undefined, b: string | undefined) => (a === undefined || b === undefined ? a === b : new Dec(a).equals(b));

function followEdits(model: ForecastModel, before: ForecastModel | undefined, after: ForecastModel): ForecastModel {
  if (model.type !== 'anchored' || before?.type !== 'anchored' || after.type !== 'anchored') return model;
  const was = new Map(before.anchors.map((a) => [a.year, a]));
  const now = new Map(after.anchors.map((a) => [a.year, a]));
  const tiedTo = (anchor: Anchor, figureId: string | undefined): Anchor => {
    const { figureId: _old, ...bare } = anchor;
    return figureId === undefined ? bare : { ...bare, figureId };
  };
  const anchors = model.anchors.flatMap((anchor): Anchor[] => {
    const old = was.get(anchor.year);
    const fresh = now.get(anchor.year);
    const untouched = old !== undefined && sameValue(anchor.low, old.low) && sameValue(anchor.high, old.high);
    if (untouched) return fresh ? [fresh] : [];
    return [tiedTo(anchor, fresh?.figureId)];
  });
  const years = new Set(model.anchors.map((a) => a.year));
  if (before.anchors.every((a) => years.has(a.year))) anchors.push(...after.anchors.filter((a) => !was.has(a.year) && !years.has(a.year)));
  anchors.sort((a, b) => a.year - b.year);
  const setting = <K extends 'through' | 'rateBefore' | 'rateAfter' | 'ceiling'>(key: K): AnchoredModel[K] => (model[key] === before[key] ? after[key] : model[key]);
  const ceiling = setting('ceiling');
  const next: AnchoredModel = {
    type: 'anchored',
    anchors,
    through: setting('through'),
    rateBefore: setting('rateBefore'),
    rateAfter: setting('rateAfter'),
    ...(ceiling !== undefined ? { ceiling } : {}),
  };
  // What cannot stand (no anchor left, a ceiling under a figure) leaves the person's model as it was.
  const first = anchors[0]?.year;
  const ok = first !== undefined && checkModelDomains(next).ok && project(next, { from: first, to: first }).ok;
  return ok ? next : model;
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
