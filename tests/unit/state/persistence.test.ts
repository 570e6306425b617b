import { describe, expect, it } from 'vitest';
import { BASE_ID, STORAGE_KEY, baseScenario, defaultDoc, type AppStore, type Doc } from '../../../src/state';
import { reportData } from '../../../src/io/report-fixture';
import { MemoryStorage, quotaExceeded, securityError } from '../io/memory-storage';
import V1 from '../../../fixtures/saved-state/v1.json?raw';
import { VIDEO, openApp, startupReported, videoAt } from './app-store';

const defaults = () => defaultDoc(reportData().series, 'en');
const scenarioNames = (store: AppStore) => store.getState().doc.scenarios.map((s) => s.name);

/** A saved envelope as the app writes it, with one change to the default doc's first preset. */
function savedWith(change: (scenario: Record<string, unknown>) => Record<string, unknown>): string {
  const doc = defaults();
  const scenarios = doc.scenarios.map((s, i) => (i === 1 ? change({ ...s }) : s));
  const settings = { lang: 'en', theme: 'light', yearFrom: 2022, yearTo: 2032, scale: 'linear', currency: 'native', usdCny: '7.1268' };
  return JSON.stringify({ state: { doc: { ...doc, scenarios }, settings }, version: 1 });
}

/** Opens the app on saved work it cannot use and checks it starts from the defaults with a copy kept aside. */
async function openOnUnusable(raw: string) {
  const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
  const store = openApp(() => storage);
  await startupReported();
  expect(scenarioNames(store)).toEqual(defaults().scenarios.map((s) => s.name));
  const [keptAs] = storage.recoveredKeys();
  expect(keptAs).toContain(`${STORAGE_KEY}:recovered:`);
  expect(storage.getItem(keptAs!)).toBe(raw);
  expect(store.getState().recovery).toMatchObject({ raw, keptAs });
  return { store, storage, keptAs: keptAs! };
}

