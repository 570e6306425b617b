// The uncertainty views are lazy (lazy-uncertainty): these doors load them the first time a scenario has a range.
export { ChanceLine, RangeReading, SimulationOptions, UncertaintySlot } from './lazy-uncertainty';
export { bandFromSimulation, percentileColumns, useFanChart, type PercentileColumns } from './uncertainty-view';
export { shownSimulation, useSimulationResult } from './use-simulation';
