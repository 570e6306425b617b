import { BASE_ID, MAX_SCENARIOS, newScenarioId, uniqueName, type Doc, type Scenario } from './scenario';
import { MAX_COMPARED } from './doc-slice';
import { withSeriesDefaults } from './user-series';

/** Whether two plain JSON values hold the same thing, whatever the order of their keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export interface MergedDoc {
  readonly doc: Doc;
  /** Names of this tab's scenarios kept as copies because the other tab changed them too. */
  readonly conflicts: readonly string[];
  /** This tab's scenarios and series that did not fit beside the other tab's (the lists were full): for the user to keep. */
  readonly lost?: Lost;
}

/** What a merge could not keep of this tab's work: handed back, never dropped unannounced. */
export interface Lost {
  readonly scenarios: readonly Scenario[];
  readonly series: NonNullable<Doc['userSeries']>;
}

/**
 * One value merged three ways: the side that changed it since `base`, or either when both made it the same;
 * `CLASH` when both changed it differently.
 */
const CLASH = Symbol('clash');
function mergeValue<T>(base: T, mine: T, theirs: T): T | typeof CLASH {
  if (sameJson(mine, base) || sameJson(mine, theirs)) return theirs;
  if (sameJson(theirs, base)) return mine;
  return CLASH;
}

/** A record merged key by key (a scenario's models, its ranges: by series id); `CLASH` when one key clashes. */
function mergeRecord<T>(base: Readonly<Record<string, T>> = {}, mine: Readonly<Record<string, T>> = {}, theirs: Readonly<Record<string, T>> = {}): Record<string, T> | typeof CLASH {
  const merged: Record<string, T> = {};
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    const value = mergeValue(base[key], mine[key], theirs[key]);
    if (value === CLASH) return CLASH;
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * A scenario changed in both tabs, merged field by field and its models and ranges series by series: adding or
 * editing a series of one's own gives every scenario a model of it, so a series added in each tab changes every
 * scenario on both sides without a clash. Undefined when the same field or series' model was changed differently.
 */
function mergeScenario(base: Scenario, mine: Scenario, theirs: Scenario): Scenario | undefined {
  const fields = ({ models: _m, uncertainty: _u, ...rest }: Scenario): Record<string, unknown> => rest;
  const draw = (s: Scenario): Record<string, unknown> => ({ seed: s.uncertainty?.seed, samples: s.uncertainty?.samples });
  const models = mergeRecord(base.models, mine.models, theirs.models);
  const ranges = mergeRecord(base.uncertainty?.ranges, mine.uncertainty?.ranges, theirs.uncertainty?.ranges);
  const rest = mergeRecord(fields(base), fields(mine), fields(theirs));
  const drawn = mergeRecord(draw(base), draw(mine), draw(theirs));
  if (models === CLASH || ranges === CLASH || rest === CLASH || drawn === CLASH) return undefined;
  const uncertainty = drawn.seed === undefined ? undefined : ({ ...drawn, ranges } as Scenario['uncertainty']);
  return { ...(rest as Omit<Scenario, 'models' | 'uncertainty'>), models, ...(uncertainty ? { uncertainty } : {}) };
}

/**
 * A list merged item by item (by `key`) against `base`: an item changed on one side only takes that side; one
 * made on either side stays (theirs in their order, then this tab's); one deleted on one side and untouched on the
 * other goes. One changed on both sides is `both`'s to settle: the merged item, or undefined to take theirs and
 * hand this tab's to `clash`.
 */
function mergeList<T>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  key: (item: T) => string,
  both: (before: T | undefined, mine: T, theirs: T) => T | undefined,
  clash: (mine: T) => void,
): T[] {
  const byKey = (list: readonly T[]) => new Map(list.map((item) => [key(item), item]));
  const [was, ours, other] = [byKey(base), byKey(mine), byKey(theirs)];
  const changed = (now: T | undefined, before: T | undefined) => !sameJson(now, before);
  const merged: T[] = [];
  for (const their of theirs) {
    const before = was.get(key(their));
    const my = ours.get(key(their));
    if (!my) {
      // Deleted here: it goes unless the other tab changed it since (then its change wins).
      if (before && !changed(their, before)) continue;
      merged.push(their);
    } else if (!changed(my, before) || sameJson(my, their)) merged.push(their);
    else if (!changed(their, before)) merged.push(my);
    else {
      const settled = both(before, my, their);
      merged.push(settled ?? their);
      if (!settled) clash(my);
    }
  }
  for (const my of mine) {
    if (other.has(key(my))) continue;
    const before = was.get(key(my));
    // Deleted there: it goes unless this tab changed it since.
    if (before && !changed(my, before)) continue;
    merged.push(my);
  }
  return merged;
}

/** A list of ids merged as a set: theirs, less what this tab took out since `base`, with what it put in. */
function mergeIds(base: readonly string[] = [], mine: readonly string[] = [], theirs: readonly string[] = []): string[] {
  return [...new Set([...theirs.filter((id) => !base.includes(id) || mine.includes(id)), ...mine.filter((id) => !base.includes(id))])];
}

/**
 * A merged doc: at most MAX_SCENARIOS scenarios, the compared (at most MAX_COMPARED) and the focus among them (the
 * base, else the first, where none is), empty lists left out, each scenario holding a model of every series.
 */
function docOf(scenarios: readonly Scenario[], compared: readonly string[], focusId: string, own: Pick<Doc, 'userSeries' | 'hidden' | 'charts'>): Doc {
  const kept = scenarios.slice(0, MAX_SCENARIOS);
  const ids = new Set(kept.map((s) => s.id));
  const fallback = ids.has(BASE_ID) ? BASE_ID : kept[0]!.id;
  const shown = compared.filter((id) => ids.has(id)).slice(0, MAX_COMPARED);
  return withSeriesDefaults({
    scenarios: kept,
    compared: shown.length ? shown : [fallback],
    focusId: ids.has(focusId) ? focusId : fallback,
    ...(own.userSeries?.length && { userSeries: own.userSeries }),
    ...(own.hidden?.length && { hidden: own.hidden }),
    ...(own.charts && Object.keys(own.charts).length && { charts: own.charts }),
  });
}

