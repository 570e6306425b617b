import { act, fireEvent, render as renderAlone, renderHook } from '@testing-library/react';
import { createElement, type ReactElement, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartData, ChartLine } from '../../../src/charts';
import type { CanvasStage } from '../../../src/charts/canvas-line';
import { reportData } from '../../../src/io/report-fixture';
import type { ForecastModel } from '../../../src/model';
import type { AppStore, DraftMove } from '../../../src/state';
import { ChartView } from '../../../src/ui/chart/ChartView';
import { dragSession, usePreview } from '../../../src/ui/drag';
import { previewCanvas } from '../../../src/ui/drag/preview-canvas';
import { AppProvider } from '../../../src/ui/shared';
import { marketChart } from '../charts/sample-data';
import { freshStore } from '../state/app-store';

// Each test its own store, and with it its own drag session: no drag of one test reaches the next.
let store: AppStore;
beforeEach(() => {
  store = freshStore();
});
const wrapper = ({ children }: { children: ReactNode }) => createElement(AppProvider, { store, report: reportData(), children });
const render = (ui: ReactElement) => renderAlone(ui, { wrapper });
/** A move of scenario s1's market line (ids of the sample chart, in no doc: storing it changes nothing). */
const show = (move: Omit<DraftMove, 'key'>) => dragSession(store).show({ ...move, key: undefined });
const flush = () => dragSession(store).flush();

/** What a stand-in 2D context was asked to do, in order: the paths it stroked and filled, by their data. */
type Call = readonly [string, ...unknown[]];

/** A 2D context that records its calls; jsdom has none (nor Path2D, stood in for by its path data). */
function fakeCanvas(): { calls: Call[]; restore: () => void } {
  const calls: Call[] = [];
  vi.stubGlobal('Path2D', class { constructor(readonly d: string) {} });
  const ctx = {
    setTransform: (...a: unknown[]) => calls.push(['setTransform', ...a]),
    clearRect: (...a: unknown[]) => calls.push(['clearRect', ...a]),
    setLineDash: () => {},
    stroke: (path: { d: string }) => calls.push(['stroke', path.d]),
    fill: (path: { d: string }) => calls.push(['fill', path.d]),
  };
  const spy = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => ctx as unknown as CanvasRenderingContext2D);
  return { calls, restore: () => spy.mockRestore() };
}

const model: ForecastModel = { type: 'compound', baseYear: 2023, baseValue: '7.2e6', cagr: '0.5' };

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('previewCanvas: the canvas a dragged line is drawn on, on the page\'s own thread', () => {
  it('is not made where there is no Path2D (jsdom): React draws the move in the SVG then', () => {
    expect(previewCanvas(document.createElement('canvas'))).toBeUndefined();
  });

  it('sizes the canvas to the stage in device pixels, draws the line at once, and clears all of it', () => {
    const { calls } = fakeCanvas();
    const element = document.createElement('canvas');
    const surface = previewCanvas(element)!;
    // A 100 × 40 CSS-pixel box at 2 device pixels each: 200 × 80 (by hand).
    const stage: CanvasStage = {
      x: { domain: [2022, 2024], range: [0, 100] },
      y: { kind: 'linear', domain: [0, 10], range: [40, 0] },
      years: { yearFrom: 2022, yearTo: 2024, reportedUntil: 2022 },
      theme: marketTheme,
      box: { x: 0, y: 0, width: 100, height: 40 },
      ratio: 2,
      clip: { x: 0, y: 0, width: 100, height: 40 },
    };
    const line: ChartLine = { id: 'a', name: 'A', colorIndex: 0, points: [2022, 2023, 2024].map((year, i) => ({ year, value: [0, 5, 10][i]! })) };
    surface.draw(stage, line);
    expect([element.width, element.height]).toEqual([200, 80]);
    // The projected part (2022–2024) runs from (0, 40) through (50, 20) to (100, 0): x = 50·(year − 2022), y = 40 − 4·value.
    const stroked = calls.filter((c) => c[0] === 'stroke').map((c) => c[1] as string);
    expect(stroked.some((d) => /^M0,40L50,20L100,0$/.test(d))).toBe(true);
    calls.length = 0;
    surface.clear();
    expect(calls).toEqual([['setTransform', 1, 0, 0, 1, 0, 0], ['clearRect', 0, 0, 200, 80]]);
  });
});

const marketTheme = (await import('../../../src/charts')).lightTheme;

