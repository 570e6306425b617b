import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportData } from '../../../src/io/report-fixture';
import type { ForecastModel } from '../../../src/model';
import type { AppStore, DraftMove } from '../../../src/state';
import { dragSession, usePreview, type DragSession } from '../../../src/ui/drag';
import { AppProvider } from '../../../src/ui/shared';
import { VIDEO, freshStore } from '../state/app-store';
import { MARKET } from './render-app';

const model = (cagr: string): ForecastModel => ({ type: 'compound', baseYear: 2023, baseValue: '7.2e6', cagr });

// A new store for each test, and with it a new session: nothing of one test's drags is left for the next.
let store: AppStore;
let session: DragSession;
let plan: string;
beforeEach(() => {
  store = freshStore();
  session = dragSession(store);
  plan = store.getState().createScenario('Plan');
});

const move = (cagr: string, seriesId = VIDEO): DraftMove => ({ scenarioId: plan, seriesId, model: model(cagr), key: `${plan}:${seriesId}:cagr` });
/** The model the doc holds for `seriesId` of the plan: what is stored. */
const stored = (seriesId = VIDEO) => store.getState().doc.scenarios.find((s) => s.id === plan)!.models[seriesId];
const wrapper = ({ children }: { children: ReactNode }) => (
  <AppProvider store={store} report={reportData()}>
    {children}
  </AppProvider>
);
/** The model shown but not stored for `seriesId` of the plan: the store's draft. */
const pendingModel = (scenarioId: string, seriesId: string) => {
  const { draft } = store.getState();
  return draft?.scenarioId === scenarioId && draft.seriesId === seriesId ? draft.model : undefined;
};
const preview = (seriesId: string) => renderHook(() => usePreview(seriesId), { wrapper }).result;

describe('drag-preview: a slider move shown before it is stored', () => {
  it('is drawn by its chart when the chart can, and React is not asked to draw it; storing it clears the chart', () => {
    const drawer = vi.fn(() => true);
    const unregister = session.registerDrawer(VIDEO, drawer);
    const result = preview(VIDEO);
    act(() => session.show(move('0.5')));
    expect(drawer).toHaveBeenLastCalledWith(expect.objectContaining({ model: model('0.5') }));
    expect(result.current).toBeUndefined();
    expect(pendingModel(plan, VIDEO)).toEqual(model('0.5'));
    expect(stored()).not.toEqual(model('0.5'));
    act(() => session.flush());
    expect(stored()).toEqual(model('0.5'));
    expect(drawer).toHaveBeenLastCalledWith(undefined);
    expect(store.getState().draft).toBeUndefined();
    unregister();
  });

  it('is left to React for the rest of the drag once the chart declined it, so a drag does not switch between the two', () => {
    const answers = [false, true, true];
    const drawer = vi.fn(() => answers.shift() ?? true);
    const unregister = session.registerDrawer(VIDEO, drawer);
    const result = preview(VIDEO);
    act(() => session.show(move('0.5')));
    act(() => session.show(move('0.6')));
    expect(drawer).toHaveBeenCalledTimes(1);
    expect(result.current?.model).toEqual(model('0.6'));
    // Once stored, the next move is offered to the chart again.
    act(() => session.flush());
    act(() => session.show(move('0.7')));
    expect(drawer).toHaveBeenCalledTimes(2);
    expect(result.current).toBeUndefined();
    unregister();
  });

  it('goes to React when the chart, asked to draw it again (a new axis or size), no longer can', () => {
    let can = true;
    const unregister = session.registerDrawer(VIDEO, () => can);
    const result = preview(VIDEO);
    act(() => session.show(move('0.5')));
    expect(result.current).toBeUndefined();
    can = false;
    act(() => session.redraw(VIDEO));
    expect(result.current?.model).toEqual(model('0.5'));
    unregister();
  });

  it('is drawn again by a chart that registers while it is pending, and the other series never see it', () => {
    const first = session.registerDrawer(VIDEO, () => true);
    const other = preview(MARKET);
    act(() => session.show(move('0.5')));
    first();
    const again = vi.fn(() => true);
    const second = session.registerDrawer(VIDEO, again);
    expect(again).toHaveBeenCalledWith(expect.objectContaining({ model: model('0.5') }));
    expect(other.current).toBeUndefined();
    second();
  });

  it('stores a pending move of one series before a move of another is shown', () => {
    act(() => session.show(move('0.5', VIDEO)));
    act(() => session.show(move('0.2', MARKET)));
    expect(stored(VIDEO)).toEqual(model('0.5'));
    expect(pendingModel(plan, VIDEO)).toBeUndefined();
    expect(pendingModel(plan, MARKET)).toEqual(model('0.2'));
  });

  it('clears the move even when storing it fails, so nothing keeps drawing a model that is not stored', () => {
    const drawer = vi.fn(() => true);
    const unregister = session.registerDrawer(VIDEO, drawer);
    act(() => session.show(move('0.5')));
    store.getState().setBeforeChange(() => {
      throw new Error('storage refused');
    });
    expect(() => act(() => session.flush())).toThrow('storage refused');
    expect(store.getState().draft).toBeUndefined();
    expect(pendingModel(plan, VIDEO)).toBeUndefined();
    expect(drawer).toHaveBeenLastCalledWith(undefined);
    unregister();
  });

  it('is stored before any other change to the doc when the session is the store\'s beforeChange (as App sets it), as one undo step', () => {
    store.getState().setBeforeChange(session.flushFirst);
    const steps = store.getState().past.length;
    act(() => session.show(move('0.5')));
    act(() => session.show(move('0.6')));
    expect(store.getState().past).toHaveLength(steps);
    act(() => store.getState().renameScenario(plan, 'Plan B'));
    expect(stored()).toEqual(model('0.6'));
    expect(store.getState().past).toHaveLength(steps + 2);
    act(() => store.getState().undo());
    expect(stored()).toEqual(model('0.6'));
    act(() => store.getState().undo());
    expect(stored()).not.toEqual(model('0.6'));
    expect(stored()).not.toEqual(model('0.5'));
  });
});

