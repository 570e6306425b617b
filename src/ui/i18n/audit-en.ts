import type { Widen } from './widen';

/**
 * The audit panel's own words in English, loaded with the panel (a chunk of its own), not with the page; the
 * contradiction's sentence and the readings' buttons, which the charts show too, stay in en.ts. audit-zh.ts provides
 * the same keys (the type checks it).
 */
export const auditEn = {
  // own: series of one's own are audited beside the report's.
  title: (own: boolean) => `Audit of the report’s figures${own ? ' and your own' : ''}`,
  // ratio: how many times the end figure is what the base grows to at the stated rate; undefined when it is less.
  conflictDetail: (implied: string, endFromBase: string, ratio: string | undefined, rateStart: string, from: number) =>
    `The two amounts imply ${implied} a year. At the stated rate, the base grows ${ratio ? `only to ${endFromBase} (the end figure is ${ratio}× that)` : `past the end figure, to ${endFromBase}`}; the end figure at that rate needs ${rateStart} already in ${from}.`,
  // A stated rate against a range or a bound at its ends: the growth the figures allow (between, at least, at most).
  figuresAllow: (range: string) => `The two figures allow ${range} a year.`,
  // below: the base at the stated rate falls short of the end figure; otherwise it passes it.
  baseReaches: (end: string, year: number, below: boolean) =>
    `At the stated rate, the base grows ${below ? 'only to' : 'past the end figure, to'} ${end} in ${year}.`,
  upTo: (a: string) => `at most ${a}`,
  over: (a: string) => `over ${a}`,
  growth: (series: string, from: number, to: number, range: string) => `${series}, ${from}→${to}: ${range} a year.`,
  between: (a: string, b: string) => `between ${a} and ${b}`,
  atLeast: (a: string) => `at least ${a}`,
  atMost: (a: string) => `at most ${a}`,
  exactly: (a: string) => `${a}`,
  unbounded: 'any rate (the wording sets no limit)',
  applied: (name: string) => `Added “${name}”.`,
};

export type AuditMessages = Widen<typeof auditEn>;
