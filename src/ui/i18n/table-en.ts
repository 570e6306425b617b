import type { Widen } from './widen';

/**
 * The projection table's own words in English, loaded with the table (a chunk of its own), not with the page; the
 * button that shows it keeps its label in en.ts. table-zh.ts provides the same keys (the type checks it).
 */
export const tableEn = {
  year: 'Year',
  cagr: 'CAGR',
  vsBase: 'vs base',
  copyTable: 'Copy table',
  notHeld: '; no compared scenario is held on it',
  notHeldBy: (names: string) => `; not held on it: ${names}`,
  disallowedBy: (names: string) => `; at a value it does not allow: ${names}`,
  readAs: (items: string) => `; read as: ${items}`,
  readItem: (name: string, value: string) => `${name} ${value}`,
  percentileTitle: (p: number, name: string) => `${p}th percentile of the simulated paths of ${name}`,
};

export type TableMessages = Widen<typeof tableEn>;
