import { createContext, createElement, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Simulation } from '../../model';
import type { SimulationRequest } from '../../workers/simulation-client';
import { selectFocus } from '../../state';
import { useApp } from '../shared';
import type { SimulationEntry, SimulationScheduler } from './simulation-scheduler';

const SchedulerContext = createContext<SimulationScheduler | undefined>(undefined);

/** Hands a scheduler to the tree (tests give one over a client of their own). */
export function SimulationProvider({ scheduler, children }: { scheduler: SimulationScheduler; children: ReactNode }) {
  return createElement(SchedulerContext.Provider, { value: scheduler }, children);
}

// One client, so one worker, for the whole page. It loads, with the scheduler, the first time a scenario
// has a range: a page that never uses ranges never downloads either.
let shared: SimulationScheduler | undefined;
let loading: Promise<void> | undefined;
const loaded = new Set<() => void>();

function loadScheduler(): void {
  loading ??= Promise.all([import('./simulation-scheduler'), import('../../workers/simulation-client')]).then(([scheduler, client]) => {
    shared = scheduler.createSimulationScheduler(client.createSimulationClient());
    loaded.forEach((listener) => listener());
  });
}

const onLoaded = (listener: () => void) => {
  loaded.add(listener);
  return () => loaded.delete(listener);
};
const noSubscription = () => () => {};

/**
 * The simulation of one series of the scenario in focus: asks for it whenever its inputs change and
 * returns the last one that arrived (with `pending` while a newer one runs). Never waits.
 */
export function useSimulation(seriesId: string): SimulationEntry | undefined {
  const context = useContext(SchedulerContext);
  // Each input on its own: the focus scenario object changes with a drag on any of its series.
  const model = useApp((s) => selectFocus(s).models[seriesId]);
  const ranges = useApp((s) => selectFocus(s).uncertainty?.ranges[seriesId]);
  const seed = useApp((s) => selectFocus(s).uncertainty?.seed);
  const samples = useApp((s) => selectFocus(s).uncertainty?.samples);
  const from = useApp((s) => s.settings.yearFrom);
  const to = useApp((s) => s.settings.yearTo);
  // Only this series' inputs matter: an edit elsewhere in the scenario keeps the request, and the run.
  const request = useMemo(
    (): SimulationRequest | undefined =>
      model && ranges && Object.keys(ranges).length && seed !== undefined && samples !== undefined ? { model, ranges, from, to, samples, seed } : undefined,
    [model, ranges, seed, samples, from, to],
  );
  const scheduler = useScheduler();
  useEffect(() => {
    if (!context && request && !shared) loadScheduler();
  }, [context, request]);
  useEffect(() => scheduler?.want(seriesId, request), [scheduler, seriesId, request]);
  return useSimulationResult(seriesId);
}

function useScheduler(): SimulationScheduler | undefined {
  const context = useContext(SchedulerContext);
  // A prerendered page has no simulation (nor does the page while it hydrates): its default has no ranges.
  const appScheduler = useSyncExternalStore(onLoaded, () => shared, () => undefined);
  return context ?? appScheduler;
}

/**
 * The simulation a series' fan shows now, read once without subscribing: what an export takes at the
 * moment of its click (the scheduler the page loads; undefined before any scenario has had a range). None while
 * a newer one runs: the one shown then answers inputs since changed, and a file would carry it as the current one.
 */
export function shownSimulation(seriesId: string): Simulation | undefined {
  const entry = shared?.get(seriesId);
  return entry?.pending ? undefined : entry?.simulation;
}

/**
 * The last simulation of a series that arrived, without asking for one (the panel's chart asks):
 * a reader that does not watch the model is not re-rendered by every drag of it.
 */
export function useSimulationResult(seriesId: string): SimulationEntry | undefined {
  const scheduler = useScheduler();
  return useSyncExternalStore(scheduler ? scheduler.subscribe : noSubscription, () => scheduler?.get(seriesId), () => undefined);
}
