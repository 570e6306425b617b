import type { Lang } from '../../model';
import { statusEn, type StatusMessages } from './status-en';
import { statusZh } from './status-zh';

export type { StatusMessages } from './status-en';

/** Loaded with the banners, never with the page. */
export const statusCatalogues: Record<Lang, StatusMessages> = { en: statusEn, zh: statusZh };