describe('saved work', () => {
  it('(a) survives a reload: a changed scenario is there in a new store on the same storage', () => {
    const storage = new MemoryStorage();
    const first = openApp(() => storage);
    const id = first.getState().createScenario('Bull case');
    first.getState().setModel(id, VIDEO, videoAt('0.9'));
    first.getState().setSettings({ theme: 'dark' });

    const reopened = openApp(() => storage);

    const scenario = reopened.getState().doc.scenarios.find((s) => s.id === id);
    expect(scenario).toMatchObject({ name: 'Bull case', models: { [VIDEO]: videoAt('0.9') } });
    expect(reopened.getState().doc).toEqual(first.getState().doc);
    expect(reopened.getState().settings.theme).toBe('dark');
    expect(reopened.getState().saveStatus).toBe('saved');
    expect(reopened.getState().recovery).toBeUndefined();
  });

  it('keeps assumptions and settings only, never history or status', () => {
    const storage = new MemoryStorage();
    const store = openApp(() => storage);
    store.getState().createScenario('Plan');
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!) as { state: object; version: number };
    expect(saved.version).toBe(2);
    expect(Object.keys(saved.state).sort()).toEqual(['doc', 'settings']);
  });

  it('(b) corrupt JSON: the app starts from defaults, reports "corrupt" and keeps the text aside before anything overwrites it', async () => {
    const corrupt = '{"state":{"doc":{"scenarios":[{"id":"base"';
    const { store, storage, keptAs } = await openOnUnusable(corrupt);
    expect(store.getState().recovery!.reason).toBe('corrupt');

    const firstWriteToOriginal = storage.writes.findIndex((w) => w.key === STORAGE_KEY);
    const copy = storage.writes.findIndex((w) => w.key === keptAs);
    expect(copy).toBe(0);
    if (firstWriteToOriginal !== -1) expect(firstWriteToOriginal).toBeGreaterThan(copy);

    store.getState().createScenario('After recovery');
    expect(storage.getItem(keptAs)).toBe(corrupt);
  });

  it('(c) valid JSON of the wrong shape (a cagr of "abc") is reported as "invalid" and kept', async () => {
    const raw = savedWith((s) => ({ ...s, models: { [VIDEO]: { ...videoAt('0.5'), cagr: 'abc' } } }));
    const { store } = await openOnUnusable(raw);
    expect(store.getState().recovery!.reason).toBe('invalid');
    expect(store.getState().recovery!.detail).toContain('cagr');
  });

  it('(c) a scenario name with a control character is reported as "invalid" and kept', async () => {
    const raw = savedWith((s) => ({ ...s, name: 'Bell\u0007' }));
    const { store } = await openOnUnusable(raw);
    expect(store.getState().recovery!.reason).toBe('invalid');
    expect(store.getState().recovery!.detail).toContain('control characters');
  });

  it('(d) work saved by a newer version of the app is reported as "newer" and kept, not downgraded', async () => {
    const raw = JSON.stringify({ state: { doc: { future: true }, settings: {} }, version: 99 });
    const { store } = await openOnUnusable(raw);
    expect(store.getState().recovery!.reason).toBe('newer');
  });

  it('(e) a full storage (QuotaExceededError) sets saveStatus "failed" and the store keeps working', () => {
    const storage = new MemoryStorage();
    const store = openApp(() => storage);
    storage.refuseWrites = quotaExceeded();

    const id = store.getState().createScenario('Unsaved');
    expect(store.getState().saveStatus).toBe('failed');
    store.getState().setModel(id, VIDEO, videoAt('0.9'));
    expect(store.getState().doc.scenarios.find((s) => s.id === id)!.models[VIDEO]).toEqual(videoAt('0.9'));
    store.getState().undo();
    expect(store.getState().doc.scenarios.find((s) => s.id === id)!.models[VIDEO]).not.toEqual(videoAt('0.9'));

    storage.refuseWrites = undefined;
    store.getState().redo();
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('(f) storage that throws on access (SecurityError) is "unavailable" and the app works from defaults', async () => {
    const store = openApp(() => {
      throw securityError();
    });
    await startupReported();

    expect(store.getState().saveStatus).toBe('unavailable');
    expect(store.getState().recovery).toBeUndefined();
    expect(scenarioNames(store)).toEqual(defaults().scenarios.map((s) => s.name));
    const id = store.getState().createScenario('Plan');
    expect(store.getState().doc.focusId).toBe(id);
    expect(store.getState().saveStatus).toBe('unavailable');
    expect(store.getState().doc.scenarios[0]!.id).toBe(BASE_ID);
  });

  it('(f) storage whose reads throw is "unavailable", and the work it could not read is never written over', async () => {
    const saved = savedWith((s) => ({ ...s, name: 'Mine' }));
    const storage = new MemoryStorage({ [STORAGE_KEY]: saved });
    storage.getItem = () => {
      throw securityError();
    };
    const store = openApp(() => storage);
    await startupReported();
    expect(store.getState().saveStatus).toBe('unavailable');
    expect(scenarioNames(store)).toEqual(defaults().scenarios.map((s) => s.name));

    store.getState().createScenario('Plan');
    expect(store.getState().saveStatus).toBe('unavailable');
    expect(storage.items.get(STORAGE_KEY)).toBe(saved);
  });

  it('work saved by version 1 of the app opens as it was, and undo cannot go back past it', async () => {
    const store = openApp(() => new MemoryStorage({ [STORAGE_KEY]: V1 }));
    await startupReported();
    const saved = (JSON.parse(V1) as { state: { doc: Doc; settings: object } }).state;
    // The user's own scenario as saved; the read-only base case is today's reading of the report, and the
    // saved one (an S-curve for the users, fixtures/saved-state/v1.json) is kept as a scenario of its own.
    const [savedBase, mine] = saved.doc.scenarios;
    const doc = store.getState().doc;
    expect(doc.scenarios.find((s) => s.id === mine!.id)).toEqual(mine);
    expect(doc.focusId).toBe(saved.doc.focusId);
    expect(doc.scenarios[0]!.models).toEqual(baseScenario(reportData().series, 'zh').models);
    const kept = doc.scenarios[1]!;
    expect(kept).toMatchObject({ name: '报告基准（早前读法）', readOnly: false, models: savedBase!.models });
    expect(doc.compared).toEqual([BASE_ID, kept.id, mine!.id]);
    expect(store.getState().baseUpdated).toBe('报告基准（早前读法）');
    // Saved before the unit style was a setting of its own: it groups numbers as its language (zh) did.
    expect(store.getState().settings).toEqual({ ...saved.settings, unitStyle: 'wan' });
    expect(store.getState().recovery).toBeUndefined();
    expect(store.getState().past).toEqual([]);
  });

  it('with fifty scenarios (the most a list holds) the base case is today’s reading all the same, and the banner says the earlier one could not be kept', async () => {
    const saved = JSON.parse(V1) as { state: { doc: Doc; settings: object }; version: number };
    const [base, mine] = saved.state.doc.scenarios;
    const many = Array.from({ length: 49 }, (_, i) => ({ ...mine!, id: `s-many-${i}`, name: `Plan ${i}` }));
    saved.state.doc = { ...saved.state.doc, scenarios: [base!, ...many], compared: [BASE_ID], focusId: BASE_ID };
    const storage = new MemoryStorage({ [STORAGE_KEY]: JSON.stringify(saved) });
    const store = openApp(() => storage);
    await startupReported();
    expect(store.getState().doc.scenarios).toHaveLength(50);
    expect(store.getState().doc.scenarios[0]!.models).toEqual(baseScenario(reportData().series, 'zh').models);
    expect(store.getState().baseUpdated).toBe('');
    // What is saved next still opens: fifty scenarios, not fifty-one the checks would refuse.
    store.getState().createScenario('One more');
    expect(openApp(() => storage).getState().recovery).toBeUndefined();
  });

  it('work whose base case is today’s reading opens untouched, with nothing said', () => {
    const storage = new MemoryStorage();
    openApp(() => storage).getState().createScenario('Plan');
    const reopened = openApp(() => storage);
    expect(reopened.getState().doc.scenarios.map((s) => s.name)).toEqual([...defaults().scenarios.map((s) => s.name), 'Plan']);
    expect(reopened.getState().baseUpdated).toBeUndefined();
  });
});
