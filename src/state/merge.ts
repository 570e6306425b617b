import { freeColor, MAX_SCENARIOS, newScenarioId, PALETTE_SIZE, uniqueName, type Doc, type Scenario } from './scenario';
import { distinctColour, MAX_COMPARED } from './doc-slice';
import type { AppStore } from './store';
import { userSeriesOf, withModelsFor, type UserSeries } from './user-series';

/** A scenario arriving from a file or a link: its assumptions and, maybe, the colour the sender gave it. */
export type IncomingScenario = Omit<Scenario, 'id' | 'colorIndex' | 'readOnly' | 'origin'> & { readonly colorIndex?: number };

/**
 * What becomes of one incoming scenario: added under a name that does not clash, recognised as one the
 * reader already has (the same assumptions, whatever its name; the read-only base among them), or left
 * out because the list is full.
 */
export type MergeEntry =
  | { readonly kind: 'new'; readonly name: string; readonly colorIndex: number }
  | { readonly kind: 'present'; readonly id: string; readonly name: string; readonly readOnly: boolean }
  | { readonly kind: 'full' };

/** Key order, and whether a key is there at all, does not make two scenarios different. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What a scenario says, not what it is called: its models and its uncertainty (ranges, seed and samples). */
export const scenarioContent = (scenario: Pick<Scenario, 'models' | 'uncertainty'>): string =>
  canonical({ models: scenario.models, uncertainty: scenario.uncertainty });

/**
 * What a scenario says of some series alone: their models, and its ranges on them (with the seed and samples
 * that draw them; nothing of uncertainty where it has no range on them).
 */
function saysOf(scenario: Pick<Scenario, 'models' | 'uncertainty'>, series: readonly string[]): string {
  const ranges = Object.entries(scenario.uncertainty?.ranges ?? {}).filter(([id]) => series.includes(id));
  return scenarioContent({
    models: Object.fromEntries(series.flatMap((id) => (scenario.models[id] ? [[id, scenario.models[id]]] : []))),
    uncertainty: ranges.length ? { ...scenario.uncertainty!, ranges: Object.fromEntries(ranges) } : undefined,
  });
}

/**
 * The plan for adding `incoming` to `scenarios`, one entry per incoming scenario, in order, the
 * reader having the series of their own `own`. Nothing the reader has is copied: an incoming scenario
 * that says what one present says (the read-only base first) is that scenario, whatever the reader's says
 * of their own series the incoming one knows nothing of (one added since, or their edited version of the
 * sender's, which came in again under a new id); one the same as one earlier in the same file is that one.
 * A new one keeps the sender's colour when no scenario uses it, else takes the first free slot, so up to
 * the palette's size no two share a colour and marker.
 */
export function planMerge(scenarios: readonly Scenario[], incoming: readonly IncomingScenario[], own: readonly UserSeries[] = []): MergeEntry[] {
  // The base first: a scenario the same as it is the base, even if a copy of it was made later.
  const present = [...scenarios].sort((a, b) => Number(b.readOnly) - Number(a.readOnly));
  const added = new Map<string, MergeEntry & { kind: 'new' }>();
  // Placeholders for what is being added, so names and colours are chosen against them too.
  const taken: Pick<Scenario, 'name' | 'colorIndex'>[] = scenarios.map(({ name, colorIndex }) => ({ name, colorIndex }));
  const ownIds = new Set(own.map((u) => u.definition.id));
  return incoming.map((item) => {
    // Every series either models, but the reader's own series the incoming one says nothing of.
    const series = (s: Scenario) => [...new Set([...Object.keys(item.models), ...Object.keys(s.models)])].filter((id) => id in item.models || !ownIds.has(id));
    const known = present.find((s) => {
      const ids = series(s);
      return saysOf(s, ids) === saysOf(item, ids);
    });
    if (known) return { kind: 'present', id: known.id, name: known.name, readOnly: known.readOnly };
    // Compared with what this file adds as it will land: holding the proposed path of each of the reader's series it lacks.
    const key = scenarioContent(withModelsFor(item, own));
    const again = added.get(key);
    if (again) return again;
    if (taken.length >= MAX_SCENARIOS) return { kind: 'full' };
    const wish = item.colorIndex;
    const free = wish !== undefined && wish >= 0 && wish < PALETTE_SIZE && !taken.some((s) => s.colorIndex === wish);
    const entry = { kind: 'new' as const, name: uniqueName(item.name, taken as Scenario[]), colorIndex: free ? wish : freeColor(taken as Scenario[]) };
    taken.push(entry);
    added.set(key, entry);
    return entry;
  });
}

/**
 * `doc` with the plan's new scenarios added (origin "import", editable), and for each incoming
 * scenario the id it has here: the one it was recognised as, its new id, or undefined when it had no room.
 */
export function applyMerge(
  doc: Doc,
  incoming: readonly IncomingScenario[],
  plan: readonly MergeEntry[],
  newId: () => string,
): { readonly doc: Doc; readonly ids: readonly (string | undefined)[] } {
  const added: Scenario[] = [];
  const idOf = new Map<MergeEntry, string>();
  const ids = plan.map((entry, i) => {
    if (entry.kind === 'full') return undefined;
    if (entry.kind === 'present') return entry.id;
    const known = idOf.get(entry);
    if (known) return known;
    const { colorIndex: _wish, ...item } = incoming[i]!;
    const scenario: Scenario = { ...item, id: newId(), name: entry.name, colorIndex: entry.colorIndex, readOnly: false, origin: 'import' };
    idOf.set(entry, scenario.id);
    added.push(scenario);
    return scenario.id;
  });
  return { doc: added.length ? { ...doc, scenarios: [...doc.scenarios, ...added] } : doc, ids };
}

/**
 * A file's or link's scenarios, adding only those the reader does not have (see planMerge), all of
 * them compared (up to ten), the first in focus, as one undo step (with the import's other changes
 * when they share `step`, a coalescing key). Returns, per incoming scenario, its id here. Not a
 * store action: only the exchange code (loaded when a file or link is opened) calls it, so the merge
 * stays out of the page's first load.
 */
export function mergeScenarios(store: AppStore, incoming: readonly IncomingScenario[], step?: string): (string | undefined)[] {
  let ids: (string | undefined)[] = [];
  store.getState().commit((doc) => {
    const merged = applyMerge(doc, incoming, planMerge(doc.scenarios, incoming, userSeriesOf(doc)), newScenarioId);
    ids = [...merged.ids];
    const shown = [...new Set(ids.filter((id): id is string => id !== undefined))];
    if (!shown.length) return doc;
    let compared = [...doc.compared];
    let scenarios = merged.doc.scenarios;
    for (const id of shown) {
      if (compared.includes(id) || compared.length >= MAX_COMPARED) continue;
      compared = [...compared, id];
      scenarios = distinctColour(scenarios, compared, id);
    }
    return { ...merged.doc, scenarios, compared, focusId: shown[0]! };
  }, step);
  return ids;
}
