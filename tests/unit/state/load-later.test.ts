import { describe, expect, it } from 'vitest';
import { STORAGE_KEY, createAppStore, defaultDoc, loadSavedWork, type AppStore } from '../../../src/state';
import { reportData } from '../../../src/io/report-fixture';
import { createSafeStorage } from '../../../src/io/saved-state';
import { MemoryStorage } from '../io/memory-storage';
import { VIDEO, openApp, videoAt } from './app-store';

// A prerendered page hydrates the default state first and loads saved work after (main.tsx): the store
// is made with `loadLater`, and nothing it does before the load may write over what is saved.
function openLater(storage: MemoryStorage): AppStore {
  const store: AppStore = createAppStore({
    series: reportData().series,
    lang: 'en',
    loadLater: true,
    storage: createSafeStorage(() => storage, {
      onStatus: (status) => store.getState().setSaveStatus(status),
      onRecovery: (recovery) => store.getState().setRecovery(recovery),
    }),
  });
  return store;
}

describe('saved work loaded after the first render', () => {
  it('the store starts from the defaults, then holds the saved scenario once loaded', async () => {
    const storage = new MemoryStorage();
    const before = openApp(() => storage);
    const id = before.getState().createScenario('Bull case');
    before.getState().setModel(id, VIDEO, videoAt('0.9'));

    const store = openLater(storage);
    expect(store.getState().doc).toEqual(defaultDoc(reportData().series, 'en'));
    await loadSavedWork(store);
    expect(store.getState().doc.scenarios.find((s) => s.id === id)).toMatchObject({ name: 'Bull case', models: { [VIDEO]: videoAt('0.9') } });
  });

  it('a change made before the load writes nothing, and the saved work is still there to load', async () => {
    const storage = new MemoryStorage();
    const before = openApp(() => storage);
    before.getState().createScenario('Keep me');
    const saved = storage.getItem(STORAGE_KEY);
    expect(saved).toContain('Keep me');

    const store = openLater(storage);
    store.getState().setSettings({ theme: 'dark' });
    expect(storage.getItem(STORAGE_KEY)).toBe(saved);
    await loadSavedWork(store);
    expect(store.getState().doc.scenarios.map((s) => s.name)).toContain('Keep me');
    // After the load, changes are saved again.
    store.getState().createScenario('Added after');
    expect(storage.getItem(STORAGE_KEY)).toContain('Added after');
  });
});
