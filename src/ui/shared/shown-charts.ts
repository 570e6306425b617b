import { createStore } from 'zustand/vanilla';
import type { ChartData } from '../../charts/types';

/**
 * Each chart as its panel draws it now (the fan, the goal-seek target and the arrows included), so
 * present mode shows exactly the screen's charts. Written by the panels, read on demand.
 */
export const shownCharts = createStore<{ readonly charts: Readonly<Record<string, ChartData>> }>(() => ({ charts: {} }));

export function showChart(seriesId: string, data: ChartData | undefined): void {
  const { [seriesId]: _old, ...rest } = shownCharts.getState().charts;
  shownCharts.setState({ charts: data ? { ...rest, [seriesId]: data } : rest });
}
