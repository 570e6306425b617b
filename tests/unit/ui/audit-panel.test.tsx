import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
