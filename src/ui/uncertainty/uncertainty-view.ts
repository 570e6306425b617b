import { useMemo } from 'react';
import type { BandPoint, ChartBand } from '../../charts/types';
import type { SeriesDefinition, Simulation } from '../../model';
import { selectFocus } from '../../state';
import { useApp, type SeriesDisplay } from '../shared';
import type { BuiltChart } from '../chart';
import { useSimulation } from './use-simulation';

/** One scenario's simulated percentiles by year, in the display unit, for the table's P5 / P50 / P95 columns. */
export interface PercentileColumns {
  readonly scenarioId: string;
  readonly name: string;
  readonly percentiles: readonly number[];
  /** values.get(year)[i] is percentiles[i] in that year. */
  readonly values: ReadonlyMap<number, readonly number[]>;
}

/** The simulated value of percentile p (in percent) in every year, or undefined when the simulation lacks it. */
function percentile(simulation: Simulation, p: number): Float64Array | undefined {
  return simulation.percentiles.find((band) => band.p === p)?.values;
}

/** The fan in the display unit: 5th, 25th, 50th, 75th and 95th percentiles per simulated year. */
export function bandFromSimulation(simulation: Simulation, factor: number, colorIndex: number): ChartBand | undefined {
  const [p5, p25, p50, p75, p95] = [5, 25, 50, 75, 95].map((p) => percentile(simulation, p));
  if (!p5 || !p25 || !p50 || !p75 || !p95) return undefined;
  const points: BandPoint[] = simulation.years.map((year, i) => ({
    year,
    p5: p5[i]! * factor,
    p25: p25[i]! * factor,
    p50: p50[i]! * factor,
    p75: p75[i]! * factor,
    p95: p95[i]! * factor,
  }));
  return { colorIndex, points };
}

export function percentileColumns(simulation: Simulation, factor: number, scenarioId: string, name: string): PercentileColumns {
  const percentiles = [5, 50, 95].filter((p) => percentile(simulation, p));
  const bands = percentiles.map((p) => percentile(simulation, p)!);
  // Twelve digits, more than a simulation means: the float's noise (4500000000.00002) stays out of the table and CSV.
  const values = new Map(simulation.years.map((year, i) => [year, bands.map((band) => +(band[i]! * factor).toPrecision(12))] as const));
  return { scenarioId, name, percentiles, values };
}

/**
 * The chart of a series with the fan of the scenario in focus under its lines, and the same simulation as
 * table columns. Without ranges (or before the first simulation arrives) the chart comes back unchanged.
 */
export function useFanChart(series: SeriesDefinition, chart: BuiltChart, display: SeriesDisplay): { built: BuiltChart; percentiles: PercentileColumns | undefined } {
  const entry = useSimulation(series.id);
  // The focus scenario's colour, id and name only: its models change with every drag.
  const colorIndex = useApp((s) => selectFocus(s).colorIndex);
  const focusId = useApp((s) => selectFocus(s).id);
  const focusName = useApp((s) => selectFocus(s).name);
  const simulation = entry?.simulation;
  const factor = display.factor.toNumber();
  const built = useMemo(() => {
    const band = simulation && bandFromSimulation(simulation, factor, colorIndex);
    return band ? { ...chart, data: { ...chart.data, band } } : chart;
  }, [chart, simulation, factor, colorIndex]);
  const percentiles = useMemo(
    () => (simulation ? percentileColumns(simulation, factor, focusId, focusName) : undefined),
    [simulation, factor, focusId, focusName],
  );
  return { built, percentiles };
}