/**
 * Another tab's saved doc merged into this tab's (issue 15): `base` is what both last agreed on (what this tab
 * last wrote or read). Scenarios and series of one's own item by item; a scenario changed on both sides field by
 * field and series by series, and where the same thing was changed differently, theirs keeps its id and this tab's
 * is kept as a copy, named in `conflicts`. The compared and hidden lists as sets, the chart words chart by chart.
 * At most `maxSeries` series (the saved work's limit; theirs first, as saved).
 */
export function mergeDocs(base: Doc, mine: Doc, theirs: Doc, maxSeries = Infinity): MergedDoc {
  const copies: Scenario[] = [];
  const scenarios = mergeList(base.scenarios, mine.scenarios, theirs.scenarios, (s) => s.id, (before, my, their) => before && mergeScenario(before, my, their), (my) => copies.push(my));
  for (const copy of copies) scenarios.push({ ...copy, id: newScenarioId(), name: uniqueName(copy.name, scenarios), readOnly: false });
  // Theirs come first (as saved, within the limits), so what does not fit is this tab's.
  const lostScenarios = scenarios.splice(MAX_SCENARIOS);
  const copied = scenarios.slice(scenarios.length - copies.length + Math.min(copies.length, lostScenarios.length));
  const conflicts = copied.map((s) => s.name);
  // A series changed in both: theirs (the series form refuses a save over a series changed elsewhere).
  const series = mergeList(base.userSeries ?? [], mine.userSeries ?? [], theirs.userSeries ?? [], (u) => u.definition.id, () => undefined, () => undefined);
  const lostSeries = series.splice(maxSeries);
  const charts = mergeRecord(base.charts, mine.charts, theirs.charts);
  const doc = docOf(scenarios, [...mergeIds(base.compared, mine.compared, theirs.compared), ...copied.map((s) => s.id)], mine.focusId, {
    userSeries: series,
    hidden: mergeIds(base.hidden, mine.hidden, theirs.hidden),
    // The same chart's words changed in both: this tab's.
    charts: charts === CLASH ? mine.charts : charts,
  });
  return { doc, conflicts, ...((lostScenarios.length || lostSeries.length) && { lost: { scenarios: lostScenarios, series: lostSeries } }) };
}

/**
 * This tab's undo steps with the other tab's change (`was` to `theirs`) applied to each: what the other tab made,
 * changed or deleted, item by item; where a step holds this tab's own version of an item the other tab changed,
 * the two merged field by field, this tab's kept where they clash. An undo then takes back this tab's change
 * alone, never the other tab's work, and never brings back what the other tab deleted. What the other tab changed
 * is worked out once, so each of up to 200 steps costs a look-up per item.
 */
export function rebaser(was: Doc, theirs: Doc): (step: Doc) => Doc {
  const delta = <T>(before: readonly T[], other: readonly T[], key: (item: T) => string) => {
    const wasBy = new Map(before.map((item) => [key(item), item]));
    const theirBy = new Map(other.map((item) => [key(item), item]));
    const changed = new Set([...wasBy.keys(), ...theirBy.keys()].filter((k) => !sameJson(wasBy.get(k), theirBy.get(k))));
    return { wasBy, theirBy, changed, added: other.filter((item) => !wasBy.has(key(item))) };
  };
  const list = <T>(mine: readonly T[], d: ReturnType<typeof delta<T>>, key: (item: T) => string, merge: (before: T, mine: T, their: T) => T | undefined): T[] => {
    const kept = mine.flatMap((my) => {
      const k = key(my);
      if (!d.changed.has(k) || !d.wasBy.has(k)) return [my];
      const [prior, their] = [d.wasBy.get(k)!, d.theirBy.get(k)];
      if (their === undefined) return []; // deleted there
      return [my === prior || sameJson(my, prior) ? their : (merge(prior, my, their) ?? my)];
    });
    const have = new Set(mine.map(key));
    return [...kept, ...d.added.filter((item) => !have.has(key(item)))];
  };
  const scenarioKey = (s: Scenario) => s.id;
  const seriesKey = (u: NonNullable<Doc['userSeries']>[number]) => u.definition.id;
  const scenarioDelta = delta(was.scenarios, theirs.scenarios, scenarioKey);
  const seriesDelta = delta(was.userSeries ?? [], theirs.userSeries ?? [], seriesKey);
  const chartIds = [...new Set([...Object.keys(was.charts ?? {}), ...Object.keys(theirs.charts ?? {})])].filter((id) => !sameJson(was.charts?.[id], theirs.charts?.[id]));
  return (step) => {
    const scenarios = list(step.scenarios, scenarioDelta, scenarioKey, mergeScenario);
    const series = list(step.userSeries ?? [], seriesDelta, seriesKey, () => undefined);
    const charts = { ...step.charts };
    for (const id of chartIds) {
      if (!sameJson(step.charts?.[id], was.charts?.[id])) continue;
      if (theirs.charts?.[id]) charts[id] = theirs.charts[id];
      else delete charts[id];
    }
    // The sets with the other tab's change as the change, so the step's own order comes first.
    return docOf(scenarios, mergeIds(was.compared, theirs.compared, step.compared), step.focusId, {
      userSeries: series,
      hidden: mergeIds(was.hidden, theirs.hidden, step.hidden),
      charts,
    });
  };
}
