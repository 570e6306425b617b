export { renderProjectionChart } from './projection-chart';
export { chartLayout, chartPadding, logTickValues, type ChartLayout, type YScale, type YTick, type XTick, type Box } from './layout';
export { lightTheme, darkTheme, paletteColor } from './theme';
export { markerShapes, markerShapeFor, markerPath, type MarkerShape } from './markers';
export { textWidth, wrapText, truncateText } from './text';
export type { ChartArrowMark, ChartData, ChartLine, ChartMark, ChartSize, ChartTheme } from './types';
