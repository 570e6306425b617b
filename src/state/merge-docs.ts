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
 * Another tab's saved doc merged into this tab's, per scenario (issue 15): `base` is what both last
 * agreed on (what this tab last wrote or read). A scenario changed on one side only takes that side;
 * one made on either side stays; one deleted on one side and untouched on the other goes; one changed
 * on both sides keeps theirs under its id and this tab's as a copy, named in `conflicts`.
 */
export function mergeDocs(base: Doc, mine: Doc, theirs: Doc): MergedDoc {
  const byId = (doc: Doc) => new Map(doc.scenarios.map((s) => [s.id, s]));
  const [was, ours, other] = [byId(base), byId(mine), byId(theirs)];
  const changed = (now: Scenario | undefined, before: Scenario | undefined) => !sameJson(now, before);
  const scenarios: Scenario[] = [];
  const conflicts: string[] = [];
  const copies: Scenario[] = [];
  for (const their of theirs.scenarios) {
    const before = was.get(their.id);
    const my = ours.get(their.id);
    if (!my) {
      // Deleted here: it goes unless the other tab changed it since (then its change wins).
      if (before && !changed(their, before)) continue;
      scenarios.push(their);
    } else if (!changed(my, before) || sameJson(my, their)) scenarios.push(their);
    else if (!changed(their, before)) scenarios.push(my);
    else {
      scenarios.push(their);
      copies.push(my);
    }
  }
  for (const my of mine.scenarios) {
    if (other.has(my.id)) continue;
    const before = was.get(my.id);
    // Deleted there: it goes unless this tab changed it since.
    if (before && !changed(my, before)) continue;
    scenarios.push(my);
  }
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
  // The chart words, the user's series and the hidden list: this tab's if it changed them, else the other tab's.
  const asChanged: Partial<Doc> = Object.fromEntries(
    (['charts', 'userSeries', 'hidden'] as const).map((key) => [key, (sameJson(mine[key], base[key]) ? theirs : mine)[key]]).filter(([, value]) => value),
  );
  const doc: Doc = {
    scenarios: scenarios.slice(0, MAX_SCENARIOS),
    compared: compared.length ? compared : [ids.has(BASE_ID) ? BASE_ID : scenarios[0]!.id],
    focusId: ids.has(mine.focusId) ? mine.focusId : ids.has(BASE_ID) ? BASE_ID : scenarios[0]!.id,
    ...asChanged,
  };
  return { doc: withSeriesDefaults(doc), conflicts };
}
