import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE_ID, MAX_COMPARED, type AppStore } from '../../../src/state';
import { freshStore } from './app-store';

const comparedColours = (store: AppStore) =>
  store.getState().doc.scenarios.filter((s) => store.getState().doc.compared.includes(s.id)).map((s) => s.colorIndex);

/** Fills the comparison to its limit with new scenarios (the first visit already compares five). */
function fillComparison(store: AppStore): string[] {
  const added: string[] = [];
  while (store.getState().doc.compared.length < MAX_COMPARED) added.push(store.getState().createScenario('Plan'));
  return added;
}

describe('toggleCompared', () => {
  it('takes a scenario out of the comparison and puts it back in the order of the scenario list', () => {
    const store = freshStore();
    const order = store.getState().doc.compared;
    store.getState().toggleCompared('preset-users-high');
    expect(store.getState().doc.compared).toEqual(order.filter((id) => id !== 'preset-users-high'));
    store.getState().toggleCompared('preset-users-high');
    expect(store.getState().doc.compared).toEqual(order);
  });

  it('refuses to take out the last compared scenario, so the chart is never empty', () => {
    const store = freshStore();
    for (const id of store.getState().doc.compared.slice(1)) store.getState().toggleCompared(id);
    const before = store.getState().doc;
    store.getState().toggleCompared(BASE_ID);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().doc.compared).toEqual([BASE_ID]);
  });

  it('compares up to ten scenarios; an eleventh toggle is refused and leaves no undo step', () => {
    const store = freshStore();
    fillComparison(store);
    expect(store.getState().doc.compared).toHaveLength(10);

    const eleventh = store.getState().createScenario('Eleventh');
    expect(store.getState().doc.compared).not.toContain(eleventh);
    const before = store.getState().doc;
    const steps = store.getState().past.length;

    store.getState().toggleCompared(eleventh);

    expect(store.getState().doc).toBe(before);
    expect(store.getState().past).toHaveLength(steps);
  });

  it('of an unknown id changes nothing', () => {
    const store = freshStore();
    const before = store.getState().doc;
    store.getState().toggleCompared('missing');
    expect(store.getState().doc).toBe(before);
  });
});

describe('colours of compared scenarios', () => {
  it('are distinct when the comparison is full', () => {
    const store = freshStore();
    fillComparison(store);
    expect(new Set(comparedColours(store)).size).toBe(MAX_COMPARED);
  });

  it('stay distinct when a scenario beyond the tenth is swapped into the comparison', () => {
    const store = freshStore();
    const [, second] = fillComparison(store);
    const eleventh = store.getState().createScenario('Eleventh');
    store.getState().toggleCompared(second!);
    store.getState().toggleCompared(eleventh);

    expect(store.getState().doc.compared).toContain(eleventh);
    expect(new Set(comparedColours(store)).size).toBe(MAX_COMPARED);
  });

  it('stay distinct and within the limit through any sequence of scenario actions (seeded)', () => {
    type Op = { kind: 'create' | 'duplicate' | 'preset' | 'delete' | 'toggle' | 'restore'; pick: number };
    const op = fc.record({
      kind: fc.constantFrom<Op['kind']>('create', 'duplicate', 'preset', 'delete', 'toggle', 'restore'),
      pick: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const store = freshStore();
        for (const { kind, pick } of ops) {
          const s = store.getState();
          const ids = s.doc.scenarios.map((x) => x.id);
          const id = ids[pick % ids.length]!;
          if (kind === 'create') s.createScenario('Plan');
          if (kind === 'duplicate') s.duplicateScenario(id, 'Copy');
          if (kind === 'preset') s.addPreset('audit-trust-endpoints');
          if (kind === 'delete') s.deleteScenario(id);
          if (kind === 'toggle') s.toggleCompared(id);
          if (kind === 'restore') s.restoreBase();

          const { doc } = store.getState();
          expect(doc.compared.length).toBeGreaterThanOrEqual(1);
          expect(doc.compared.length).toBeLessThanOrEqual(MAX_COMPARED);
          expect(doc.compared.every((c) => doc.scenarios.some((x) => x.id === c))).toBe(true);
          const colours = comparedColours(store);
          expect(new Set(colours).size).toBe(colours.length);
          const names = doc.scenarios.map((x) => x.name);
          expect(new Set(names).size).toBe(names.length);
        }
      }),
      { seed: 20240628, numRuns: 100 },
    );
  });
});
