import { describe, expect, it } from 'vitest';
import { BASE_ID } from '../../../src/state';
import { VIDEO, freshStore, reportBaseModels, videoAt } from './app-store';

const find = (store: ReturnType<typeof freshStore>, id: string) => store.getState().doc.scenarios.find((s) => s.id === id);

describe('createScenario', () => {
  it('adds an editable copy of the base case, compared and focused', () => {
    const store = freshStore();
    const id = store.getState().createScenario('My plan');

    expect(find(store, id)).toMatchObject({ name: 'My plan', description: '', readOnly: false, origin: 'user', models: reportBaseModels() });
    expect(store.getState().doc.compared).toContain(id);
    expect(store.getState().doc.focusId).toBe(id);
    expect(store.getState().past).toHaveLength(1);
  });

  it('makes names unique: "My plan", "My plan (2)", "My plan (3)"', () => {
    const store = freshStore();
    const ids = [1, 2, 3].map(() => store.getState().createScenario('My plan'));
    expect(ids.map((id) => find(store, id)!.name)).toEqual(['My plan', 'My plan (2)', 'My plan (3)']);
    expect(new Set(ids).size).toBe(3);
  });
});

describe('duplicateScenario', () => {
  it('copies the models under a unique name; editing the copy leaves the source alone', () => {
    const store = freshStore();
    const source = store.getState().createScenario('Plan');
    store.getState().setModel(source, VIDEO, videoAt('0.7'));
    const copy = store.getState().duplicateScenario(source, 'Plan')!;

    expect(find(store, copy)).toMatchObject({ name: 'Plan (2)', readOnly: false, origin: 'user' });
    expect(find(store, copy)!.models).toEqual(find(store, source)!.models);

    store.getState().setModel(copy, VIDEO, videoAt('0.2'));
    expect(find(store, source)!.models[VIDEO]).toEqual(videoAt('0.7'));
    expect(find(store, copy)!.models[VIDEO]).toEqual(videoAt('0.2'));
  });

  it('of a scenario that does not exist adds nothing and leaves no undo step', () => {
    const store = freshStore();
    const before = store.getState().doc;
    expect(store.getState().duplicateScenario('missing', 'Copy')).toBeUndefined();
    expect(store.getState().doc).toBe(before);
    expect(store.getState().past).toEqual([]);
  });
});

describe('addPreset', () => {
  it('adds a ready-made reading, editable, under a name no other scenario has', () => {
    const store = freshStore();
    const existing = find(store, 'preset-users-low')!;
    const id = store.getState().addPreset('users-low')!;

    expect(find(store, id)).toMatchObject({ readOnly: false, origin: 'preset', models: existing.models });
    expect(find(store, id)!.name).toBe(`${existing.name} (2)`);
  });
});

describe('showPreset (the first screen’s readings of the text-to-video conflict)', () => {
  it('compares and focuses a reading already in the list, in one undo step, without a copy', () => {
    const store = freshStore();
    const id = 'preset-audit-trust-base-and-rate';
    store.getState().toggleCompared(id);
    expect(store.getState().doc.compared).not.toContain(id);
    const count = store.getState().doc.scenarios.length;

    expect(store.getState().showPreset('audit-trust-base-and-rate')).toBe(id);
    expect(store.getState().doc).toMatchObject({ focusId: id });
    expect(store.getState().doc.compared).toContain(id);
    expect(store.getState().doc.scenarios).toHaveLength(count);
    store.getState().undo();
    expect(store.getState().doc.compared).not.toContain(id);
  });

  it('adds a reading the list does not hold (the read-only base case does not count), and shows that one the next time', () => {
    const store = freshStore();
    const count = store.getState().doc.scenarios.length;
    const id = store.getState().showPreset('audit-trust-endpoints')!;

    expect(find(store, id)).toMatchObject({ name: 'Video: trust both amounts', origin: 'audit', readOnly: false });
    expect(store.getState().doc.scenarios).toHaveLength(count + 1);
    expect(store.getState().showPreset('audit-trust-endpoints')).toBe(id);
    expect(store.getState().doc.scenarios).toHaveLength(count + 1);
  });

  it('adds a copy when the user changed the reading’s scenario (theirs stays as it is)', () => {
    const store = freshStore();
    const id = 'preset-audit-trust-end-and-rate';
    store.getState().setModel(id, VIDEO, videoAt('0.3'));
    const added = store.getState().showPreset('audit-trust-end-and-rate')!;

    expect(added).not.toBe(id);
    expect(find(store, id)!.models[VIDEO]).toEqual(videoAt('0.3'));
  });
});

describe('addScenarios', () => {
  it('adds imported scenarios with fresh ids and unique names, editable and compared', () => {
    const store = freshStore();
    const incoming = [
      { name: 'Report base case', description: 'from a file', origin: 'import' as const, models: { [VIDEO]: videoAt('0.3') } },
      { name: 'Imported', description: '', origin: 'import' as const, models: { [VIDEO]: videoAt('0.4') } },
    ];
    const ids = store.getState().addScenarios(incoming);

    expect(ids).toHaveLength(2);
    expect(ids.map((id) => find(store, id)!.name)).toEqual(['Report base case (2)', 'Imported']);
    expect(ids.map((id) => find(store, id)!.readOnly)).toEqual([false, false]);
    expect(store.getState().doc.compared).toEqual(expect.arrayContaining(ids));
    expect(store.getState().doc.focusId).toBe(ids[0]);
    expect(store.getState().past).toHaveLength(1);
  });

  it('of nothing changes nothing and leaves no undo step', () => {
    const store = freshStore();
    const before = store.getState().doc;
    expect(store.getState().addScenarios([])).toEqual([]);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().past).toEqual([]);
  });
});

describe('renameScenario and describeScenario', () => {
  it('rename sets the trimmed name; a blank name is ignored', () => {
    const store = freshStore();
    const id = store.getState().createScenario('Plan');
    store.getState().renameScenario(id, '  Bull case  ');
    expect(find(store, id)!.name).toBe('Bull case');

    const before = store.getState().doc;
    store.getState().renameScenario(id, '   ');
    expect(store.getState().doc).toBe(before);
  });

  it('describe sets the description', () => {
    const store = freshStore();
    const id = store.getState().createScenario('Plan');
    store.getState().describeScenario(id, 'Video grows at the stated 56.6%.');
    expect(find(store, id)!.description).toBe('Video grows at the stated 56.6%.');
  });
});

describe('deleteScenario', () => {
  it('removes the scenario from the list and the comparison; focus goes back to the base case', () => {
    const store = freshStore();
    const id = store.getState().createScenario('Plan');
    store.getState().deleteScenario(id);

    expect(find(store, id)).toBeUndefined();
    expect(store.getState().doc.compared).not.toContain(id);
    expect(store.getState().doc.focusId).toBe(BASE_ID);
  });

  it('of the only compared scenario leaves the base case compared', () => {
    const store = freshStore();
    const id = store.getState().createScenario('Plan');
    for (const other of store.getState().doc.compared.filter((c) => c !== id)) store.getState().toggleCompared(other);
    expect(store.getState().doc.compared).toEqual([id]);

    store.getState().deleteScenario(id);
    expect(store.getState().doc.compared).toEqual([BASE_ID]);
  });

  it('keeps the focus where it was when another scenario is deleted', () => {
    const store = freshStore();
    const kept = store.getState().createScenario('Kept');
    const gone = store.getState().createScenario('Gone');
    store.getState().focusScenario(kept);
    store.getState().deleteScenario(gone);
    expect(store.getState().doc.focusId).toBe(kept);
  });
});
