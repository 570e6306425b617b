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
 * The plan for adding `incoming` to `scenarios`, one entry per incoming scenario, in order, the
 * reader having the series of their own `own`. Nothing the reader has is copied: an incoming
 * scenario with the same content as one present (or as one earlier in the same file) is that scenario. A new one keeps the sender's colour when no scenario
 * uses it, else takes the first free slot, so up to the palette's size no two share a colour and marker.
 */
export function planMerge(scenarios: readonly Scenario[], incoming: readonly IncomingScenario[], own: readonly UserSeries[] = []): MergeEntry[] {
  const byContent = new Map<string, MergeEntry & { kind: 'present' | 'new' }>();
  // The base first: a scenario the same as it is the base, even if a copy of it was made later.
  for (const s of [...scenarios].sort((a, b) => Number(b.readOnly) - Number(a.readOnly))) {
    const key = scenarioContent(s);
    if (!byContent.has(key)) byContent.set(key, { kind: 'present', id: s.id, name: s.name, readOnly: s.readOnly });
  }
  // Placeholders for what is being added, so names and colours are chosen against them too.
  const taken: Pick<Scenario, 'name' | 'colorIndex'>[] = scenarios.map(({ name, colorIndex }) => ({ name, colorIndex }));
  return incoming.map((item) => {
    // Compared as it will land: holding the proposed path of each of the reader's series it lacks.
    const key = scenarioContent(withModelsFor(item, own));
    const known = byContent.get(key);
    if (known) return known;
    if (taken.length >= MAX_SCENARIOS) return { kind: 'full' };
    const wish = item.colorIndex;
    const free = wish !== undefined && wish >= 0 && wish < PALETTE_SIZE && !taken.some((s) => s.colorIndex === wish);
    const entry = { kind: 'new' as const, name: uniqueName(item.name, taken as Scenario[]), colorIndex: free ? wish : freeColor(taken as Scenario[]) };
    taken.push(entry);
    byContent.set(key, entry);
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
