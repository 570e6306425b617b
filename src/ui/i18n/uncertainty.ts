import type { Lang } from '../../model';
import { uncertaintyEn, type UncertaintyMessages } from './uncertainty-en';
import { uncertaintyZh } from './uncertainty-zh';

export type { UncertaintyMessages } from './uncertainty-en';

/** Loaded with the uncertainty views, never with the page. */
export const uncertaintyCatalogues: Record<Lang, UncertaintyMessages> = { en: uncertaintyEn, zh: uncertaintyZh };
