// The size and the call the renderProjectionChart tests (projection-chart-*.test.ts) draw every chart with.
import { lightTheme, renderProjectionChart, type ChartData } from '../../../src/charts';

export const SIZE = { width: 960, height: 540 };
export const render = (data: ChartData, theme = lightTheme) => renderProjectionChart(document, data, SIZE, theme);
