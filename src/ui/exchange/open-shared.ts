import { importedCharts, type ExchangedScenario, type ImportResult } from '../../io/scenario-file';
import { MAX_COMPARED, newScenarioId, PALETTE_SIZE, type AppStore, type Scenario, type Settings } from '../../state';
import type { Notice } from '../shared';

const asImported = (scenarios: readonly ExchangedScenario[]) => scenarios.map((s) => ({ ...s, origin: 'import' as const }));

/** A file's scenarios added beside the user's own. A refused file changes nothing. */
export function addImported(store: AppStore, result: ImportResult): Notice {
  if (!result.ok) return { kind: 'import-error', error: result.error, from: 'file' };
  const ids = store.getState().addScenarios(asImported(result.scenarios));
  return ids.length ? { kind: 'imported', count: ids.length } : { kind: 'import-none' };
}

// The view a link may set; the theme only in an embed, where it is the page's, not the reader's, choice.
const SHARED_SETTINGS = ['lang', 'yearFrom', 'yearTo', 'scale', 'currency', 'usdCny', 'unitStyle'] as const;

/**
 * A shared link opened: its scenarios added beside the user's own (never over them), exactly those
 * compared, its focus and its view applied. An embed shows the link's scenarios alone, under the
 * sender's names, in a store that keeps nothing. A refused link changes nothing.
 */
export function openShared(store: AppStore, result: ImportResult, options: { readonly embed?: boolean } = {}): Notice {
  if (!result.ok) return { kind: 'import-error', error: result.error, from: 'link' };
  const state = store.getState();
  const ids = options.embed ? replaceAll(store, result.scenarios) : state.addScenarios(asImported(result.scenarios));
  if (!ids.length) return { kind: 'import-none' };
  const view = result.view ?? {};
  const wanted = (view.compared ?? ids.map((_, i) => i)).flatMap((i) => ids[i] ?? []);
  const compared = (wanted.length ? wanted : ids).slice(0, MAX_COMPARED);
  const focusId = (view.focus !== undefined ? ids[view.focus] : undefined) ?? compared[0]!;
  // The link's words on its charts replace the reader's on those charts only (undo brings them back).
  const charts = importedCharts(view.charts, ids);
  state.commit((doc) => ({
    ...doc,
    compared: doc.scenarios.map((s) => s.id).filter((id) => compared.includes(id)),
    focusId,
    ...(Object.keys(charts).length ? { charts: { ...doc.charts, ...charts } } : {}),
  }));
  if (view.settings) {
    const keys: readonly (keyof Settings)[] = options.embed ? [...SHARED_SETTINGS, 'theme'] : SHARED_SETTINGS;
    const change: Partial<Record<keyof Settings, unknown>> = {};
    for (const key of keys) if (view.settings[key] !== undefined) change[key] = view.settings[key];
    // Years outside 2000-2100 are refused (state/settings-slice): the rest of the view still applies, and the reader is told.
    if (state.setSettings(change as Partial<Settings>)) {
      const { yearFrom: _from, yearTo: _to, ...rest } = change;
      state.setSettings(rest as Partial<Settings>);
      return { kind: 'shared', count: ids.length, yearsRefused: true };
    }
  }
  return { kind: 'shared', count: ids.length };
}

function replaceAll(store: AppStore, incoming: readonly ExchangedScenario[]): string[] {
  const scenarios: Scenario[] = asImported(incoming).map((s, i) => ({ ...s, id: newScenarioId(), readOnly: true, colorIndex: i % PALETTE_SIZE }));
  const ids = scenarios.map((s) => s.id);
  store.getState().commit(() => ({ scenarios, compared: ids, focusId: ids[0]! }));
  return ids;
}
