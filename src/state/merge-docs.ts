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
}

/**
 * A list merged item by item (by `key`) against `base`: an item changed on one side only takes that side; one
 * made on either side stays (theirs in their order, then this tab's); one deleted on one side and untouched on the
 * other goes. One changed on both sides takes theirs, and this tab's is handed to `both`.
 */
function mergeList<T>(base: readonly T[], mine: readonly T[], theirs: readonly T[], key: (item: T) => string, both: (mine: T) => void): T[] {
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
      merged.push(their);
      both(my);
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

/**
 * Another tab's saved doc merged into this tab's, per scenario and per series of one's own (issue 15): `base` is
 * what both last agreed on (what this tab last wrote or read). A scenario changed on both sides keeps theirs under
 * its id and this tab's as a copy, named in `conflicts`; with `keepMine` (this tab's history taking in the other
 * tab's work, so an undo brings back this tab's doc without undoing the other's) this tab's is kept instead, no copy.
 */
export function mergeDocs(base: Doc, mine: Doc, theirs: Doc, keepMine = false): MergedDoc {
  const copies: Scenario[] = [];
  let scenarios = mergeList(base.scenarios, mine.scenarios, theirs.scenarios, (s) => s.id, (my) => copies.push(my));
  if (keepMine) {
    scenarios = scenarios.map((s) => copies.find((my) => my.id === s.id) ?? s);
    copies.length = 0;
  }
  const conflicts: string[] = [];
  for (const copy of copies) {
    if (scenarios.length >= MAX_SCENARIOS) break;
    const kept = { ...copy, id: newScenarioId(), name: uniqueName(copy.name, scenarios), readOnly: false };
    scenarios.push(kept);
    conflicts.push(kept.name);
  }
  const ids = new Set(scenarios.map((s) => s.id));
  const compared = [...new Set([...theirs.compared, ...mine.compared, ...scenarios.filter((s) => s.name && conflicts.includes(s.name)).map((s) => s.id)])]
    .filter((id) => ids.has(id))
    .slice(0, MAX_COMPARED);
  // The series of one's own item by item (a series changed in both: theirs, as the series form refuses a save
  // over a series changed elsewhere); the hidden ones as a set; the chart words chart by chart.
  const series = mergeList(base.userSeries ?? [], mine.userSeries ?? [], theirs.userSeries ?? [], (u) => u.definition.id, () => undefined);
  const hiddenBase = base.hidden ?? [];
  const hidden = [...new Set([...(theirs.hidden ?? []), ...(mine.hidden ?? []).filter((id) => !hiddenBase.includes(id))])].filter(
    (id) => !hiddenBase.includes(id) || (mine.hidden ?? []).includes(id),
  );
  const chartKeys = new Set([...Object.keys(theirs.charts ?? {}), ...Object.keys(mine.charts ?? {})]);
  const charts = Object.fromEntries(
    [...chartKeys].flatMap((id) => {
      const words = (sameJson(mine.charts?.[id], base.charts?.[id]) ? theirs : mine).charts?.[id];
      return words ? [[id, words]] : [];
    }),
  );
  const doc: Doc = {
    scenarios: scenarios.slice(0, MAX_SCENARIOS),
    compared: compared.length ? compared : [ids.has(BASE_ID) ? BASE_ID : scenarios[0]!.id],
    focusId: ids.has(mine.focusId) ? mine.focusId : ids.has(BASE_ID) ? BASE_ID : scenarios[0]!.id,
    ...(series.length && { userSeries: series }),
    ...(hidden.length && { hidden }),
    ...(chartKeys.size && Object.keys(charts).length && { charts }),
  };
  return { doc: withSeriesDefaults(doc), conflicts };
}
