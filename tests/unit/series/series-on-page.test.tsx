import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toUserSeries } from '../../../src/io/user-series';
import { seriesActions } from '../../../src/state/series-actions';
import type { AnchoredModel } from '../../../src/model';
import { APP_TIMEOUT, buildStore, cell, renderApp, retype } from '../ui/render-app';
import { MARKET, OUTRUN } from './market';


describe('a series of one\'s own on the page', APP_TIMEOUT, () => {
  it('is charted with its table and assumptions like the report\'s; a hidden series is not charted', async () => {
    const store = buildStore();
    const actions = seriesActions(store, toUserSeries);
    const added = actions.add(MARKET);
    if (!added.ok) throw new Error(added.error.message);
    actions.setHidden('t2v-revenue-global', true);
    renderApp({ store });
    const panel = screen.getByTestId(`chart-panel-${added.id}`);
    expect(within(panel).getAllByText('Smart speaker market').length).toBeGreaterThan(0);
    // Its own publisher and date, never the report's.
    expect(panel.querySelector('.source')).toHaveTextContent('Source: Some Securities, 2025-01');
    expect(panel.querySelector('.source')?.textContent).not.toMatch(/Wanlian|万联/);
    expect(screen.queryByTestId('chart-panel-t2v-revenue-global')).not.toBeInTheDocument();
    expect(screen.getByTestId('chart-panel-t2i-market-cn')).toBeInTheDocument();
    // Its table: 200亿 in 2025, written RMB 20B in English.
    expect(cell(added.id, 2025, 'base')).toHaveTextContent('RMB 20B');
    // The focused scenario's assumptions for it, beside the report's series.
    expect(document.querySelector(`fieldset[data-series="${added.id}"] legend`)).toHaveTextContent('Smart speaker market');
  });

  it('credits its figures to its own source, never to the report: chart, key, table, goal seek and assumptions', async () => {
    const store = buildStore();
    const added = seriesActions(store, toUserSeries).add(MARKET);
    if (!added.ok) throw new Error(added.error.message);
    const { user } = renderApp({ store });
    const panel = screen.getByTestId(`chart-panel-${added.id}`);
    // The goal seek's start list (opened, and loaded on first open) names the figure it starts from and whose it is.
    await user.click(within(panel).getByRole('button', { name: 'Goal seek' }));
    expect(await within(panel).findByRole('combobox', { name: 'starting from' })).toHaveDisplayValue('2026: RMB 40B (source)');
    const fields = document.querySelector(`fieldset[data-series="${added.id}"]`)!;
    // The ready-made scenarios' names ("Report base case", the audit's readings) are the page's, not the series'.
    const names = store.getState().doc.scenarios.map((sc) => sc.name);
    const words = (el: Element) => names.reduce((text, name) => text.replaceAll(name, ''), el.textContent ?? '');
    expect(words(panel)).not.toMatch(/report/i);
    expect(words(fields)).not.toMatch(/report/i);
    expect(panel).toHaveTextContent('years the source speaks for');
    expect(panel).toHaveTextContent('Bold rows: years the source gives a figure for');
    expect(fields).toHaveTextContent('Source: RMB 10B');
  });

  it('the audit that lists its findings beside the report’s is not titled the report’s alone', async () => {
    const store = buildStore();
    const added = seriesActions(store, toUserSeries).add(OUTRUN);
    if (!added.ok) throw new Error(added.error.message);
    renderApp({ store });
    const audit = await screen.findByRole('region', { name: 'Audit of the report’s figures and your own' });
    // Its own series' stated 30% against the 26.49% its amounts imply ((16/10)^(1/2) − 1, by hand), named by its name.
    expect(audit).toHaveTextContent('A market: RMB 1B in 2023, RMB 1.6B in 2025 and a 30.0% CAGR over 2024–2025 cannot all be true.');
  });

  it('an undo of the addition takes its chart away again', async () => {
    const store = buildStore();
    const added = seriesActions(store, toUserSeries).add(MARKET);
    if (!added.ok) throw new Error(added.error.message);
    const { user } = renderApp({ store });
    expect(screen.getByTestId(`chart-panel-${added.id}`)).toBeInTheDocument();
    await user.click(screen.getByTestId('undo'));
    expect(screen.queryByTestId(`chart-panel-${added.id}`)).not.toBeInTheDocument();
  });
});

describe('a refused year on a series of one’s own', APP_TIMEOUT, () => {
  it('is refused with the years allowed, and no word of the report’s years (found by use: "the report speaks of 2022–2030")', async () => {
    const store = buildStore();
    const added = seriesActions(store, toUserSeries).add(MARKET);
    if (!added.ok) throw new Error(added.error.message);
    store.getState().duplicateScenario(store.getState().doc.scenarios[0]!.id, 'Copy');
    const { user } = renderApp({ store });
    const field = screen.getByTestId(`field-${added.id}-anchors.0.year`);
    await retype(user, within(field).getByRole('textbox'), '2101');
    expect(field).toHaveTextContent('A year must lie between 2000 and 2100.');
    expect(field.textContent).not.toMatch(/report/i);
  });
});

describe('a share of one’s own in the assumptions', APP_TIMEOUT, () => {
  it('shows its anchors in percent and reads a bare number as percent: 30 is 30%, never 3,000%', async () => {
    const store = buildStore();
    const added = seriesActions(store, toUserSeries).add({
      name: { en: 'AI share of ad spend' },
      unit: { kind: 'share' },
      source: { publisher: 'Someone', date: '2024' },
      figures: [
        { years: [2024], kind: 'point', value: '0.1' },
        { years: [2026], kind: 'point', value: '0.4' },
      ],
    });
    if (!added.ok) throw new Error(added.error.message);
    const copy = store.getState().duplicateScenario(store.getState().doc.scenarios[0]!.id, 'Copy')!;
    const { user } = renderApp({ store });
    const box = within(screen.getByTestId(`field-${added.id}-anchors.1.low`)).getByRole('textbox');
    expect(box).toHaveValue('40%');
    // The value slider is logarithmic in the share itself (0.4, not 40): its position is log10 0.4 = −0.398.
    const slider = within(screen.getByTestId(`field-${added.id}-anchors.1.low`)).getByRole('slider');
    expect(Math.abs(Number((slider as HTMLInputElement).value) - Math.log10(0.4))).toBeLessThan(0.001);
    await retype(user, box, '30');
    const model = store.getState().doc.scenarios.find((s) => s.id === copy)!.models[added.id] as AnchoredModel;
    expect(model.anchors[1]!.low).toBe('0.3');
    expect(box).toHaveValue('30%');
  });
});
