import type { ChartTheme } from './types';

// System fonts only (nothing is downloaded); the CJK faces keep Chinese titles and names from
// falling back to a bitmap-looking default in exports.
const FONT_FAMILY = '"Inter", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/**
 * Paul Tol's 'muted' scheme (https://personal.sron.nl/~pault/), safe for colour-blind readers.
 * Reordered so the first three scenarios (base, bull, bear) get the most distinct hues; the two
 * palest (cyan, sand) are darkened for a 3:1 contrast on white, keeping their hue.
 */
const LIGHT_PALETTE = [
  '#332288', // indigo
  '#CC6677', // rose
  '#117733', // green
  '#3E97CC', // cyan, darkened
  '#882255', // wine
  '#999933', // olive
  '#AA4499', // purple
  '#339988', // teal, darkened a little
  '#A88F2C', // sand, darkened
  '#555555', // grey
] as const;

/** The same hues, with the dark ones lifted to a 3.5:1 contrast on the dark panel. */
const DARK_PALETTE = [
  '#9988EE', // indigo, lifted
  '#CC6677', // rose
  '#44BB77', // green, lifted
  '#88CCEE', // cyan
  '#C85A8C', // wine, lifted
  '#999933', // olive
  '#B070D0', // purple, lifted
  '#44AA99', // teal
  '#DDCC77', // sand
  '#BBBBBB', // grey
] as const;

export const lightTheme: ChartTheme = {
  name: 'light',
  background: '#ffffff',
  text: '#1c2430',
  muted: '#5b6675',
  grid: '#e6e9ee',
  axis: '#8a94a3',
  markFill: '#1c2430',
  fontFamily: FONT_FAMILY,
  palette: LIGHT_PALETTE,
};

export const darkTheme: ChartTheme = {
  name: 'dark',
  background: '#1a2029',
  text: '#e6e9ee',
  muted: '#9aa5b4',
  grid: '#2c3440',
  axis: '#5b6675',
  markFill: '#f2f4f7',
  fontFamily: FONT_FAMILY,
  palette: DARK_PALETTE,
};

/** The colour of palette slot `index` (wraps around past the palette's end). */
export function paletteColor(theme: ChartTheme, index: number): string {
  const n = theme.palette.length;
  return theme.palette[((Math.trunc(index) % n) + n) % n] ?? theme.text;
}

export { markerShapes, markerShapeFor, markerPath, type MarkerShape } from './markers';
