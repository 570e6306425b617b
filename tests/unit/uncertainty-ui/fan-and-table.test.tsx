import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { reportData } from '../../../src/io/report-fixture';
import { formatQuantity, probabilityAbove, simulate } from '../../../src/model/full';
import { BASE_ID, DEFAULT_SEED, selectFocus } from '../../../src/state';
import { AssumptionsPanel } from '../../../src/ui/assumptions/AssumptionsPanel';
import { ChartPanel } from '../../../src/ui/chart/ChartPanel';
import { fieldBox, renderWith, VIDEO } from './render';

const video = reportData().series.find((s) => s.id === VIDEO)!;

/** The calculator's assumptions and the text-to-video chart, with the base case duplicated and in focus. */
function openCopy() {
  const view = renderWith(
    <>
      <AssumptionsPanel />
      <ChartPanel series={video} />
    </>,
  );
  act(() => void view.store.getState().duplicateScenario(BASE_ID, 'Copy'));
  return view;
}

const chartPanel = () => screen.getByTestId(`chart-panel-${VIDEO}`);

// The simulation runs in-process under jsdom (no Worker): on a busy machine a test takes seconds.
describe('a range typed into an assumption', { timeout: 20_000 }, () => {
  it('stores the range with the default seed and puts the median in force, in one undo step', () => {
    const { store } = openCopy();
    const steps = store.getState().past.length;
    fireEvent.change(fieldBox(`field-${VIDEO}-rateAfter`), { target: { value: '40% to 70%' } });
    fireEvent.keyDown(fieldBox(`field-${VIDEO}-rateAfter`), { key: 'Enter' });
    const focus = selectFocus(store.getState());
    expect(focus.uncertainty).toEqual({ ranges: { [VIDEO]: { rateAfter: { low: '0.4', high: '0.7' } } }, seed: DEFAULT_SEED, samples: 10_000 });
    expect(focus.models[VIDEO]).toMatchObject({ rateAfter: '0.54272486' });
    expect(store.getState().past.length).toBe(steps + 1);
    act(() => store.getState().undo());
    expect(selectFocus(store.getState()).uncertainty).toBeUndefined();
    expect(selectFocus(store.getState()).models[VIDEO]).toMatchObject({ rateAfter: '0.566' });
  });

  it('cannot be typed into the read-only base case: its fields are disabled', () => {
    renderWith(<AssumptionsPanel />);
    expect(fieldBox(`field-${VIDEO}-rateAfter`)).toBeDisabled();
    expect(screen.queryByTestId('simulation-options')).toBeNull();
  });

  it('draws the fan under the lines and adds P5 / P50 / P95 columns, exact from the simulation', async () => {
    const { store } = openCopy();
    fireEvent.change(fieldBox(`field-${VIDEO}-rateAfter`), { target: { value: '40% to 70%' } });
    fireEvent.keyDown(fieldBox(`field-${VIDEO}-rateAfter`), { key: 'Enter' });
    await waitFor(() => expect(chartPanel().querySelectorAll('[data-band] path')).toHaveLength(3), { timeout: 10_000 });
    const headers = within(chartPanel()).getAllByRole('columnheader').filter((th) => th.dataset.p);
    expect(headers.map((th) => th.textContent)).toEqual(['P5', 'P50', 'P95']);

    const focus = selectFocus(store.getState());
    const { yearFrom, yearTo } = store.getState().settings;
    const sim = simulate(focus.models[VIDEO]!, focus.uncertainty!.ranges[VIDEO]!, { from: yearFrom, to: yearTo, samples: 10_000, seed: DEFAULT_SEED });
    if (!sim.ok) throw new Error(sim.error.message);
    for (const p of [5, 50, 95]) {
      const values = sim.value.percentiles.find((b) => b.p === p)!.values;
      const cells = [...chartPanel().querySelectorAll<HTMLElement>(`td[data-p="${p}"]`)];
      expect(cells).toHaveLength(values.length);
      cells.forEach((cell, i) => {
        // The simulated value to twelve digits, without the float's noise (percentile-columns.test.tsx).
        expect(Number(cell.dataset.value)).toBeCloseTo(values[i]!, 12 - Math.ceil(Math.log10(values[i]!)) - 1);
        expect(cell.dataset.value!.replace(/^-|\.|e.*$/g, '').replace(/^0+/, '').length).toBeLessThanOrEqual(12);
        expect(cell.textContent).toBe(formatQuantity(values[i]!, video.unit, 'en', { digits: 4 }));
      });
    }
    // The hover readout gives the same percentiles for the year under the pointer (here, by keyboard).
    const group = within(chartPanel()).getByRole('group', { name: /projections of/ });
    fireEvent.keyDown(group, { key: 'ArrowRight' });
    const band = await within(chartPanel()).findByTestId(`readout-band-${VIDEO}`);
    const first = (p: number) => formatQuantity(sim.value.percentiles.find((b) => b.p === p)!.values[0]!, video.unit, 'en', { digits: 4 });
    expect(band.textContent).toBe(`Copy: P5 ${first(5)} · P50 ${first(50)} · P95 ${first(95)}`);
    // The key under the chart says what the shading is, for which scenario.
    expect(await within(chartPanel()).findByText(/Shaded: 50% and 90% of 10,000 simulated paths of Copy/)).toBeInTheDocument();
  });

  it('shows a tornado for the last year shown, with the parameter named in the reader’s words', async () => {
    openCopy();
    fireEvent.change(fieldBox(`field-${VIDEO}-rateAfter`), { target: { value: '40% to 70%' } });
    fireEvent.keyDown(fieldBox(`field-${VIDEO}-rateAfter`), { key: 'Enter' });
    const tornado = await within(chartPanel()).findByTestId('tornado');
    await waitFor(() => expect(tornado.querySelector('.tornado-bar[data-param="rateAfter"]')).not.toBeNull());
    expect(tornado.querySelector('.tornado-bar__label')!.textContent).toBe('Growth after last anchor');
    expect(within(chartPanel()).getByTestId(`tornado-year-${VIDEO}`)).toHaveValue(String(2032));
  });

  it('draws the tornado before the browser has laid its panel out (a panel skipped off screen), so it prints whole', async () => {
    // A browser whose observer has not reported yet: a chart panel below the fold, skipped by content-visibility.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    try {
      openCopy();
      fireEvent.change(fieldBox(`field-${VIDEO}-rateAfter`), { target: { value: '40% to 70%' } });
      fireEvent.keyDown(fieldBox(`field-${VIDEO}-rateAfter`), { key: 'Enter' });
      const tornado = await within(chartPanel()).findByTestId('tornado');
      await waitFor(() => expect(tornado.querySelector('.tornado-bar[data-param="rateAfter"]')).not.toBeNull());
      // Drawn at the width a page is laid out without a layout engine (useWidth's fallback), not left empty at 0.
      expect(tornado.querySelector('svg')!.getAttribute('width')).toBe('640');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('tells the chance of exceeding a goal-seek target in its year, from the simulated paths', async () => {
    const { store } = openCopy();
    fireEvent.change(fieldBox(`field-${VIDEO}-rateAfter`), { target: { value: '40% to 70%' } });
    fireEvent.keyDown(fieldBox(`field-${VIDEO}-rateAfter`), { key: 'Enter' });
    await waitFor(() => expect(chartPanel().querySelector('td[data-p="5"]')).not.toBeNull(), { timeout: 10_000 });
    // Goal seek is a disclosure, closed by default, whose body loads when first opened.
    fireEvent.click(within(chartPanel()).getByRole('button', { name: 'Goal seek' }));
    fireEvent.change(await screen.findByTestId(`goal-target-${VIDEO}`), { target: { value: '3B' } });
    const line = await screen.findByTestId(`goal-chance-${VIDEO}`);
    const focus = selectFocus(store.getState());
    const { yearFrom, yearTo } = store.getState().settings;
    const sim = simulate(focus.models[VIDEO]!, focus.uncertainty!.ranges[VIDEO]!, { from: yearFrom, to: yearTo, samples: 10_000, seed: DEFAULT_SEED });
    const chance = probabilityAbove(sim.ok ? sim.value : (undefined as never), 2030, 3e9)!;
    expect(Number(line.dataset.chance)).toBe(chance);
    expect(line).toHaveTextContent(`Chance that Global text-to-video model revenue exceeds $3B in 2030: ${Math.round(chance * 100)}%`);
  });

  it('lets the seed be re-rolled and the paths changed, stored with the scenario', async () => {
    const { store, user } = openCopy();
    fireEvent.change(fieldBox(`field-${VIDEO}-rateAfter`), { target: { value: '40% to 70%' } });
    fireEvent.keyDown(fieldBox(`field-${VIDEO}-rateAfter`), { key: 'Enter' });
    await user.selectOptions(await screen.findByTestId('simulation-samples'), '1000');
    expect(selectFocus(store.getState()).uncertainty!.samples).toBe(1000);
    await user.click(screen.getByTestId('simulation-reroll'));
    expect(selectFocus(store.getState()).uncertainty!.seed).not.toBe(DEFAULT_SEED);
    expect(screen.getByTestId('simulation-seed')).toHaveTextContent(String(selectFocus(store.getState()).uncertainty!.seed));
  });

  it('takes the fan away as soon as the focus moves to a scenario without ranges', async () => {
    const { store } = openCopy();
    fireEvent.change(fieldBox(`field-${VIDEO}-rateAfter`), { target: { value: '40% to 70%' } });
    fireEvent.keyDown(fieldBox(`field-${VIDEO}-rateAfter`), { key: 'Enter' });
    await waitFor(() => expect(chartPanel().querySelector('[data-band]')).not.toBeNull(), { timeout: 10_000 });
    act(() => store.getState().focusScenario(BASE_ID));
    await waitFor(() => expect(chartPanel().querySelector('[data-band]')).toBeNull());
    expect(chartPanel().querySelector('td[data-p]')).toBeNull();
  });
});
