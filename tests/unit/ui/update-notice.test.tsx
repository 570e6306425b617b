import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StatusBanner } from '../../../src/ui/app/StatusBanner';
import { renderInApp } from './render-app';

// A new build installed by the service worker waits for the reader (src/ui/app/service-worker.ts): the
// page says so in its language, and switches only on Reload.
describe('a new version waiting', () => {
  it('is not announced before the service worker says so; then says so in Chinese, and Reload switches once', async () => {
    const { page } = renderInApp(<StatusBanner />, { lang: 'zh' });
    expect(screen.queryByTestId('update-ready')).toBeNull();
    const reload = vi.fn();
    act(() => page.getState().announceUpdate(reload));
    // Exactly: Chinese sentences follow one another without a space.
    expect(screen.getByTestId('update-ready').querySelector('p')?.textContent).toBe('新版本已就绪。您的工作不会丢失：重新加载前会先保存。');
    expect(reload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: '重新加载' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('in English', () => {
    const { page } = renderInApp(<StatusBanner />, { lang: 'en' });
    act(() => page.getState().announceUpdate(() => undefined));
    expect(screen.getByTestId('update-ready').querySelector('p')?.textContent).toBe('A new version is ready. Your work is kept: it is saved before the page reloads.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it("is told to one page only: the page's store is made for each app, not shared by the module", () => {
    const first = renderInApp(<StatusBanner />, { lang: 'en' });
    const second = renderInApp(<StatusBanner />, { lang: 'en' });
    act(() => first.page.getState().announceUpdate(() => undefined));
    expect(first.container.querySelector('[data-testid=update-ready]')).not.toBeNull();
    expect(second.container.querySelector('[data-testid=update-ready]')).toBeNull();
  });
});
