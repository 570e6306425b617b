import type { SliceCreator } from './app-state';
import { step } from './history-slice';
import { translateGivenText } from './presets';
import { DEFAULT_USD_CNY, defaultUnitStyle, inDomain, isInDomain, type Lang, type UnitStyle } from '../model';

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
  /** Large numbers grouped by 万/亿 or by K/M/B, whatever the language (on a first visit, the language's own). */
  readonly unitStyle: UnitStyle;
}

/**
 * The settings that change what the numbers on screen say (their currency, rate, years, scale and units):
 * each change is an undo step (history-slice), so an undo after it brings the view back rather than an
 * older assumption the person cannot see. The language and the theme are preferences, not steps.
 */
export type View = Pick<Settings, 'yearFrom' | 'yearTo' | 'scale' | 'currency' | 'usdCny' | 'unitStyle'>;
export const viewOf = ({ lang: _lang, theme: _theme, ...view }: Settings): View => view;
// The settings after a change are the ones before with some values replaced: their keys in the same order.
const sameView = (a: Settings, b: Settings) => JSON.stringify(viewOf(a)) === JSON.stringify(viewOf(b));

/** The years the chart can show: the report speaks of 2022-2030, and an analyst looks back to 2015 and ahead to 2050. */
export const YEAR_MIN = 2015;
export const YEAR_MAX = 2050;

/** A change of the year range refused: a year that is not whole or lies outside 2000-2100 (model/domains). */
export interface SettingsRefusal {
  readonly kind: 'year-refused';
  readonly field: 'yearFrom' | 'yearTo';
}

export function defaultSettings(lang: Lang): Settings {
  return { lang, theme: 'light', yearFrom: 2022, yearTo: 2032, scale: 'linear', currency: 'native', usdCny: DEFAULT_USD_CNY, unitStyle: defaultUnitStyle(lang) };
}

function refusedYear(change: Partial<Settings>): SettingsRefusal | undefined {
  for (const field of ['yearFrom', 'yearTo'] as const) {
    const year = change[field];
    if (year !== undefined && (!Number.isInteger(year) || !inDomain('year', year, field).ok)) return { kind: 'year-refused', field };
  }
  return undefined;
}

export interface SettingsSlice {
  readonly settings: Settings;
  /**
   * Applies the change, or refuses all of it (and says why) when a year is not whole or outside 2000-2100.
   * A change of the view is an undo step; `coalesceKey` joins it to the step of the same key just before
   * (a shared link's scenarios and its view are one step).
   */
  setSettings(change: Partial<Settings>, coalesceKey?: string): SettingsRefusal | undefined;
  /** The language select: switches the language and renames the scenarios the app named. */
  switchLanguage(lang: Lang): void;
}

export const createSettingsSlice =
  (initial: Settings): SliceCreator<SettingsSlice> =>
  (set, get) => ({
    settings: initial,
    setSettings: (change, coalesceKey) => {
      const refused = refusedYear(change);
      if (refused) return refused;
      // A slider's move shown but not stored is stored first, so the steps land in the order they were made.
      get().beforeChange?.();
      const before = get().settings;
      const next = { ...before, ...change };
      // A rate outside its domain (0.1-100) would be refused by the saved-state schema at the next load.
      if (!isInDomain('exchange-rate', next.usdCny)) next.usdCny = before.usdCny;
      // A year range the chart can draw: a plausible year (above) taken into 2015-2050, at least two years long.
      const from = Math.max(YEAR_MIN, Math.min(YEAR_MAX - 1, next.yearFrom));
      const to = Math.max(from + 1, Math.min(YEAR_MAX, next.yearTo));
      const settings = { ...next, yearFrom: from, yearTo: to };
      if (sameView(before, settings)) set({ settings });
      else set({ settings, ...step(get(), { view: viewOf(before) }, coalesceKey) });
      return undefined;
    },
    switchLanguage: (lang) => {
      const { doc, settings } = get();
      // The user's own switch, or a page opened in its language: what the app itself named follows it, even in the
      // language already set (another tab may have written the names in its own). Not an undo step, and not done
      // when a link or file brings its language (those scenarios arrive under the sender's names).
      const scenarios = doc.scenarios.map((s) => translateGivenText(s, lang));
      const renamed = scenarios.some((s, i) => s !== doc.scenarios[i]);
      if (lang !== settings.lang || renamed) set({ settings: { ...settings, lang }, doc: renamed ? { ...doc, scenarios } : doc });
    },
  });
