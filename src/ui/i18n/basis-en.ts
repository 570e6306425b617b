/**
 * The words that say where each value comes from (a report figure and its kind, between figures, a
 * back-cast, an assumption), in English: the table's basis column, the readout, the CSV and the notes
 * under a table. Kept apart from en.ts, which holds the rest of the interface. `noun` is whose figures they
 * are: 'report' for the report's series, 'source' for a series of one's own (its source is named above its chart).
 */
export const basisEn = (noun: 'report' | 'source') => ({
  /** Whose figures, as a word the other catalogues' sentences take (the slides' key, the goal seek's start list). */
  whose: noun as string,
  column: 'Basis',
  kind: { point: 'point', approximate: 'about', 'upper-bound': 'upper bound', 'lower-bound': 'lower bound', range: 'range', conditional: 'conditional', statement: 'statement' },
  says: (reading: string) => `${noun === 'report' ? 'Report' : 'Source'}: ${reading}`,
  figure: (label: string, kind: string) => `${noun === 'report' ? 'Report' : 'Source'}: ${label} (${kind})`,
  between: `Between ${noun} figures`,
  backCast: `Back-cast: before the ${noun}’s first figure`,
  assumption: `Assumption: after the ${noun}’s last figure`,
  tableKey: `Bold rows: years the ${noun} gives a figure for; italic rows: before or after the ${noun}’s figures, where each scenario’s own assumption (below) decides.`,
  readAs: (label: string, value: string) => `${noun} figure ${label}, read as ${value}`,
  exact: (label: string) => `${noun} figure ${label}`,
  fitted: (label: string) => `the ${noun} says ${label}; this path is not held on that figure`,
  offFigure: (label: string, value: string) => `the ${noun} says ${label}; this scenario holds ${value}, which that figure does not allow`,
  betweenFigures: (from: number, to: number) => `between the ${noun}’s figures for ${from} and ${to}`,
  fit: `Fit to the ${noun}’s figures`,
  description: (title: string, lines: number, from: number, to: number) =>
    `${title}: projections of ${lines} scenario${lines === 1 ? '' : 's'} from ${from} to ${to}, with the ${noun}'s figures marked. The table below gives the values.`,
  rate: (rate: string, year: number, after: boolean) => `${rate} a year ${after ? 'after' : 'before'} ${year} is this app’s assumption`,
  reportCagr: (rate: string, from: number, to: number, after: boolean) =>
    `${rate} a year, the ${noun}’s ${from}–${to} CAGR carried ${after ? 'beyond' : 'back before'} its figures: this app’s assumption`,
  segment: (rate: string, from: number, to: number, after: boolean) => `${rate} a year, the ${from}→${to} growth carried ${after ? 'on' : 'back'}: this app’s assumption`,
  bent: (ceiling: string, cited: string) => `; slowing toward a ceiling of ${ceiling}${cited ? ` (${cited})` : ''} and never passing it`,
  sCurve: (ceiling: string, cited: string) => `an S-curve to a ceiling of ${ceiling}${cited ? ` (${cited})` : ''}: this app’s assumption`,
  compound: (rate: string, year: number, cagr?: string) => `${rate} a year from ${year}${cagr ? `, the ${noun}’s ${cagr} CAGR` : ''}: this app’s assumption`,
  ownAnchor: (year: number) => `through your own anchor in ${year}, not a ${noun} figure`,
  notesTitle: 'Where each scenario’s values come from',
  inReadout: (note: string) => ` (${note})`,
  // past: the stated rate gives more than the end figure (it outruns the amounts), so not "only". The amount is worked
  // out at the stated rate, not stated (found by use: "Stated in the report: …, only $166M" credited $166M to it).
  statedLine: (rate: string, end: string, year: number, past: boolean) => `At the ${noun}’s ${rate} CAGR: ${past ? '' : 'only '}${end} by ${year}`,
  impliedLine: (rate: string) => `the two amounts imply ${rate} a year`,
  // past: the stated rate outruns the amounts, whose lines then grow slower.
  conflictNote: (rate: string, past: boolean) => `The dotted grey line is the stated ${rate} a year from the first amount; the lines through both amounts grow ${past ? 'slower' : 'far faster'}.`,
  impliedNote: (rate: string) => `The two amounts imply ${rate} a year.`,
  conflictLink: 'The three readings, one click each, in the audit',
  key: {
    solid: `years the ${noun} speaks for`,
    dashed: 'the years outside them',
    point: `${noun} figure`,
    approximate: '≈ about',
    'upper-bound': '≤ at most',
    'lower-bound': '> more than',
    range: 'range',
    conditional: 'could reach (conditional)',
  },
});
