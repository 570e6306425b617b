import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppStore } from '../../../src/state';
import { VIDEO, freshStore, videoAt } from './app-store';

const T0 = new Date('2024-06-28T09:00:00Z').getTime();
/** Moves the clock to `ms` after T0; the store reads Date.now() when it commits a change. */
const at = (ms: number) => vi.setSystemTime(T0 + ms);

let store: AppStore;
let plan: string;

beforeEach(() => {
  vi.useFakeTimers();
  at(0);
  store = freshStore();
  plan = store.getState().createScenario('Plan');
  at(10_000);
});

afterEach(() => {
  vi.useRealTimers();
});

const videoModel = () => store.getState().doc.scenarios.find((s) => s.id === plan)!.models[VIDEO];

describe('undo and redo', () => {
  it('undo restores the exact previous doc and redo the exact later one', () => {
    const before = store.getState().doc;
    store.getState().setModel(plan, VIDEO, videoAt('0.7'));
    const after = store.getState().doc;

    store.getState().undo();
    expect(store.getState().doc).toBe(before);
    store.getState().redo();
    expect(store.getState().doc).toBe(after);
  });

  it('walk back through every step to the first visit and forward again', () => {
    const docs = [store.getState().past[0]!.doc!, store.getState().doc];
    for (const [i, cagr] of ['0.1', '0.2', '0.3'].entries()) {
      at(20_000 + i * 1000);
      store.getState().setModel(plan, VIDEO, videoAt(cagr));
      docs.push(store.getState().doc);
    }
    for (let i = docs.length - 2; i >= 0; i--) {
      store.getState().undo();
      expect(store.getState().doc).toBe(docs[i]);
    }
    for (let i = 1; i < docs.length; i++) {
      store.getState().redo();
      expect(store.getState().doc).toBe(docs[i]);
    }
  });

  it('do nothing when there is nothing to undo or redo', () => {
    store.getState().redo();
    expect(store.getState().future).toEqual([]);
    store.getState().undo();
    const first = store.getState().doc;
    store.getState().undo();
    expect(store.getState().doc).toBe(first);
    expect(store.getState().past).toEqual([]);
  });

  it('a new change after undo clears what could be redone', () => {
    store.getState().setModel(plan, VIDEO, videoAt('0.7'));
    store.getState().undo();
    expect(store.getState().future).toHaveLength(1);

    store.getState().setModel(plan, VIDEO, videoAt('0.2'));
    expect(store.getState().future).toEqual([]);
    store.getState().redo();
    expect(videoModel()).toEqual(videoAt('0.2'));
  });
});

describe('a slider drag is one undo step', () => {
  it('a burst of setModel calls with the same coalesceKey within 800 ms is one step', () => {
    const before = store.getState().doc;
    const steps = store.getState().past.length;
    for (const [i, cagr] of ['0.50', '0.52', '0.54', '0.56', '0.566'].entries()) {
      at(10_000 + i * 100);
      store.getState().setModel(plan, VIDEO, videoAt(cagr), `${plan}:${VIDEO}:cagr`);
    }
    expect(videoModel()).toEqual(videoAt('0.566'));
    expect(store.getState().past).toHaveLength(steps + 1);

    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  it('each change counts from the one before it, so a slow steady drag stays one step', () => {
    const steps = store.getState().past.length;
    for (let i = 0; i < 10; i++) {
      at(10_000 + i * 700);
      store.getState().setModel(plan, VIDEO, videoAt(`0.${i + 1}`), 'drag');
    }
    expect(store.getState().past).toHaveLength(steps + 1);
  });

  it('799 ms apart coalesces; 800 ms apart is a new step', () => {
    const steps = store.getState().past.length;
    store.getState().setModel(plan, VIDEO, videoAt('0.1'), 'drag');
    at(10_799);
    store.getState().setModel(plan, VIDEO, videoAt('0.2'), 'drag');
    expect(store.getState().past).toHaveLength(steps + 1);
    at(11_599);
    store.getState().setModel(plan, VIDEO, videoAt('0.3'), 'drag');
    expect(store.getState().past).toHaveLength(steps + 2);
  });

  it('a different key is a second step, even within 800 ms', () => {
    const steps = store.getState().past.length;
    store.getState().setModel(plan, VIDEO, videoAt('0.1'), `${plan}:${VIDEO}:cagr`);
    at(10_100);
    store.getState().setModel(plan, VIDEO, { ...videoAt('0.1'), baseValue: '8000000' }, `${plan}:${VIDEO}:baseValue`);
    expect(store.getState().past).toHaveLength(steps + 2);

    store.getState().undo();
    expect(videoModel()).toEqual(videoAt('0.1'));
  });

  it('changes without a key are never merged', () => {
    const steps = store.getState().past.length;
    store.getState().setModel(plan, VIDEO, videoAt('0.1'));
    store.getState().setModel(plan, VIDEO, videoAt('0.2'));
    expect(store.getState().past).toHaveLength(steps + 2);
  });

  it('after an undo, the same key starts a new step: undoing it returns to the undone-to doc', () => {
    store.getState().setModel(plan, VIDEO, videoAt('0.1'), 'drag');
    at(10_100);
    store.getState().undo();
    const undone = store.getState().doc;
    at(10_200);
    store.getState().setModel(plan, VIDEO, videoAt('0.3'), 'drag');

    store.getState().undo();
    expect(store.getState().doc).toBe(undone);
  });
});
