export { ChartPanel, preloadTable, tablePart } from './ChartPanel';
export { ConflictLine } from './ConflictLine';
export { buildChart, linePoints, type BuiltChart, type SeriesEntry } from './chart-data';
export { chartArrows, withWords } from './chart-words';
