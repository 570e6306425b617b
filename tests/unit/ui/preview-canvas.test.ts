import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CanvasStage } from '../../../src/charts/canvas-line';
import type { PreviewReply } from '../../../src/workers/preview-worker';

/** A stand-in for the browser's Worker: records what the page posts, and lets a test reply or fail. */
class FakeWorker {
  static last: FakeWorker | undefined;
  readonly posted: unknown[] = [];
  private readonly listeners = new Map<string, ((event: unknown) => void)[]>();
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, event: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

const stage = {} as CanvasStage;
const line = { id: 'a', name: 'A', colorIndex: 0, points: [] };

// A fresh module per test: the worker, and whether it failed, are the module's own state.
async function load() {
  vi.resetModules();
  return import('../../../src/ui/drag/preview-canvas');
}

function canvasElement() {
  const element = document.createElement('canvas');
  (element as { transferControlToOffscreen?: () => unknown }).transferControlToOffscreen = vi.fn(() => ({ offscreen: true }));
  return element;
}

describe('previewCanvas: a canvas handed to the worker that draws dragged lines', () => {
  const realWorker = globalThis.Worker;
  beforeEach(() => {
    globalThis.Worker = FakeWorker as unknown as typeof Worker;
  });
  afterEach(() => {
    globalThis.Worker = realWorker;
  });

  it('is not made where a canvas cannot be handed over (jsdom has no transferControlToOffscreen): React draws then', async () => {
    const { previewCanvas } = await load();
    expect(previewCanvas(document.createElement('canvas'), { drawn: vi.fn(), lost: vi.fn() })).toBeUndefined();
  });

  it('hands a canvas over once, sends the stage only when it changes, and tells the chart of its own first drawing', async () => {
    const { previewCanvas } = await load();
    const element = canvasElement();
    const events = { drawn: vi.fn(), lost: vi.fn() };
    const handle = previewCanvas(element, events)!;
    expect(previewCanvas(element, events)).toBe(handle);
    expect(element.transferControlToOffscreen).toHaveBeenCalledTimes(1);
    const worker = FakeWorker.last!;
    const chart = (worker.posted[0] as { chart: string }).chart;
    expect(worker.posted[0]).toMatchObject({ type: 'canvas', canvas: { offscreen: true } });

    expect(handle.draw(stage, line, 0)).toBe(true);
    expect(handle.draw(stage, line, 0)).toBe(true);
    expect(worker.posted.slice(1)).toEqual([
      { type: 'draw', chart, stage, line, showing: 0 },
      { type: 'draw', chart, line, showing: 0 },
    ]);
    worker.emit('message', { data: { type: 'drawn', chart, showing: 0 } satisfies PreviewReply });
    worker.emit('message', { data: { type: 'drawn', chart: 'another', showing: 0 } satisfies PreviewReply });
    expect(events.drawn).toHaveBeenCalledTimes(1);
    expect(events.drawn).toHaveBeenCalledWith(0);
    // The chart's effect run again: the same handle, and the replies go to its newest listener.
    const again = { drawn: vi.fn(), lost: vi.fn() };
    expect(previewCanvas(element, again)).toBe(handle);
    worker.emit('message', { data: { type: 'drawn', chart, showing: 1 } satisfies PreviewReply });
    expect(again.drawn).toHaveBeenCalledWith(1);
    expect(events.drawn).toHaveBeenCalledTimes(1);
  });

  it('declines to draw, and tells the chart, once the worker cannot draw on its canvas', async () => {
    const { previewCanvas } = await load();
    const events = { drawn: vi.fn(), lost: vi.fn() };
    const handle = previewCanvas(canvasElement(), events)!;
    const other = previewCanvas(canvasElement(), { drawn: vi.fn(), lost: vi.fn() })!;
    const worker = FakeWorker.last!;
    const chart = (worker.posted[0] as { chart: string }).chart;
    worker.emit('message', { data: { type: 'lost', chart } satisfies PreviewReply });
    expect(events.lost).toHaveBeenCalledTimes(1);
    expect(handle.draw(stage, line, 0)).toBe(false);
    // The other chart's canvas is drawn on still.
    expect(other.draw(stage, line, 0)).toBe(true);
  });

  it('declines everywhere, and tells every chart, when the worker fails', async () => {
    const { previewCanvas } = await load();
    const first = { drawn: vi.fn(), lost: vi.fn() };
    const second = { drawn: vi.fn(), lost: vi.fn() };
    const a = previewCanvas(canvasElement(), first)!;
    const b = previewCanvas(canvasElement(), second)!;
    FakeWorker.last!.emit('error', new Event('error'));
    expect([first.lost, second.lost].map((f) => f.mock.calls.length)).toEqual([1, 1]);
    expect([a.draw(stage, line, 0), b.draw(stage, line, 0)]).toEqual([false, false]);
    expect(previewCanvas(canvasElement(), { drawn: vi.fn(), lost: vi.fn() })).toBeUndefined();
  });
});
