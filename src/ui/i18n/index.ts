import type { Lang } from '../../model';
import { en, type Messages } from './en';
import { zh } from './zh';

export type { Messages } from './en';

export const catalogues: Record<Lang, Messages> = { en, zh };

/** The browser's preferred language, Chinese when any Chinese variant comes first. */
export function browserLang(languages: readonly string[] | undefined): Lang {
  const first = languages?.find((l) => /^(zh|en)/i.test(l));
  return first && /^zh/i.test(first) ? 'zh' : 'en';
}
