import { describe, expect, it } from 'vitest';
import { readSavedState } from '../../../src/io/saved-state';
import { reportData } from '../../../src/io/report-fixture';
import { DOMAINS } from '../../../src/model';
import { defaultDoc } from '../../../src/state';
import { VIDEO, freshStore, videoAt } from '../state/app-store';

const settings = (usdCny: string) => ({ lang: 'en', theme: 'light', yearFrom: 2022, yearTo: 2032, scale: 'linear', currency: 'USD', usdCny });

/** Saved work with the given exchange rate and the video series' growth rate in the first preset. */
function saved(usdCny: string, cagr = '0.5'): string {
  const doc = defaultDoc(reportData().series, 'en');
  const scenarios = doc.scenarios.map((s, i) => (i === 1 ? { ...s, models: { ...s.models, [VIDEO]: videoAt(cagr) } } : s));
  return JSON.stringify({ state: { doc: { ...doc, scenarios }, settings: settings(usdCny) }, version: 1 });
}

// The domains are model/domains.ts: exchange rate 0.1..100 yuan per dollar, growth rate -0.99..10 a year.
// The "just outside" values are the ends moved by one unit in the last place written: chosen by hand.
describe('the saved-state schema holds every number to its plausible domain', () => {
  it('takes an exchange rate at either end of 0.1..100 and refuses one just outside or absurd, naming the field', () => {
    expect(DOMAINS['exchange-rate']).toMatchObject({ min: '0.1', max: '100' });
    for (const inside of ['0.1', '100', '7.1268']) expect(readSavedState(saved(inside)).ok).toBe(true);
    for (const outside of ['0.0999', '100.01', '1e-300', '1e300', '0', '-7']) {
      const result = readSavedState(saved(outside));
      expect(result).toMatchObject({ ok: false, reason: 'invalid' });
      expect(!result.ok && result.detail).toContain('settings.usdCny');
    }
  });

  it('takes a growth rate at either end of -99%..+1,000% and refuses one just outside, with the domain sentence', () => {
    for (const inside of ['-0.99', '10']) expect(readSavedState(saved('7.1268', inside)).ok).toBe(true);
    for (const outside of ['-0.991', '10.001', '1e9999999999']) {
      const result = readSavedState(saved('7.1268', outside));
      expect(result).toMatchObject({ ok: false, reason: 'invalid' });
      expect(!result.ok && result.detail).toMatch(/cagr must be a growth rate between -99% and \+1,000%/);
    }
  });
});

describe('the store never holds a number its loader would refuse', () => {
  it('setModel with a growth rate outside its domain changes nothing and leaves no undo step', () => {
    const store = freshStore();
    const id = store.getState().createScenario('Plan');
    const before = store.getState().doc;
    store.getState().setModel(id, VIDEO, videoAt('10.001'));
    expect(store.getState().doc).toBe(before);
    store.getState().setModel(id, VIDEO, videoAt('10'));
    expect(store.getState().doc.scenarios.find((s) => s.id === id)!.models[VIDEO]).toEqual(videoAt('10'));
  });

  it('setSettings keeps the exchange rate in force when the new one is outside 0.1..100, and takes the rest of the change', () => {
    const store = freshStore();
    const rate = store.getState().settings.usdCny;
    store.getState().setSettings({ usdCny: '1e-300', theme: 'dark' });
    expect(store.getState().settings).toMatchObject({ usdCny: rate, theme: 'dark' });
    store.getState().setSettings({ usdCny: '0.1' });
    expect(store.getState().settings.usdCny).toBe('0.1');
  });
});
