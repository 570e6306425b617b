import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY, type AppStore, type Draft } from '../../../src/state';
import { MemoryStorage } from '../io/memory-storage';
import { VIDEO, freshStore, openApp, videoAt } from './app-store';

const T0 = new Date('2024-06-28T09:00:00Z').getTime();
const at = (ms: number) => vi.setSystemTime(T0 + ms);

let store: AppStore;
let plan: string;
const draftOf = (cagr: string): Draft => ({ scenarioId: plan, seriesId: VIDEO, model: videoAt(cagr), key: `${plan}:${VIDEO}:cagr`, drawn: false });
const videoModel = () => store.getState().doc.scenarios.find((s) => s.id === plan)!.models[VIDEO];

beforeEach(() => {
  vi.useFakeTimers();
  at(0);
});
afterEach(() => vi.useRealTimers());

describe('the draft: a slider move shown before it is stored', () => {
  beforeEach(() => {
    store = freshStore();
    plan = store.getState().createScenario('Plan');
    at(10_000);
  });

  it('adds no undo step and leaves the doc as it was, however often it changes', () => {
    const { doc, past, future } = store.getState();
    for (const cagr of ['0.5', '0.6', '0.7']) store.getState().setDraft(draftOf(cagr));
    store.getState().setDragging(true);
    expect(store.getState().draft?.model).toEqual(videoAt('0.7'));
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().past).toBe(past);
    expect(store.getState().future).toBe(future);
    store.getState().setDraft(undefined);
    expect(store.getState().past).toBe(past);
  });

  it('is stored as one undo step, and undo takes the doc back to before the drag', () => {
    const before = store.getState().doc;
    const steps = store.getState().past.length;
    // A drag that rests twice: each rest stores the newest move, and the two join one step.
    store.getState().setDraft(draftOf('0.5'));
    store.getState().storeDraft();
    at(10_300);
    store.getState().setDraft(draftOf('0.6'));
    store.getState().setDraft(draftOf('0.7'));
    store.getState().storeDraft();
    expect(store.getState().draft).toBeUndefined();
    expect(videoModel()).toEqual(videoAt('0.7'));
    expect(store.getState().past).toHaveLength(steps + 1);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  it('is cleared before it is stored: the change before it finds nothing left to store, and a failed store leaves no draft', () => {
    const seen: (Draft | undefined)[] = [];
    store.getState().setBeforeChange(() => seen.push(store.getState().draft));
    store.getState().setDraft(draftOf('0.5'));
    store.getState().storeDraft();
    expect(seen).toEqual([undefined]);
    store.getState().setBeforeChange(() => {
      throw new Error('refused');
    });
    store.getState().setDraft(draftOf('0.6'));
    expect(() => store.getState().storeDraft()).toThrow('refused');
    expect(store.getState().draft).toBeUndefined();
  });
});

describe('the draft is never saved', () => {
  it('costs no write while it changes, and what is written (and what other tabs read) holds the doc and settings alone', () => {
    const storage = new MemoryStorage();
    store = openApp(() => storage);
    plan = store.getState().createScenario('Plan');
    const writes = storage.writes.length;
    store.getState().setDragging(true);
    for (const cagr of ['0.5', '0.6', '0.7']) store.getState().setDraft(draftOf(cagr));
    expect(storage.writes.length).toBe(writes);
    store.getState().storeDraft();
    store.getState().setDragging(false);
    expect(storage.writes.length).toBe(writes + 1);
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!) as { state: Record<string, unknown> };
    expect(Object.keys(saved.state).sort()).toEqual(['doc', 'settings']);
    expect(JSON.stringify(saved)).toContain('"cagr":"0.7"');
  });

  it('is kept as it is when saved work is read in, and a reopened store starts with none', () => {
    const storage = new MemoryStorage();
    store = openApp(() => storage);
    plan = store.getState().createScenario('Plan');
    store.getState().setDraft(draftOf('0.5'));
    const reopened = openApp(() => storage);
    expect(reopened.getState().draft).toBeUndefined();
    expect(reopened.getState().dragging).toBe(false);
    expect(store.getState().draft?.model).toEqual(videoAt('0.5'));
  });
});
