import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/en';
import { APP_TIMEOUT, MARKET, VIDEO, cell, fieldBox, renderApp, retype, scenarioId, scenarioRow, settledCell } from './render-app';

const focusOn = (name: string) => within(scenarioRow(name)).getByRole('button', { name });
const assumptionsPanel = () => screen.getByRole('region', { name: /^Assumptions:/ });

// 7.2e6 · 1.566^7, computed with Python's decimal module at 60 digits: 166293318.6664261334572032.
const VIDEO_2030_AT_56_6 = /^166293318\.66642613345720/;

describe('assumptions of the scenario in focus', APP_TIMEOUT, () => {
  it('a slider move is drawn on the chart and written in its box at once, and stored (table, undo) right after', async () => {
    const { user, store } = renderApp();
    act(() => store.getState().setSettings({ yearTo: 2035 }));
    await user.click(screen.getByRole('button', { name: 'Duplicate: Report base case' }));
    const copy = scenarioId('Copy of Report base case');
    const stored = () => store.getState().doc.scenarios.find((s) => s.id === copy)!.models[VIDEO]!;
    const before = stored();
    // The copy's line on the video chart (its own once it differs from the base case's, with which it
    // is drawn as one line until then): its markers carry the values drawn, year by year.
    const drawn2035 = () => {
      const markers = screen.getByTestId(`chart-panel-${VIDEO}`).querySelector(`g.chart-line[data-line-id="${copy}"] .chart-line__points`);
      const years = markers!.getAttribute('data-years')!.split(' ');
      return Number(markers!.getAttribute('data-values')!.split(' ')[years.indexOf('2035')]);
    };
    const table2035 = () => Number(cell(VIDEO, 2035, copy)!.dataset.value);
    const at2030 = Number((await settledCell(VIDEO, 2030, copy))!.dataset.value);

    // The rate after the last anchor (2030), dragged to 10%: 2035 is the 2030 value · 1.1^5 (1.61051, by hand).
    fireEvent.change(within(screen.getByTestId(`field-${VIDEO}-rateAfter`)).getByRole('slider'), { target: { value: '10' } });
    expect(drawn2035() / at2030).toBeCloseTo(1.61051, 9);
    expect(fieldBox(`field-${VIDEO}-rateAfter`)).toHaveValue('10%');
    expect(stored()).toBe(before);

    await waitFor(() => expect(stored()).not.toBe(before));
    const now = stored();
    expect(now.type === 'anchored' && now.rateAfter).toBe('0.1');
    await waitFor(() => expect(table2035() / at2030).toBeCloseTo(1.61051, 9));
    // Undo takes the move back as one step.
    await user.click(screen.getByTestId('undo'));
    expect(stored()).toEqual(before);
  });

  describe('a slider move not yet stored', () => {
    /** Duplicates the base case, which takes the focus; returns the copy's id and its stored models. */
    async function copyOfBase() {
      const rendered = renderApp();
      await rendered.user.click(screen.getByRole('button', { name: 'Duplicate: Report base case' }));
      const id = scenarioId('Copy of Report base case');
      const models = () => rendered.store.getState().doc.scenarios.find((s) => s.id === id)!.models;
      return { ...rendered, id, models };
    }
    const slide = (testId: string, position: string) => fireEvent.change(within(screen.getByTestId(testId)).getByRole('slider'), { target: { value: position } });

    it('is undone by an undo straight after it, and the slider and its box go back too', async () => {
      const { models } = await copyOfBase();
      const before = models()[VIDEO]!;
      const slider = within(screen.getByTestId(`field-${VIDEO}-rateAfter`)).getByRole('slider');
      const shown = slider.getAttribute('value');
      // fireEvent, not user-event: user-event waits between steps, long enough for the move to be stored.
      slide(`field-${VIDEO}-rateAfter`, '10');
      fireEvent.click(screen.getByTestId('undo'));
      expect(models()[VIDEO]).toEqual(before);
      expect(slider).toHaveValue(shown);
      expect(fieldBox(`field-${VIDEO}-rateAfter`)).toHaveValue('56.6%');
    });

    it('is kept when another field of the same series moves before it is stored', async () => {
      const { models } = await copyOfBase();
      slide(`field-${VIDEO}-rateAfter`, '10');
      slide(`field-${VIDEO}-rateBefore`, '20');
      await waitFor(() => expect(models()[VIDEO]).toMatchObject({ rateAfter: '0.1', rateBefore: '0.2' }));
    });

    it('is kept when a slider of another series moves before it is stored', async () => {
      const { models } = await copyOfBase();
      slide(`field-${VIDEO}-rateAfter`, '10');
      slide(`field-${MARKET}-rateAfter`, '20');
      await waitFor(() => expect(models()[MARKET]).toMatchObject({ rateAfter: '0.2' }));
      expect(models()[VIDEO]).toMatchObject({ rateAfter: '0.1' });
    });

    it('is stored before a delete straight after it, so undoing the delete brings the scenario back with the move', async () => {
      const { store, id } = await copyOfBase();
      slide(`field-${VIDEO}-rateAfter`, '10');
      fireEvent.click(screen.getByRole('button', { name: 'Delete: Copy of Report base case' }));
      expect(store.getState().doc.scenarios.some((s) => s.id === id)).toBe(false);
      fireEvent.click(screen.getByTestId('undo'));
      expect(store.getState().doc.scenarios.find((s) => s.id === id)?.models[VIDEO]).toMatchObject({ rateAfter: '0.1' });
    });

    it('refused by the model, stores the last move the drag made, and the slider, its box and the message show that one', async () => {
      const { store, id, models } = await copyOfBase();
      const market = models()[MARKET]!;
      if (market.type !== 'anchored') throw new Error('the market follows anchors');
      // The 2024 anchor as a range up to RMB 20 B, so a low end dragged above it is refused.
      act(() => store.getState().setModel(id, MARKET, { ...market, anchors: market.anchors.map((a, i) => (i === 0 ? { ...a, high: '20000000000' } : a)) }));
      const field = `field-${MARKET}-anchors.0.low`;
      const slider = within(screen.getByTestId(field)).getByRole('slider');
      // A log slider: position 10.1 is 10^10.1 = 12,589,254,117.9…, kept to four digits; 10.5 is 31.6 B, above the high end.
      fireEvent.input(slider, { target: { value: '10.1' } });
      fireEvent.input(slider, { target: { value: '10.5' } });
      expect(models()[MARKET]).toMatchObject({ anchors: [{ low: '12590000000', high: '20000000000' }, {}, {}] });
      expect(slider).toHaveValue('10.1');
      expect(fieldBox(field)).toHaveValue('12.59B');
      const alert = within(screen.getByTestId(field)).getByRole('alert');
      expect(alert).toHaveTextContent(en.errors.model['anchor-range-reversed']);
      expect(alert).toHaveTextContent('12.59B');
    });

    it('is what the slider says to a screen reader at each step, before it is stored (found by use)', async () => {
      // Keys pressed a quarter second apart left aria-valuetext at 45.1% while the slider stood at 80.3%, 300%, −50%:
      // a screen reader read the value in force, which a move takes only when the slider rests.
      await copyOfBase();
      const field = `field-${VIDEO}-rateAfter`;
      const slider = within(screen.getByTestId(field)).getByRole('slider');
      fireEvent.input(slider, { target: { value: '80.3' } });
      expect(fieldBox(field)).toHaveValue('80.3%');
      expect(slider).toHaveAttribute('aria-valuetext', '80.3%');
      fireEvent.input(slider, { target: { value: '-50' } });
      expect(slider).toHaveAttribute('aria-valuetext', '-50%');
    });

    it('made with the keyboard, is stored before the pointer goes down anywhere else, or the focus leaves the slider', async () => {
      const { models } = await copyOfBase();
      slide(`field-${VIDEO}-rateAfter`, '10');
      fireEvent.pointerDown(screen.getByTestId('undo'));
      expect(models()[VIDEO]).toMatchObject({ rateAfter: '0.1' });
      const slider = within(screen.getByTestId(`field-${VIDEO}-rateAfter`)).getByRole('slider');
      slider.focus();
      slide(`field-${VIDEO}-rateAfter`, '20');
      await act(async () => slider.blur());
      expect(models()[VIDEO]).toMatchObject({ rateAfter: '0.2' });
    });

    it('goes into a duplicate made straight after it', async () => {
      const { store } = await copyOfBase();
      slide(`field-${VIDEO}-rateAfter`, '10');
      fireEvent.click(screen.getByRole('button', { name: 'Duplicate: Copy of Report base case' }));
      const copy = store.getState().doc.scenarios.find((s) => s.name === 'Copy of Copy of Report base case')!;
      expect(copy.models[VIDEO]).toMatchObject({ rateAfter: '0.1' });
    });
  });

  it('a field edited after another field was dragged keeps the drag: each field sets its own parameter on the model in force', async () => {
    const { user, store } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Duplicate: Report base case' }));
    const copy = scenarioId('Copy of Report base case');
    const model = () => store.getState().doc.scenarios.find((s) => s.id === copy)!.models[VIDEO]!;
    expect(model().type).toBe('anchored');

    // The rate after the last anchor, dragged to 80.0% (the slider works in percent), then the rate before, typed.
    const after = within(screen.getByTestId(`field-${VIDEO}-rateAfter`)).getByRole('slider');
    fireEvent.change(after, { target: { value: '80' } });
    await retype(user, fieldBox(`field-${VIDEO}-rateBefore`), '12%');
    await retype(user, fieldBox(`field-${VIDEO}-anchors.0.low`), '8M');

    const now = model();
    expect(now.type === 'anchored' && [now.rateAfter, now.rateBefore, now.anchors[0]!.low]).toEqual(['0.8', '0.12', '8000000']);
    expect(fieldBox(`field-${VIDEO}-rateAfter`)).toHaveValue('80%');
  });

  it('the report base case is read-only: its fields are disabled and a note says how to change them', () => {
    renderApp();
    const panel = screen.getByRole('region', { name: 'Assumptions: Report base case' });
    expect(within(panel).getByText(en.assumptions.readOnlyNote)).toBeInTheDocument();
    const fieldsets = [...panel.querySelectorAll<HTMLFieldSetElement>('fieldset[data-series]')];
    expect(fieldsets.map((f) => f.querySelector('legend')!.textContent)).toEqual([
      'China text-to-image market',
      'China text-to-image participating netizens',
      'Global text-to-video model revenue',
    ]);
    for (const fieldset of fieldsets) expect(fieldset).toBeDisabled();
    for (const box of fieldsets.flatMap((f) => within(f).getAllByRole('textbox'))) expect(box).toBeDisabled();
  });

  it('a duplicate of the base case takes the focus and can be edited', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Duplicate: Report base case' }));

    expect(focusOn('Copy of Report base case')).toHaveAttribute('aria-pressed', 'true');
    const panel = screen.getByRole('region', { name: 'Assumptions: Copy of Report base case' });
    expect(within(panel).queryByText(en.assumptions.readOnlyNote)).not.toBeInTheDocument();
    const fieldsets = panel.querySelectorAll('fieldset[data-series]');
    expect(fieldsets).toHaveLength(3);
    for (const fieldset of fieldsets) expect(fieldset).toBeEnabled();
  });

  it('text-to-video as constant growth from $7.2M in 2023 at 56.6% gives 7.2M·1.566^7 in 2030; −100% is refused and the table keeps that value', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Duplicate: Report base case' }));
    const copy = scenarioId('Copy of Report base case');

    await user.selectOptions(screen.getByTestId(`model-type-${VIDEO}`), 'compound');

    // The switch loads on first use: the select shows the new type once it is in force.

    await waitFor(() => expect(screen.getByTestId(`model-type-${VIDEO}`)).toHaveValue('compound'));
    await retype(user, fieldBox(`field-${VIDEO}-cagr`), '56.6%');
    await retype(user, fieldBox(`field-${VIDEO}-baseValue`), '7.2M');
    await retype(user, fieldBox(`field-${VIDEO}-baseYear`), '2023');
    expect(within(assumptionsPanel()).queryByRole('alert')).not.toBeInTheDocument();

    const at2030 = () => cell(VIDEO, 2030, copy)!;
    expect((await settledCell(VIDEO, 2030, copy))!.dataset.value).toMatch(VIDEO_2030_AT_56_6);
    expect(cell(VIDEO, 2023, copy)).toHaveAttribute('data-value', '7200000');
    expect(at2030()).toHaveTextContent('$166.3M');

    // Typed key by key: nothing is in force until Enter, and -100% lies outside the growth domain (−99% to +1,000%).
    const cagr = fieldBox(`field-${VIDEO}-cagr`);
    await retype(user, cagr, '-100%');
    const alert = within(screen.getByTestId(`field-${VIDEO}-cagr`)).getByRole('alert');
    expect(alert).toHaveTextContent(en.errors.domain.rate);
    expect(alert).toHaveTextContent('Still using 56.6%');
    expect(cagr).toHaveValue('-100%');
    expect(at2030().dataset.value).toMatch(VIDEO_2030_AT_56_6);
  });

  it("changing an assumption of a copy leaves the base case's values as the report gives them", async () => {
    const { user } = renderApp();
    const before = cell(VIDEO, 2030, 'base')!.dataset.value;
    await user.click(screen.getByRole('button', { name: 'Duplicate: Report base case' }));
    await user.selectOptions(screen.getByTestId(`model-type-${VIDEO}`), 'compound');
    // The switch loads on first use: the select shows the new type once it is in force.
    await waitFor(() => expect(screen.getByTestId(`model-type-${VIDEO}`)).toHaveValue('compound'));
    await retype(user, fieldBox(`field-${VIDEO}-cagr`), '10%');
    expect((await settledCell(VIDEO, 2030, 'base'))!.dataset.value).toBe(before);
    expect(before).toBe('2219000000');
  });

  it('what was typed into one scenario’s field, and its error, stay with that scenario when the focus moves', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Duplicate: Report base case' }));
    await user.click(screen.getByRole('button', { name: 'Duplicate: Report base case' }));
    // Both copies grow at the same 56.6% before the first anchor, so only the field's own state could differ.
    await retype(user, fieldBox(`field-${VIDEO}-rateBefore`), 'abc');
    expect(within(screen.getByTestId(`field-${VIDEO}-rateBefore`)).getByRole('alert')).toBeInTheDocument();

    await user.click(focusOn('Copy of Report base case'));
    expect(screen.getByRole('heading', { name: 'Assumptions: Copy of Report base case' })).toBeInTheDocument();
    expect(fieldBox(`field-${VIDEO}-rateBefore`)).toHaveValue('56.6%');
    expect(within(assumptionsPanel()).queryByRole('alert')).not.toBeInTheDocument();
  });
});
