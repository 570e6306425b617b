import { fireEvent, render as renderAlone, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChartData } from '../../../src/charts';
import { ChartView } from '../../../src/ui/chart/ChartView';
import { marketChart } from '../charts/sample-data';
import { reportData } from '../../../src/io/report-fixture';
import type { AppStore } from '../../../src/state';
import { dragSession, useSliderDrag } from '../../../src/ui/drag';
import { AppProvider } from '../../../src/ui/shared';
import { freshStore } from '../state/app-store';

// Each test its own store, and with it its own drag session: no drag of one test reaches the next.
let store: AppStore;
beforeEach(() => {
  store = freshStore();
});
const wrapper = ({ children }: { children: ReactNode }) => (
  <AppProvider store={store} report={reportData()}>
    {children}
  </AppProvider>
);
const render = (ui: ReactElement, options: RenderOptions = {}) => renderAlone(ui, { wrapper, ...options });

/** The chart's lines scaled by `k`, without the report's marks, so the lines alone set the axis. */
const scaled = (k: number): ChartData => {
  const data = marketChart({ marks: [] });
  return { ...data, lines: data.lines.map((l) => ({ ...l, points: l.points.map((p) => ({ ...p, value: p.value * k })) })) };
};

const view = (data: ChartData) => <ChartView data={data} theme="light" onHoverYear={() => {}} hoverYear={undefined} label="chart" />;
const ticks = (root: ParentNode) => [...root.querySelectorAll('.chart-y-tick')].map((t) => t.textContent);

describe('ChartView: the value axis holds still while a slider is dragged', () => {
  it('keeps the axis a drag began with while lines move inside it, grows it when a line leaves it, and fits the lines again when the drag ends', () => {
    // The axes a chart fits to each set of lines on its own, with no drag going on.
    const fitted = (k: number) => {
      const { container, unmount } = render(view(scaled(k)));
      const labels = ticks(container);
      unmount();
      return labels;
    };
    const [atOne, atFifth, atThree] = [fitted(1), fitted(0.2), fitted(3)];
    expect(atFifth).not.toEqual(atOne);
    expect(atThree).not.toEqual(atOne);

    const slider = document.body.appendChild(Object.assign(document.createElement('input'), { type: 'range' }));
    const { container, rerender } = render(view(scaled(1)));
    fireEvent.pointerDown(slider);
    rerender(view(scaled(0.2)));
    expect(ticks(container)).toEqual(atOne);
    rerender(view(scaled(3)));
    expect(ticks(container)).toEqual(atThree);
    rerender(view(scaled(0.2)));
    expect(ticks(container)).toEqual(atThree);
    fireEvent.pointerUp(window);
    expect(ticks(container)).toEqual(atFifth);
    slider.remove();
  });

  it('does not hold the axis for a pointer going down anywhere but on a slider', () => {
    const button = document.body.appendChild(document.createElement('button'));
    const { container, rerender } = render(view(scaled(1)));
    fireEvent.pointerDown(button);
    rerender(view(scaled(0.2)));
    const { container: fresh } = render(view(scaled(0.2)));
    expect(ticks(container)).toEqual(ticks(fresh));
    fireEvent.pointerUp(window);
    button.remove();
  });
});

describe('slider drag: the pointer moves of a drag are the slider’s alone', () => {
  it('keeps pointer and mouse moves (and selection changes) from React while a slider is dragged, and passes them on again after', () => {
    const seen: string[] = [];
    // A chart's hover handler on an element the slider sits in: the widest net React could cast.
    const Probe = () => {
      useSliderDrag();
      return (
        <div onPointerMove={() => seen.push('pointer')} onMouseMove={() => seen.push('mouse')}>
          <input type="range" data-testid="slider" />
        </div>
      );
    };
    const { getByTestId } = render(<Probe />);
    const slider = getByTestId('slider');
    const onWindow: string[] = [];
    const listen = (e: Event) => onWindow.push(e.type);
    window.addEventListener('pointermove', listen, true);
    fireEvent.pointerMove(slider);
    fireEvent.mouseMove(slider);
    expect(seen).toEqual(['pointer', 'mouse']);
    // A right click on the slider is no drag.
    fireEvent.pointerDown(slider, { button: 2 });
    fireEvent.pointerMove(slider, { buttons: 2 });
    expect(seen).toEqual(['pointer', 'mouse', 'pointer']);
    fireEvent.pointerUp(window);
    seen.length = 0;
    fireEvent.pointerDown(slider);
    fireEvent.pointerMove(slider, { buttons: 1 });
    fireEvent.mouseMove(slider, { buttons: 1 });
    expect(seen).toEqual([]);
    // A capture listener on the window still hears them (the bench's probe is one).
    expect(onWindow).toEqual(['pointermove', 'pointermove', 'pointermove']);
    // The selectionchange a move's text in the box sends stops at the window too, before the document.
    const onDocument: string[] = [];
    const heard = (e: Event) => onDocument.push(e.type);
    document.addEventListener('selectionchange', heard);
    slider.dispatchEvent(new Event('selectionchange', { bubbles: true }));
    expect(onDocument).toEqual([]);
    fireEvent.pointerUp(window);
    fireEvent.pointerMove(slider);
    expect(seen).toEqual(['pointer']);
    slider.dispatchEvent(new Event('selectionchange', { bubbles: true }));
    expect(onDocument).toEqual(['selectionchange']);
    // A drag whose button came up outside the window ends at the first move with no button down:
    // that move, and those after it, reach React again.
    seen.length = 0;
    fireEvent.pointerDown(slider);
    fireEvent.mouseMove(slider, { buttons: 1 });
    expect(seen).toEqual([]);
    fireEvent.mouseMove(slider, { buttons: 0 });
    fireEvent.mouseMove(slider, { buttons: 0 });
    expect(seen).toEqual(['mouse', 'mouse']);
    document.removeEventListener('selectionchange', heard);
    window.removeEventListener('pointermove', listen, true);
  });

  it("hands a slider's input and change events to its taker at the window, before React's root or anything else hears them; a slider with no taker, or one removed, is left alone", () => {
    const heardByReact: string[] = [];
    const Form = () => (
      <div onInputCapture={(e) => heardByReact.push(`capture ${e.type}`)} onInput={(e) => heardByReact.push(e.type)}>
        <input type="range" data-testid="taken" />
        <input type="range" data-testid="free" />
      </div>
    );
    const { getByTestId } = render(<Form />);
    const taken = getByTestId('taken') as HTMLInputElement;
    const taker: string[] = [];
    const remove = dragSession(store).take(taken, (e) => taker.push(`${e.type} ${(e.target as HTMLInputElement).value}`));
    fireEvent.input(taken, { target: { value: '30' } });
    fireEvent.change(taken, { target: { value: '40' } });
    expect(taker).toEqual(['input 30', 'change 40']);
    expect(heardByReact).toEqual([]);
    // Another slider, with no taker, goes through React as any input does.
    fireEvent.input(getByTestId('free'), { target: { value: '20' } });
    expect(heardByReact).toEqual(['capture input', 'input']);
    // Removed (the field unmounts): the slider's events go on through the page.
    remove();
    heardByReact.length = 0;
    fireEvent.input(taken, { target: { value: '50' } });
    expect(taker).toEqual(['input 30', 'change 40']);
    expect(heardByReact).toEqual(['capture input', 'input']);
  });
});
