import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toUserSeries } from '../../../src/io/user-series';
import { seriesActions } from '../../../src/state/series-actions';
import { OUTRUN } from '../series/market';
import { APP_TIMEOUT, VIDEO, cell, renderApp, scenarioId, scenarioNames, settledCell } from './render-app';

// 2.219e9 / 1.566^7, computed with Python's decimal module at 60 digits: 96076018.73679873484317…
const VIDEO_2023_FROM_END = '96076018.74';

describe('audit panel', APP_TIMEOUT, () => {
  // The panel loads on its own after the first paint (App.tsx), so the tests wait for it to appear.
  it('states that the report’s text-to-video figures cannot all be true', async () => {
    renderApp();
    expect(await screen.findByTestId('finding-growth-conflict')).toHaveTextContent(
      'Global text-to-video model revenue: $7.2M in 2023, $2.219B in 2030 and a 56.6% CAGR over 2024–2030 cannot all be true.',
    );
  });

  it('"Trust end and rate" adds a scenario that keeps $2.219B in 2030 and goes back at 56.6% a year to ≈ $96.08M in 2023', async () => {
    const { user } = renderApp();
    const conflict = await screen.findByTestId('finding-growth-conflict');
    await user.click(within(conflict).getByRole('button', { name: 'Trust end and rate' }));

    const name = 'Global text-to-video model revenue: Trust end and rate';
    expect(scenarioNames().at(-1)).toBe(name);
    expect(within(screen.getByRole('region', { name: 'Audit of the report’s figures' })).getByRole('status')).toHaveTextContent(`Added “${name}”.`);
    const id = scenarioId(name);
    expect(Number((await settledCell(VIDEO, 2023, id))!.dataset.value).toPrecision(10)).toBe(VIDEO_2023_FROM_END);
    expect(cell(VIDEO, 2030, id)).toHaveAttribute('data-value', '2219000000');
  });
});

describe('a stated rate faster than its amounts', APP_TIMEOUT, () => {
  // A series of one's own: 10亿 (2023), 16亿 (2025) and 30% a year over 2024–2025. Python decimal: the amounts imply
  // (16/10)^(1/2) − 1 = 26.49% a year; at 30%, 10亿 × 1.3² = 16.9亿, more than the 16亿 stated (found by use: the
  // panel said the base "grows only to" more than the end figure, "1.0×" that).
  it('says the base grows past the end figure, not "only to" it', async () => {
    const { store } = renderApp();
    const added = seriesActions(store, toUserSeries).add(OUTRUN);
    expect(added.ok).toBe(true);
    await waitFor(() => expect(screen.getAllByTestId('finding-growth-conflict')).toHaveLength(2));
    const mine = screen.getAllByTestId('finding-growth-conflict').find((f) => f.textContent!.startsWith('A market'))!;
    expect(mine).toHaveTextContent('The two amounts imply 26.5% a year. At the stated rate, the base grows past the end figure, to RMB 1.69B;');
    expect(mine).not.toHaveTextContent('only');
    // The note at its chart too: the lines through both amounts grow slower than the stated rate, not faster.
    const note = screen.getByTestId(`chart-conflict-${store.getState().doc.userSeries![0]!.definition.id}`);
    expect(note).toHaveTextContent('the lines through both amounts grow slower.');
  });
});
