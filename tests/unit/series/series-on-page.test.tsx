import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toUserSeries } from '../../../src/io/user-series';
import { seriesActions } from '../../../src/state/series-actions';
import { APP_TIMEOUT, buildStore, cell, renderApp } from '../ui/render-app';
import { MARKET } from './market';


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
