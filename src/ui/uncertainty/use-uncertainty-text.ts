import { useApp } from '../shared';
import { uncertaintyCatalogues, type UncertaintyMessages } from '../i18n/uncertainty';

/** The uncertainty views' words in the current language; only the views loaded on demand import this. */
export function useUncertaintyText(): UncertaintyMessages {
  const lang = useApp((s) => s.settings.lang);
  return uncertaintyCatalogues[lang];
}
