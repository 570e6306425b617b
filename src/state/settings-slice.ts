import type { SliceCreator } from './app-state';
import { translateGivenText } from './presets';
import { DEFAULT_USD_CNY, isInDomain, type Lang } from '../model';

export type Theme = 'light' | 'dark';
export type ScaleKind = 'linear' | 'log';
/** Money shown in its own currency, or all in RMB, or all in USD at the user's rate. */
export type CurrencyView = 'native' | 'CNY' | 'USD';

export interface Settings {
  readonly lang: Lang;
  readonly theme: Theme;
  readonly yearFrom: number;
  readonly yearTo: number;
  readonly scale: ScaleKind;
  readonly currency: CurrencyView;
  /** Yuan per US dollar, an exact decimal string. */
  readonly usdCny: string;
}

export const YEAR_MIN = 2022;
export const YEAR_MAX = 2040;

export function defaultSettings(lang: Lang): Settings {
  return { lang, theme: 'light', yearFrom: 2022, yearTo: 2032, scale: 'linear', currency: 'native', usdCny: DEFAULT_USD_CNY };
}

export interface SettingsSlice {
  readonly settings: Settings;
  setSettings(change: Partial<Settings>): void;
  /** The language select: switches the language and renames the scenarios the app named. */
  switchLanguage(lang: Lang): void;
}

export const createSettingsSlice =
  (initial: Settings): SliceCreator<SettingsSlice> =>
  (set, get) => ({
    settings: initial,
    setSettings: (change) => {
      const next = { ...get().settings, ...change };
      // A rate outside its domain (0.1-100) would be refused by the saved-state schema at the next load.
      if (!isInDomain('exchange-rate', next.usdCny)) next.usdCny = get().settings.usdCny;
      // A year range the chart can draw: inside 2022-2040 and at least two years long.
      const from = Math.max(YEAR_MIN, Math.min(YEAR_MAX - 1, Math.round(next.yearFrom)));
      const to = Math.max(from + 1, Math.min(YEAR_MAX, Math.round(next.yearTo)));
      set({ settings: { ...next, yearFrom: from, yearTo: to } });
    },
    switchLanguage: (lang) => {
      const { doc, settings } = get();
      if (lang === settings.lang) return;
      // The user's own switch: what the app itself named follows it. Not an undo step, and not done when a
      // link or file brings its language (those scenarios arrive under the sender's names).
      const scenarios = doc.scenarios.map((s) => translateGivenText(s, lang));
      set({ settings: { ...settings, lang }, doc: scenarios.some((s, i) => s !== doc.scenarios[i]) ? { ...doc, scenarios } : doc });
    },
  });
