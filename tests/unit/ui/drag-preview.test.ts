import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPreview, hasPendingPreview, pendingModel, redrawPreview, registerPreviewDrawer, showPreview, usePreview, type Preview } from '../../../src/ui/drag/drag-preview';
import type { ForecastModel } from '../../../src/model';

const model = (cagr: string): ForecastModel => ({ type: 'compound', baseYear: 2023, baseValue: '7.2e6', cagr });
const move = (cagr: string, seriesId = 'video'): Preview => ({ scenarioId: 's1', seriesId, model: model(cagr) });

afterEach(() => act(() => flushPreview()));

describe('drag-preview: a slider move shown before it is stored', () => {
  it('is drawn by its chart when the chart can, and React is not asked to draw it; storing it clears the chart', () => {
    const drawer = vi.fn(() => true);
    const unregister = registerPreviewDrawer('video', drawer);
    const { result } = renderHook(() => usePreview('video'));
    const commit = vi.fn();
    act(() => showPreview(move('0.5'), commit));
    expect(drawer).toHaveBeenLastCalledWith(expect.objectContaining({ model: model('0.5') }));
    expect(result.current).toBeUndefined();
    expect(pendingModel('s1', 'video')).toEqual(model('0.5'));
    act(() => flushPreview());
    expect(commit).toHaveBeenCalledTimes(1);
    expect(drawer).toHaveBeenLastCalledWith(undefined);
    expect(hasPendingPreview()).toBe(false);
    unregister();
  });

  it('is left to React for the rest of the drag once the chart declined it, so a drag does not switch between the two', () => {
    const answers = [false, true, true];
    const drawer = vi.fn(() => answers.shift() ?? true);
    const unregister = registerPreviewDrawer('video', drawer);
    const { result } = renderHook(() => usePreview('video'));
    act(() => showPreview(move('0.5'), () => {}));
    act(() => showPreview(move('0.6'), () => {}));
    expect(drawer).toHaveBeenCalledTimes(1);
    expect(result.current?.model).toEqual(model('0.6'));
    // Once stored, the next move is offered to the chart again.
    act(() => flushPreview());
    act(() => showPreview(move('0.7'), () => {}));
    expect(drawer).toHaveBeenCalledTimes(2);
    expect(result.current).toBeUndefined();
    unregister();
  });

  it('goes to React when the chart, asked to draw it again (a new axis or size), no longer can', () => {
    let can = true;
    const unregister = registerPreviewDrawer('video', () => can);
    const { result } = renderHook(() => usePreview('video'));
    act(() => showPreview(move('0.5'), () => {}));
    expect(result.current).toBeUndefined();
    can = false;
    act(() => redrawPreview('video'));
    expect(result.current?.model).toEqual(model('0.5'));
    unregister();
  });

  it('is drawn again by a chart that registers while it is pending, and the other series never see it', () => {
    const first = registerPreviewDrawer('video', () => true);
    const { result: other } = renderHook(() => usePreview('market'));
    act(() => showPreview(move('0.5'), () => {}));
    first();
    const again = vi.fn(() => true);
    const second = registerPreviewDrawer('video', again);
    expect(again).toHaveBeenCalledWith(expect.objectContaining({ model: model('0.5') }));
    expect(other.current).toBeUndefined();
    second();
  });

  it('stores a pending move of one series before a move of another is shown', () => {
    const video = vi.fn();
    act(() => showPreview(move('0.5', 'video'), video));
    act(() => showPreview(move('0.2', 'market'), () => {}));
    expect(video).toHaveBeenCalledTimes(1);
    expect(pendingModel('s1', 'video')).toBeUndefined();
    expect(pendingModel('s1', 'market')).toEqual(model('0.2'));
  });

  it('clears the move even when storing it fails, so nothing keeps drawing a model that is not stored', () => {
    const drawer = vi.fn(() => true);
    const unregister = registerPreviewDrawer('video', drawer);
    act(() =>
      showPreview(move('0.5'), () => {
        throw new Error('storage refused');
      }),
    );
    expect(() => act(() => flushPreview())).toThrow('storage refused');
    expect(hasPendingPreview()).toBe(false);
    expect(pendingModel('s1', 'video')).toBeUndefined();
    expect(drawer).toHaveBeenLastCalledWith(undefined);
    unregister();
  });
});

describe('drag-preview: when a move is stored', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('stores nothing while the slider keeps moving, then the newest move once it has rested 200 ms', () => {
    vi.useFakeTimers();
    const stored: string[] = [];
    const store = (cagr: string) => () => stored.push(cagr);
    // Moves 150 ms apart: each one puts the rest off again.
    for (const cagr of ['0.5', '0.6', '0.7']) {
      act(() => showPreview(move(cagr), store(cagr)));
      act(() => vi.advanceTimersByTime(150));
    }
    expect(stored).toEqual([]);
    expect(hasPendingPreview()).toBe(true);
    act(() => vi.advanceTimersByTime(49));
    expect(stored).toEqual([]);
    act(() => vi.advanceTimersByTime(1 + 250));
    expect(stored).toEqual(['0.7']);
    expect(hasPendingPreview()).toBe(false);
  });

  it('after the rest, waits for the page to be idle (a browser with requestIdleCallback)', () => {
    vi.useFakeTimers();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const commit = vi.fn();
    act(() => showPreview(move('0.5'), commit));
    act(() => vi.advanceTimersByTime(200));
    expect(commit).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    act(() => idle[0]!());
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it('a move made while waiting for the idle moment puts the store off for another rest', () => {
    vi.useFakeTimers();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const stored: string[] = [];
    act(() => showPreview(move('0.5'), () => stored.push('0.5')));
    act(() => vi.advanceTimersByTime(200));
    expect(idle).toHaveLength(1);
    act(() => showPreview(move('0.6'), () => stored.push('0.6')));
    act(() => idle[0]!());
    expect(stored).toEqual([]);
    act(() => vi.advanceTimersByTime(199));
    expect(idle).toHaveLength(1);
    act(() => vi.advanceTimersByTime(1));
    expect(idle).toHaveLength(2);
    act(() => idle[1]!());
    expect(stored).toEqual(['0.6']);
  });
});
