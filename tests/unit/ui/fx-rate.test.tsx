// Issue 13 for the exchange rate: its typed text is a draft too, checked against the exchange-rate
// domain (0.1 to 100 yuan to the dollar); nothing is in force until Enter or leaving the field.
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SettingsBar } from '../../../src/ui/app/SettingsBar';
import { en } from '../../../src/ui/i18n/en';
import { renderInApp } from './render-app';

const box = () => screen.getByRole('textbox', { name: /RMB per USD/ });

describe('the exchange-rate field', () => {
  it('takes nothing while "7.5" is typed over the rate in force, and 7.5 once Enter is pressed', async () => {
    const { user, store } = renderInApp(<SettingsBar />);
    const before = store.getState().settings.usdCny;
    await user.clear(box());
    await user.type(box(), '7.5');
    expect(store.getState().settings.usdCny).toBe(before);
    await user.keyboard('{Enter}');
    expect(store.getState().settings.usdCny).toBe('7.5');
  });

  it('1e400 and 1000 are refused with the exchange-rate domain, after blur too, and the rate in force stays', async () => {
    const { user, store } = renderInApp(<SettingsBar />);
    const before = store.getState().settings.usdCny;
    for (const typed of ['1e400', '1000']) {
      await user.clear(box());
      await user.paste(typed);
      await user.tab();
      expect(screen.getByRole('alert')).toHaveTextContent(en.errors.domain['exchange-rate']);
      expect(box()).toHaveValue(typed);
      expect(box()).toHaveAccessibleDescription(en.errors.domain['exchange-rate']);
      expect(store.getState().settings.usdCny).toBe(before);
    }
  });

  it('Escape puts the rate in force back and drops the message', async () => {
    const { user, store } = renderInApp(<SettingsBar />);
    const before = store.getState().settings.usdCny;
    await user.clear(box());
    await user.type(box(), '1000{Escape}');
    expect(box()).toHaveValue(before);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the rate in force when it changes from elsewhere (saved work read after the first paint, a link, another tab), and passing through the box changes nothing', async () => {
    const { user, store } = renderInApp(<SettingsBar />);
    // The page is drawn with the default rate, then the saved work's 6.9 arrives.
    act(() => store.getState().setSettings({ usdCny: '6.9' }));
    expect(box()).toHaveValue('6.9');
    await user.click(box());
    await user.tab();
    expect(store.getState().settings.usdCny).toBe('6.9');
    expect(box()).toHaveValue('6.9');
  });

  it('a refused draft stays in the box while the rate in force changes from elsewhere, and Escape then shows the new rate', async () => {
    const { user, store } = renderInApp(<SettingsBar />);
    await user.clear(box());
    await user.type(box(), '1000');
    act(() => store.getState().setSettings({ usdCny: '6.9' }));
    expect(box()).toHaveValue('1000');
    await user.keyboard('{Escape}');
    expect(box()).toHaveValue('6.9');
  });
});
