import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, MARKET, renderApp } from './render-app';

const chartTheme = () => within(screen.getByTestId(`chart-panel-${MARKET}`)).getByRole('img').getAttribute('data-theme');

describe('printing', APP_TIMEOUT, () => {
  it('draws the charts light from the moment the browser says it prints (beforeprint), and dark again after', () => {
    const { store } = renderApp();
    act(() => store.getState().setSettings({ theme: 'dark' }));
    expect(chartTheme()).toBe('dark');
    // No act(): the browser lays the page out for paper right after beforeprint, so the chart must
    // already be redrawn when the event's listeners return.
    window.dispatchEvent(new Event('beforeprint'));
    expect(chartTheme()).toBe('light');
    act(() => window.dispatchEvent(new Event('afterprint')));
    expect(chartTheme()).toBe('dark');
  });

  it('prints a table the screen has hidden', async () => {
    const { user } = renderApp();
    const panel = screen.getByTestId(`chart-panel-${MARKET}`);
    await user.click(within(panel).getByRole('button', { name: 'Hide table' }));
    expect(within(panel).queryByRole('table')).toBeNull();
    window.dispatchEvent(new Event('beforeprint'));
    expect(within(panel).getByRole('table')).toBeInTheDocument();
    act(() => window.dispatchEvent(new Event('afterprint')));
    expect(within(panel).queryByRole('table')).toBeNull();
  });

  it('draws each chart for paper, whatever the window’s width (found by use: a 1,400 px window printed 4:1 charts with 3 pt type on A4)', () => {
    renderApp();
    const svg = () => within(screen.getByTestId(`chart-panel-${MARKET}`)).getByRole('img').closest('svg')!;
    // A4 less 12 mm margins is 186 mm, 703 CSS px; Letter's 190 mm, 718 px: a chart of 700 px prints at its own type size.
    window.dispatchEvent(new Event('beforeprint'));
    expect([svg().getAttribute('width'), svg().getAttribute('height')]).toEqual(['700', '400']);
    act(() => window.dispatchEvent(new Event('afterprint')));
    expect(svg().getAttribute('height')).toBe('340');
  });
});
