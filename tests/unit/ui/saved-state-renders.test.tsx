import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reportData } from '../../../src/io/report-fixture';
import { defaultDoc, STORAGE_KEY } from '../../../src/state';
import { en } from '../../../src/ui/i18n/en';
import { MemoryStorage } from '../io/memory-storage';
import { APP_TIMEOUT, VIDEO, fieldBox, renderApp } from './render-app';
import { statusEn } from '../../../src/ui/i18n/status-en';

/** Saved work as the app writes it: the default scenarios, shown in dollars at this exchange rate. */
function savedAt(usdCny: string): string {
  const settings = { lang: 'en', theme: 'light', yearFrom: 2022, yearTo: 2032, scale: 'linear', currency: 'USD', usdCny };
  return JSON.stringify({ state: { doc: defaultDoc(reportData().series, 'en'), settings }, version: 1 });
}

describe('saved work that the schema lets through always renders', APP_TIMEOUT, () => {
  // Issue 15: an exchange rate of 1e-300 (a decimal string the old schema accepted) blanked the page
  // with "TypeError: Cannot read properties of undefined (reading 'box')".
  it('an exchange rate of 1e-300 is set aside with the recovery banner, a copy is kept, and every chart draws', async () => {
    const raw = savedAt('1e-300');
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    renderApp({ getStorage: () => storage });
    expect(await screen.findByTestId('recovery')).toHaveTextContent(statusEn.recoveredInvalid);
    const [keptAs] = storage.recoveredKeys();
    expect(storage.getItem(keptAs!)).toBe(raw);
    // The app started from the defaults: the report's rate, and a chart for each charted series.
    expect(screen.getAllByTestId(/^chart-panel-/).length).toBeGreaterThan(0);
  });

  it('an exchange rate at the edge of its domain (0.1 and 100 yuan to the dollar) loads and renders without a banner', async () => {
    for (const rate of ['0.1', '100']) {
      const storage = new MemoryStorage({ [STORAGE_KEY]: savedAt(rate) });
      const { store, unmount } = renderApp({ getStorage: () => storage });
      expect(await screen.findAllByTestId(/^chart-panel-/)).not.toHaveLength(0);
      expect(store.getState().settings.usdCny).toBe(rate);
      // Nothing to recover: the banner (loaded only when it has something to say) is not due.
      expect(store.getState().recovery).toBeUndefined();
      expect(screen.queryByTestId('recovery')).not.toBeInTheDocument();
      unmount();
    }
  });
});

describe('the exchange-rate field', APP_TIMEOUT, () => {
  it('refuses a rate outside 0.1..100 with a sentence naming the range, and the rate in force stays', async () => {
    const { user, store } = renderApp();
    const box = screen.getByRole('textbox', { name: en.settings.fxRate });
    const before = store.getState().settings.usdCny;
    // Pasted, so no shorter prefix ("1") comes into force on the way.
    await user.clear(box);
    await user.paste('0.05');
    expect(await screen.findByText(en.errors.domain['exchange-rate'])).toHaveRole('alert');
    await user.keyboard('{Enter}');
    expect(store.getState().settings.usdCny).toBe(before);
    // 1e-300 is refused before any Decimal is built (its exponent), with the input's own sentence.
    await user.clear(box);
    await user.paste('1e-300');
    expect(await screen.findByText(en.errors.input['too-long'])).toHaveRole('alert');
    await user.keyboard('{Enter}');
    expect(store.getState().settings.usdCny).toBe(before);
    await user.clear(box);
    await user.type(box, '100');
    // A draft until Enter (issue 13): nothing in force while typing.
    expect(store.getState().settings.usdCny).toBe(before);
    await user.keyboard('{Enter}');
    expect(store.getState().settings.usdCny).toBe('100');
  });
});

describe('an assumption field', APP_TIMEOUT, () => {
  it('refuses a growth rate (after the last figure) past +1,000% a year (its domain) with the out-of-domain sentence, and nothing is stored', async () => {
    const { user, store } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    const box = fieldBox(`field-${VIDEO}-rateAfter`);
    const before = store.getState().doc;
    await user.clear(box);
    await user.paste('1001%');
    // Typed text is a draft until Enter (issue 13); Enter meets the domain's sentence.
    await user.keyboard('{Enter}');
    expect(await screen.findByText(en.errors.domain.rate, { exact: false })).toBeInTheDocument();
    expect(store.getState().doc).toBe(before);
  });
});