describe('drag-preview: when a move is stored', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('stores nothing while the slider keeps moving, then the newest move once it has rested 200 ms', () => {
    vi.useFakeTimers();
    // Moves 150 ms apart: each one puts the rest off again.
    for (const cagr of ['0.5', '0.6', '0.7']) {
      act(() => session.show(move(cagr)));
      act(() => vi.advanceTimersByTime(150));
    }
    const before = stored();
    expect(before).not.toEqual(model('0.7'));
    expect(store.getState().draft).toBeDefined();
    act(() => vi.advanceTimersByTime(49));
    expect(stored()).toBe(before);
    act(() => vi.advanceTimersByTime(1 + 250));
    expect(stored()).toEqual(model('0.7'));
    expect(store.getState().draft).toBeUndefined();
  });

  it('after the rest, waits for the page to be idle (a browser with requestIdleCallback)', () => {
    vi.useFakeTimers();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    vi.stubGlobal('cancelIdleCallback', () => {});
    act(() => session.show(move('0.5')));
    act(() => vi.advanceTimersByTime(200));
    expect(stored()).not.toEqual(model('0.5'));
    expect(idle).toHaveLength(1);
    act(() => idle[0]!());
    expect(stored()).toEqual(model('0.5'));
  });

  it('a move made while waiting for the idle moment puts the store off for another rest', () => {
    vi.useFakeTimers();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const before = stored();
    act(() => session.show(move('0.5')));
    act(() => vi.advanceTimersByTime(200));
    expect(idle).toHaveLength(1);
    act(() => session.show(move('0.6')));
    act(() => idle[0]!());
    expect(stored()).toBe(before);
    act(() => vi.advanceTimersByTime(199));
    expect(idle).toHaveLength(1);
    act(() => vi.advanceTimersByTime(1));
    expect(idle).toHaveLength(2);
    act(() => idle[1]!());
    expect(stored()).toEqual(model('0.6'));
  });
});
