import type { Lang } from '../../model';
import { wordsEn, type WordsMessages } from './words-en';
import { wordsZh } from './words-zh';

export type { WordsMessages } from './words-en';

/** Loaded with the words-and-arrows menu's contents, never with the page. */
export const wordsCatalogues: Record<Lang, WordsMessages> = { en: wordsEn, zh: wordsZh };
