import type { Widen } from './widen';

/**
 * The goal seek's words in English, loaded with the goal seek (a chunk of its own), not with the page;
 * its title stays in en.ts for the button that opens it. goal-zh.ts provides the same keys (the type checks it).
 */
const list = (names: readonly string[]): string => new Intl.ListFormat('en', { type: 'conjunction' }).format(names);

export const goalEn = {
  target: 'Target',
  byYear: 'by',
  from: 'starting from',
  // whose: the report's, or a series of one's own's source (t.basis.whose / t.sourceBasis.whose).
  startReport: (year: number, value: string, wording: string, whose: string) => `${year}: ${wording}${value} (${whose})`,
  /** How the report words a figure, before its value in the start list. */
  wording: {
    point: '',
    'upper-bound': 'at most ',
    'lower-bound': 'more than ',
    approximate: 'about ',
    conditional: 'possibly ',
    'range-low': 'range from ',
    'range-high': 'range up to ',
  },
  startModel: (year: number, value: string, scenario: string) => `${year}: ${value} (${scenario})`,
  /** From a bound (at most 10B) the rate needed is itself a bound: at least, or (from "more than") at most. */
  rateNeeded: (rate: string, from: number, value: string, bound: 'exact' | 'at-least' | 'at-most' = 'exact') =>
    `Needs ${bound === 'at-least' ? 'at least ' : bound === 'at-most' ? 'at most ' : ''}${rate} a year from ${value} in ${from}.`,
  reaches: (names: readonly string[], year: number) => `${list(names)} ${names.length > 1 ? 'reach' : 'reaches'} it in ${year}.`,
  already: (names: readonly string[], year: number) => `${list(names)} ${names.length > 1 ? 'are' : 'is'} already there in ${year}.`,
  never: (names: readonly string[], ceiling: string) =>
    `${list(names)} never ${names.length > 1 ? 'reach' : 'reaches'} it: the S-curve levels off at ${ceiling}.`,
  notBy: (names: readonly string[], year: number) => `${list(names)} ${names.length > 1 ? 'do' : 'does'} not reach it by ${year}.`,
  apply: 'Apply this rate to a new scenario',
  positive: 'A target must be more than zero.',
  shareAbove: 'A share cannot be above 100%.',
  notApplied: 'No scenario can take this rate:',
  byRange: (min: number, max: number) => `The year is a whole year from ${min} to ${max}.`,

};

export type GoalMessages = Widen<typeof goalEn>;
