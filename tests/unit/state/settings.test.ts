import { describe, expect, it } from 'vitest';
import { reportData } from '../../../src/io/report-fixture';
import { readSavedState } from '../../../src/io/saved-state';
import { createAppStore, STORAGE_KEY, YEAR_MAX, YEAR_MIN } from '../../../src/state';
import { MemoryStorage } from '../io/memory-storage';
import V1 from '../../../fixtures/saved-state/v1.json?raw';
import { openApp, startupReported } from './app-store';

const storeIn = (lang: 'en' | 'zh') => createAppStore({ series: reportData().series, lang });

describe('the unit style (万/亿 or K/M/B) is a setting of its own', () => {
  it('follows the language on a first visit: 万/亿 for Chinese, K/M/B for English', () => {
    expect(storeIn('zh').getState().settings.unitStyle).toBe('wan');
    expect(storeIn('en').getState().settings.unitStyle).toBe('kmb');
  });

  it('stays as it is when the language is switched, either way', () => {
    const store = storeIn('en');
    store.getState().switchLanguage('zh');
    expect(store.getState().settings).toMatchObject({ lang: 'zh', unitStyle: 'kmb' });
    store.getState().setSettings({ unitStyle: 'wan' });
    store.getState().switchLanguage('en');
    expect(store.getState().settings).toMatchObject({ lang: 'en', unitStyle: 'wan' });
  });

  it('is saved with the settings and comes back on the next visit', async () => {
    const storage = new MemoryStorage();
    openApp(() => storage).getState().setSettings({ unitStyle: 'wan' });
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!) as { state: { settings: Record<string, unknown> } };
    expect(saved.state.settings.unitStyle).toBe('wan');
    const reopened = openApp(() => storage);
    await startupReported();
    // The app opens in English ('en' in openApp): the saved 万/亿 wins over the language's K/M/B.
    expect(reopened.getState().settings).toMatchObject({ lang: 'en', unitStyle: 'wan' });
    expect(reopened.getState().recovery).toBeUndefined();
  });

  it('an older saved state without it loads, and takes the style of its own language', async () => {
    // fixtures/saved-state/v1.json was written before the setting existed: Chinese, no unitStyle.
    expect(JSON.parse(V1).state.settings).not.toHaveProperty('unitStyle');
    const read = readSavedState(V1);
    expect(read.ok && read.state.settings.unitStyle).toBe('wan');
    const english = JSON.parse(V1);
    english.state.settings.lang = 'en';
    const readEnglish = readSavedState(JSON.stringify(english));
    expect(readEnglish.ok && readEnglish.state.settings.unitStyle).toBe('kmb');

    // Opened by the app (in English), the old state's scenarios are all there and its numbers in 万/亿.
    const store = openApp(() => new MemoryStorage({ [STORAGE_KEY]: V1 }));
    await startupReported();
    expect(store.getState().recovery).toBeUndefined();
    // (and its earlier reading of the base case kept as a scenario of its own: persistence.test.ts)
    expect(store.getState().doc.scenarios.map((s) => s.id)).toEqual(['base', expect.any(String), 's-lx3k2p9-1-a7f3q']);
    expect(store.getState().settings).toMatchObject({ lang: 'zh', unitStyle: 'wan', yearTo: 2035 });
  });

  it('a saved state with a style the app does not have is refused like any other broken setting', () => {
    const broken = JSON.parse(V1);
    broken.state.settings.unitStyle = 'lakh';
    const read = readSavedState(JSON.stringify(broken));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.detail).toContain('settings.unitStyle');
  });
});

describe('the year range shown', () => {
  it('reaches from 2015 to 2050', () => {
    expect([YEAR_MIN, YEAR_MAX]).toEqual([2015, 2050]);
    const store = storeIn('en');
    expect(store.getState().setSettings({ yearFrom: 2015, yearTo: 2050 })).toBeUndefined();
    expect(store.getState().settings).toMatchObject({ yearFrom: 2015, yearTo: 2050 });
  });

  it.each([
    [{ yearFrom: 1999 }, 'yearFrom'],
    [{ yearTo: 2101 }, 'yearTo'],
    [{ yearFrom: 1990, yearTo: 2200 }, 'yearFrom'],
    [{ yearTo: 2030.5 }, 'yearTo'],
  ])('refuses %o (outside 2000–2100 or not whole) and keeps the years and everything else as they were', (change, field) => {
    const store = storeIn('en');
    const before = store.getState().settings;
    const refused = store.getState().setSettings({ ...change, theme: 'dark' });
    expect(refused).toMatchObject({ kind: 'year-refused', field });
    expect(store.getState().settings).toBe(before);
  });

  it('takes a year inside 2000–2100 but beyond the chart’s reach to the nearest year it can show', () => {
    const store = storeIn('en');
    expect(store.getState().setSettings({ yearFrom: 2005, yearTo: 2090 })).toBeUndefined();
    expect(store.getState().settings).toMatchObject({ yearFrom: 2015, yearTo: 2050 });
  });
});
