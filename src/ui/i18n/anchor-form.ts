import type { Lang } from '../../model';
import { anchorFormEn, type AnchorFormMessages } from './anchor-form-en';
import { anchorFormZh } from './anchor-form-zh';

/** Loaded with the forms that add an anchor or a high end, never with the page. */
export const anchorFormCatalogues: Record<Lang, AnchorFormMessages> = { en: anchorFormEn, zh: anchorFormZh };
