import { useApp } from '../shared';
import { exchangeCatalogues, type ExchangeMessages } from '../i18n/exchange';

/** The export and import words in the current language; only modules loaded on demand import this. */
export function useExchangeText(): ExchangeMessages {
  const lang = useApp((s) => s.settings.lang);
  return exchangeCatalogues[lang];
}
