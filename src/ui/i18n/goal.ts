import type { Lang } from '../../model';
import { goalEn, type GoalMessages } from './goal-en';
import { goalZh } from './goal-zh';

export type { GoalMessages } from './goal-en';

/** Loaded with the goal seek, never with the page. */
export const goalCatalogues: Record<Lang, GoalMessages> = { en: goalEn, zh: goalZh };