describe('ChartView: a slider\'s move drawn on the canvas over the chart, in the task of the input', () => {
  const data = marketChart({ marks: [] });
  // The move: scenario s1's line at 90% of its values, inside the axis the drag holds.
  const moved = data.lines[1]!.points.map((p) => ({ ...p, value: p.value * 0.9 }));
  const withMove: ChartData = { ...data, lines: data.lines.map((l) => (l.id === 's1' ? { ...l, points: moved } : l)) };
  const view = (d: ChartData) =>
    createElement(ChartView, { data: d, theme: 'light', onHoverYear: () => {}, hoverYear: undefined, label: 'chart', seriesId: 'market', previewPoints: () => moved });
  const group = (root: ParentNode, id: string) => root.querySelector(`.chart-view__svg g.chart-line[data-line-id="${id}"]`)!;
  const paths = (g: Element) => [...g.querySelectorAll('path')].map((p) => p.getAttribute('d'));
  const ticks = (root: ParentNode) => [...root.querySelectorAll('.chart-y-tick')].map((t) => t.textContent);
  // The canvas's module is loaded once a chart is on screen (no part of the first load): a moment.
  const loaded = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

  it('draws the moved line before show returns, hides the chart\'s own line under it, holds the axis, and gives the line back when the move is stored', async () => {
    const { calls } = fakeCanvas();
    const slider = document.body.appendChild(Object.assign(document.createElement('input'), { type: 'range' }));
    const { container, rerender } = render(view(data));
    await loaded();
    // After the chart is on screen: it starts listening for drags then.
    fireEvent.pointerDown(slider);
    const before = { ticks: ticks(container), s1: paths(group(container, 's1')), s0: paths(group(container, 's0')) };
    const canvas = container.querySelector<HTMLCanvasElement>('canvas.chart-view__preview')!;
    show({ scenarioId: 's1', seriesId: 'market', model });
    const drawn = calls.filter((c) => c[0] === 'stroke' || c[0] === 'fill').map((c) => c[1]);
    expect(drawn.length).toBeGreaterThan(0);
    expect(canvas.style.visibility).toBe('visible');
    expect(group(container, 's1').getAttribute('visibility')).toBe('hidden');
    expect(group(container, 's0').getAttribute('visibility')).toBeNull();
    expect(ticks(container)).toEqual(before.ticks);
    expect(store.getState().draft?.model).toEqual(model);

    // Stored (the slider rests): the chart draws the move itself, on the axis still held, and the
    // canvas is cleared and hidden. The chart's line is where the canvas drew it: the same paths.
    calls.length = 0;
    act(() => flush());
    expect(store.getState().draft).toBeUndefined();
    rerender(view(withMove));
    expect(calls.some((c) => c[0] === 'clearRect')).toBe(true);
    expect(canvas.style.visibility).toBe('');
    expect(group(container, 's1').getAttribute('visibility')).toBeNull();
    expect(ticks(container)).toEqual(before.ticks);
    const after = paths(group(container, 's1'));
    expect(after).not.toEqual(before.s1);
    expect(paths(group(container, 's0'))).toEqual(before.s0);
    // The canvas fills the markers' path and strokes its outline: one path each, as in the SVG.
    expect([...new Set(drawn)]).toEqual(after);
    fireEvent.pointerUp(window);
    slider.remove();
  });

  it('declines where the canvas cannot be drawn on (no Path2D), so React draws the move', async () => {
    render(view(data));
    await loaded();
    const { result } = renderHook(() => usePreview('market'), { wrapper });
    act(() => show({ scenarioId: 's1', seriesId: 'market', model }));
    expect(result.current?.model).toEqual(model);
  });

  it('declines a line shared by several scenarios, so React draws the move', async () => {
    const { calls } = fakeCanvas();
    const shared: ChartData = { ...data, lines: data.lines.map((l) => (l.id === 's1' ? { ...l, members: ['s1', 's5'] } : l)) };
    const { container } = render(view(shared));
    await loaded();
    const { result } = renderHook(() => usePreview('market'), { wrapper });
    act(() => show({ scenarioId: 's1', seriesId: 'market', model }));
    expect(result.current?.model).toEqual(model);
    expect(container.querySelector<HTMLCanvasElement>('canvas')!.style.visibility).toBe('');
    expect(calls.filter((c) => c[0] === 'stroke')).toEqual([]);
  });
});
