// The table and goal seek follow a change in a background render after the chart (ChartPanel's
// deferred entries). Until they have caught up the panel says it is busy, so nothing reads a value
// from before the change as if it were the new one (a test did, once, on a slow CI machine).
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, VIDEO, cell, renderApp } from './render-app';

describe('the table after a change', APP_TIMEOUT, () => {
  it('is marked busy until it shows the new values, then not', async () => {
    const { store } = renderApp();
    let copy = '';
    act(() => void (copy = store.getState().duplicateScenario('base', 'Copy')!));
    const panel = screen.getByTestId(`chart-panel-${VIDEO}`);
    expect(panel).not.toHaveAttribute('aria-busy');
    await waitFor(() => expect(cell(VIDEO, 2030, copy)).toHaveAttribute('data-value', '2219000000'));
    // Outside act, as a lazily loaded part's update arrives: React commits the chart first.
    const busy = new Promise<string | undefined>((resolve) => {
      const seen = new MutationObserver(() => {
        if (panel.hasAttribute('aria-busy')) {
          seen.disconnect();
          resolve(cell(VIDEO, 2030, copy)?.dataset.value);
        }
      });
      seen.observe(panel, { attributes: true });
    });
    // 7.2M · 1.1^7 = 14,030,763.12 (1.1^7 = 1.9487171, by hand; 7.2 · 1.9487171 = 14.03076312).
    store.getState().setModel(copy, VIDEO, { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.1' });
    // While busy the table still holds the old value: the mark is what tells a reader it is not yet the new one.
    expect(await busy).toBe('2219000000');
    await waitFor(() => expect(panel).not.toHaveAttribute('aria-busy'));
    expect(Number(cell(VIDEO, 2030, copy)!.dataset.value).toFixed(2)).toBe('14030763.12');
  });
});
