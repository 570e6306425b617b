import type { Lang } from '../../model';
import { exchangeEn, type ExchangeMessages } from './exchange-en';
import { exchangeZh } from './exchange-zh';

export type { ExchangeMessages } from './exchange-en';

/** Loaded with the first export, import or shared link, never with the page. */
export const exchangeCatalogues: Record<Lang, ExchangeMessages> = { en: exchangeEn, zh: exchangeZh };
