import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, MARKET, cell, renderApp, scenarioId } from './render-app';

// The base case's market is RMB 10B in 2024 (the report's 2024 anchor); 100B by 2030 needs 10^(1/6) − 1 a year.
const NEEDED = `${((10 ** (1 / 6) - 1) * 100).toFixed(1)}%`;

describe('goal seek', APP_TIMEOUT, () => {
  it('a target of 100B by 2030 for the market says the growth needed from the 2024 value', async () => {
    const { user } = renderApp();
    const panel = screen.getByTestId(`chart-panel-${MARKET}`);
    expect(within(panel).getByRole('spinbutton', { name: 'by' })).toHaveValue(2030);
    await user.type(within(panel).getByTestId(`goal-target-${MARKET}`), '100B');

    expect(NEEDED).toBe('46.8%');
    expect(within(panel).getByTestId(`goal-answers-${MARKET}`)).toHaveTextContent(`Report base case: Needs ${NEEDED} a year from RMB 10B in 2024.`);
  });

  it('applying that rate makes a scenario that reaches 100B in 2030', async () => {
    const { user } = renderApp();
    const panel = screen.getByTestId(`chart-panel-${MARKET}`);
    await user.type(within(panel).getByTestId(`goal-target-${MARKET}`), '100B');
    await user.click(within(panel).getByRole('button', { name: 'Apply this rate to a new scenario' }));

    const id = scenarioId('Report base case → RMB 100B 2030');
    expect(Number(cell(MARKET, 2030, id)!.dataset.value).toPrecision(10)).toBe((1e11).toPrecision(10));
    expect(cell(MARKET, 2024, id)).toHaveAttribute('data-value', '10000000000');
  });

  it('a target that cannot be read says why', async () => {
    const { user } = renderApp();
    const panel = screen.getByTestId(`chart-panel-${MARKET}`);
    await user.type(within(panel).getByTestId(`goal-target-${MARKET}`), '100%');
    expect(within(panel).getByRole('alert')).toHaveTextContent('This field does not take that unit.');
    expect(within(panel).queryByTestId(`goal-answers-${MARKET}`)).not.toBeInTheDocument();
  });
});
