import type { Widen } from './widen';

/**
 * The words of the forms that add an anchor, a range's high end or a ceiling, in English, loaded with those forms (chunks of
 * their own), not with the page; the buttons that open them keep their labels in en.ts. anchor-form-zh.ts provides
 * the same keys.
 */
export const anchorFormEn = {
  add: 'Add',
  cancel: 'Cancel',
  ceiling: 'Ceiling it slows toward',
  highEnd: 'High end of the range',
  highEqualsLow: 'The high end equals the low end: that is one number, not a range.',
  year: 'Year of the new anchor',
  hint: 'It starts on the path as it runs now, so nothing moves until you change its value.',
  unreadable: 'Type a year, such as 2026.',
  taken: (year: number) => `There is already an anchor in ${year}: change its value, or choose another year.`,
  oneAtATime: (last: number) =>
    `This path bends toward its ceiling after its last anchor: add the years after ${last} one at a time (${last + 1} first), or the years between would move.`,
  full: (max: number) => `A path holds at most ${max} anchors: remove one first.`,
};

export type AnchorFormMessages = Widen<typeof anchorFormEn>;
