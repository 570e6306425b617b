import { describe, expect, it } from 'vitest';
import { BASE_ID, MAX_COMPARED, STORAGE_KEY } from '../../../src/state';
import { MemoryStorage } from '../io/memory-storage';
import { VIDEO, freshStore, openApp, reportBaseModels, videoAt } from './app-store';

describe('the report base case', () => {
  it('is read-only: setModel, rename, describe and delete on it change nothing and leave no undo step', () => {
    const store = freshStore();
    const before = store.getState().doc;
    const { setModel, renameScenario, describeScenario, deleteScenario } = store.getState();

    setModel(BASE_ID, VIDEO, videoAt('0.9'), 'drag');
    renameScenario(BASE_ID, 'My base');
    describeScenario(BASE_ID, 'edited');
    deleteScenario(BASE_ID);

    expect(store.getState().doc).toBe(before);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().doc.scenarios.find((s) => s.id === BASE_ID)).toMatchObject({ readOnly: true, models: reportBaseModels() });
  });

  it('can be duplicated into an editable copy with the same models', () => {
    const store = freshStore();
    const id = store.getState().duplicateScenario(BASE_ID, 'Copy of base')!;
    const copy = store.getState().doc.scenarios.find((s) => s.id === id)!;
    expect(copy).toMatchObject({ name: 'Copy of base', readOnly: false, origin: 'user', models: reportBaseModels() });

    store.getState().setModel(id, VIDEO, videoAt('0.9'));
    expect(store.getState().doc.scenarios.find((s) => s.id === id)!.models[VIDEO]).toEqual(videoAt('0.9'));
    expect(store.getState().doc.scenarios.find((s) => s.id === BASE_ID)!.models).toEqual(reportBaseModels());
  });
});

describe('restoreBase', () => {
  it('brings the base case back into the comparison, first, with the report models, as one undo step', () => {
    const store = freshStore();
    store.getState().toggleCompared(BASE_ID);
    expect(store.getState().doc.compared).not.toContain(BASE_ID);
    const removed = store.getState().doc;

    store.getState().restoreBase();

    const { doc } = store.getState();
    expect(doc.compared[0]).toBe(BASE_ID);
    expect(doc.compared.slice(1)).toEqual(removed.compared);
    expect(doc.scenarios[0]).toMatchObject({ id: BASE_ID, readOnly: true, models: reportBaseModels() });
    store.getState().undo();
    expect(store.getState().doc).toBe(removed);
  });

  it('keeps at most ten compared: the base comes first and the last compared drops out', () => {
    const store = freshStore();
    store.getState().toggleCompared(BASE_ID);
    while (store.getState().doc.compared.length < MAX_COMPARED) store.getState().createScenario('Plan');
    const full = store.getState().doc.compared;

    store.getState().restoreBase();

    expect(store.getState().doc.compared).toEqual([BASE_ID, ...full.slice(0, MAX_COMPARED - 1)]);
  });

  it('a base case that came back from saved work altered is today’s reading again, the saved one kept beside it under its own name', () => {
    const storage = new MemoryStorage();
    const first = openApp(() => storage);
    const base = first.getState().doc.scenarios[0]!;
    const altered = { ...base, name: 'Tampered', models: { ...base.models, [VIDEO]: videoAt('3') } };
    const saved = { ...first.getState().doc, scenarios: [altered, ...first.getState().doc.scenarios.slice(1)] };
    storage.setItem(STORAGE_KEY, JSON.stringify({ state: { doc: saved, settings: first.getState().settings }, version: 1 }));

    const store = openApp(() => storage);
    // No number under the report's name that is not the report's reading: the altered one is the user's to keep.
    expect(store.getState().doc.scenarios[0]).toMatchObject({ id: BASE_ID, name: 'Report base case', readOnly: true, models: reportBaseModels() });
    expect(store.getState().doc.scenarios[1]).toMatchObject({ name: 'Report base case (earlier reading)', readOnly: false, models: altered.models });
    expect(store.getState().doc.scenarios.slice(2)).toEqual(saved.scenarios.slice(1));
    store.getState().restoreBase();
    expect(store.getState().doc.scenarios[0]).toMatchObject({ id: BASE_ID, name: 'Report base case', models: reportBaseModels() });
  });
});
