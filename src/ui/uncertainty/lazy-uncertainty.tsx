import { lazy, Suspense, type ComponentProps } from 'react';
import { hasRanges, selectFocus } from '../../state';
import { useApp } from '../shared';

// The uncertainty views load with their engine (sampling, sensitivity, quantiles) the first time a scenario
// has a range: a page that never uses ranges never downloads them, and the first load stays small.
const UncertaintyPanel = lazy(() => import('./UncertaintyPanel').then((m) => ({ default: m.UncertaintyPanel })));
const RangeReadingView = lazy(() => import('./RangeReading').then((m) => ({ default: m.RangeReading })));
const ChanceLineView = lazy(() => import('./ChanceLine').then((m) => ({ default: m.ChanceLine })));
const SimulationOptionsView = lazy(() => import('./SimulationOptions').then((m) => ({ default: m.SimulationOptions })));

/** Paths and seed of the scenario's simulation, once it has a range. */
export function SimulationOptions(props: ComponentProps<typeof SimulationOptionsView>) {
  const uncertainty = props.scenario.uncertainty;
  return uncertainty && Object.keys(uncertainty.ranges).length ? (
    <Suspense fallback={null}>
      <SimulationOptionsView {...props} />
    </Suspense>
  ) : null;
}

/** The fan's key and the tornado under a chart, when the scenario in focus has ranges on this series. */
export function UncertaintySlot(props: ComponentProps<typeof UncertaintyPanel>) {
  const shown = useApp((s) => hasRanges(selectFocus(s), props.series.id));
  return shown ? (
    <Suspense fallback={null}>
      <UncertaintyPanel {...props} />
    </Suspense>
  ) : null;
}

export function RangeReading(props: ComponentProps<typeof RangeReadingView>) {
  return (
    <Suspense fallback={null}>
      <RangeReadingView {...props} />
    </Suspense>
  );
}

export function ChanceLine(props: ComponentProps<typeof ChanceLineView>) {
  return (
    <Suspense fallback={null}>
      <ChanceLineView {...props} />
    </Suspense>
  );
}
