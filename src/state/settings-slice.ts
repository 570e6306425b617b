import type { SliceCreator } from './app-state';
import { translateGivenText } from './presets';
import { DEFAULT_USD_CNY, type Lang } from '../model';

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
}

export const createSettingsSlice =
  (initial: Settings): SliceCreator<SettingsSlice> =>
  (set, get) => ({
    settings: initial,
    setSettings: (change) => {
      const next = { ...get().settings, ...change };
      // A year range the chart can draw: inside 2022-2040 and at least two years long.
      const from = Math.max(YEAR_MIN, Math.min(YEAR_MAX - 1, Math.round(next.yearFrom)));
      const to = Math.max(from + 1, Math.min(YEAR_MAX, Math.round(next.yearTo)));
      const settings = { ...next, yearFrom: from, yearTo: to };
      const { doc, settings: before } = get();
      if (settings.lang === before.lang) return set({ settings });
      // Not an undo step: a language switch is a view setting, it only renames what the app itself named.
      const scenarios = doc.scenarios.map((s) => translateGivenText(s, settings.lang));
      set({ settings, doc: scenarios.some((s, i) => s !== doc.scenarios[i]) ? { ...doc, scenarios } : doc });
    },
  });
