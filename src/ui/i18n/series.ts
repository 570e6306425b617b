import type { Lang } from '../../model';
import { seriesEn, type SeriesMessages } from './series-en';
import { seriesZh } from './series-zh';

export type { SeriesMessages, FormErrorKind } from './series-en';

/** Loaded with the series form (ui/series), never with the page. */
export const seriesCatalogues: Record<Lang, SeriesMessages> = { en: seriesEn, zh: seriesZh };
