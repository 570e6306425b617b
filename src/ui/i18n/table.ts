import type { Lang } from '../../model';
import { tableEn, type TableMessages } from './table-en';
import { tableZh } from './table-zh';

export type { TableMessages } from './table-en';

/** Loaded with the projection table, never with the page. */
export const tableCatalogues: Record<Lang, TableMessages> = { en: tableEn, zh: tableZh };
