import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../../src/charts';
import { ChartView } from '../../../src/ui/ChartView';
import { marketChart } from '../charts/sample-data';

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
