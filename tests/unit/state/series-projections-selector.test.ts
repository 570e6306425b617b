import { describe, expect, it } from 'vitest';
import { seriesProjectionsSelector, type AppState, type Draft } from '../../../src/state';
import { VIDEO, freshStore, videoAt } from './app-store';

/** The state with its doc behind a proxy that counts how often the selector reads the doc's fields. */
function counted(state: AppState) {
  const reads = { n: 0 };
  const doc = new Proxy(state.doc, {
    get(target, key, receiver) {
      reads.n += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { state: { ...state, doc }, reads };
}

describe("a chart panel's projections selector", () => {
  it('looks nothing up when only the draft changed (a drag at the limit asks 23 panels once a frame)', () => {
    const store = freshStore();
    const plan = store.getState().createScenario('Plan');
    const select = seriesProjectionsSelector(VIDEO);
    const { state, reads } = counted(store.getState());
    const first = select(state);
    expect(first.some((p) => p.scenario.id === plan)).toBe(true);
    const before = reads.n;
    expect(before).toBeGreaterThan(0);
    const draft: Draft = { scenarioId: plan, seriesId: VIDEO, model: videoAt('0.9'), key: `${plan}:${VIDEO}:cagr`, drawn: false };
    // The same doc and years, a new draft: the same array, and the doc not read again.
    expect(select({ ...state, draft, dragging: true })).toBe(first);
    expect(reads.n).toBe(before);
  });

  it('still follows the doc and the years', () => {
    const store = freshStore();
    const plan = store.getState().createScenario('Plan');
    const select = seriesProjectionsSelector(VIDEO);
    const first = select(store.getState());
    const planRow = (rows: ReturnType<typeof select>) => rows.find((p) => p.scenario.id === plan)!;
    store.getState().setModel(plan, VIDEO, videoAt('0.9'));
    const edited = select(store.getState());
    expect(edited).not.toBe(first);
    expect(planRow(edited).result).not.toBe(planRow(first).result);
    // Another doc with the same projections (a change to another series) keeps the array.
    store.getState().setModel(plan, 't2i-market-cn', { type: 'compound', baseYear: 2024, baseValue: '10000000000', cagr: '0.5' });
    expect(select(store.getState())).toBe(edited);
    const state = store.getState();
    const longer = select({ ...state, settings: { ...state.settings, yearTo: state.settings.yearTo + 3 } });
    expect(longer).not.toBe(edited);
    expect(planRow(longer).result?.ok).toBe(true);
  });
});
