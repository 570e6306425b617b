// The uncertainty views are lazy (lazy-uncertainty): these doors load them the first time a scenario has a range.
export { ChanceLine, RangeReading, SimulationOptions, UncertaintySlot } from './lazy-uncertainty';
export { useFanChart, type PercentileColumns } from './uncertainty-view';
export { useSimulationResult } from './use-simulation';
