import type { Widen } from './widen';

/**
 * The words-and-arrows menu's words in English, loaded with the menu's contents (a chunk of its own),
 * not with the page; the menu's button and the CAGR arrow's label stay in en.ts. words-zh.ts provides the same keys.
 */
export const wordsEn = {
  words: 'On the chart',
  title: 'Title',
  hideTitle: 'No title',
  subtitle: 'Subtitle',
  note: 'Note under the chart',
  footnote: 'Assumptions footnote',
  source: 'Source line',
  wordsHint: 'Shown in every export (PNG, SVG, PDF, PowerPoint) and kept with your scenarios and in share links.',
  arrows: 'CAGR and difference arrows',
  kind: 'Arrow',
  cagr: 'CAGR',
  difference: 'Difference',
  scenario: 'Scenario',
  from: 'From',
  to: 'to',
  addArrow: 'Add arrow',
  removeArrow: 'Remove this arrow',
  arrowLine: (kind: string, scenario: string, from: number, to: number) => `${kind}: ${scenario}, ${from}–${to}`,
  notCompared: '(scenario not compared: not drawn)',
  sameYear: 'An arrow needs two different years.',
  tooMany: (n: number) => `A chart holds at most ${n} arrows.`,

};

export type WordsMessages = Widen<typeof wordsEn>;
