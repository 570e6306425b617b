/** Type sizes in pixels: one title, one body size for the legend, smaller for axes and notes. */
export const FONT = {
  title: 18,
  subtitle: 13,
  legend: 12.5,
  tick: 11.5,
  label: 11.5,
  footer: 11,
} as const;

/** Line heights, about 1.35× the size. */
export const LEADING = {
  title: 24,
  subtitle: 18,
  legend: 20,
  footer: 15,
} as const;
