import type { Lang } from '../../model';
import type { Messages } from './en';

export type { Messages } from './en';

// Each language's catalogue is a chunk of its own: the page loads the one it opens in before its
// first render (main.tsx), and the other once it is idle, so a switch finds it there. The first load
// carries one catalogue, not both (tests/size-budget.mjs counts the larger of the two in it).
const loaders: Record<Lang, () => Promise<Messages>> = {
  en: () => import('./en').then((m) => m.en),
  zh: () => import('./zh').then((m) => m.zh),
};
const loaded: Partial<Record<Lang, Messages>> = {};
const loading: Partial<Record<Lang, Promise<Messages>>> = {};
const listeners = new Set<() => void>();

export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/** Loads the catalogue of `lang` (once; a load that failed is tried again the next time). */
export function loadCatalogue(lang: Lang): Promise<Messages> {
  const have = loaded[lang];
  if (have) return Promise.resolve(have);
  return (loading[lang] ??= loaders[lang]().then(
    (messages) => {
      loaded[lang] = messages;
      listeners.forEach((listener) => listener());
      return messages;
    },
    (error: unknown) => {
      delete loading[lang];
      throw error;
    },
  ));
}

/**
 * The catalogue of `lang` when it is loaded, else the other language's: the language menu switches
 * only once the chosen catalogue is in, so this covers a page whose own language could not be loaded
 * (main.tsx falls back to the other). Undefined only before any catalogue has loaded. Loads nothing:
 * it is read while rendering.
 */
export function loadedCatalogue(lang: Lang): Messages | undefined {
  return loaded[lang] ?? loaded[otherLang(lang)];
}

/** Calls `listener` whenever a catalogue has loaded; returns its removal. */
export function onCatalogueLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The browser's preferred language, Chinese when any Chinese variant comes first. */
export function browserLang(languages: readonly string[] | undefined): Lang {
  const first = languages?.find((l) => /^(zh|en)/i.test(l));
  return first && /^zh/i.test(first) ? 'zh' : 'en';
}
