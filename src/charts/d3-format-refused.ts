/**
 * What d3-scale imports from d3-format, refused; vite.config.ts resolves 'd3-format' to this file.
 * d3-format writes SI prefixes (2.2G for 2.219 billion) and knows nothing of 亿 and 万, so a tick
 * label from scale.tickFormat() would be wrong for this app's readers: every number on a chart is
 * written by model/format (formatValue), as the charts' data carry it. Leaving d3-format out keeps
 * about 2.5 KB gzipped out of the first load; calling it says so, by name, instead of mislabelling.
 */
function refused(): never {
  throw new Error('d3-format is left out of this build: chart numbers are written by model/format (src/charts/d3-format-refused.ts)');
}

export const format = refused;
export const formatPrefix = refused;
export const formatSpecifier = refused;
export const precisionFixed = refused;
export const precisionPrefix = refused;
export const precisionRound = refused;
