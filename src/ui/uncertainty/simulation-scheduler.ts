// The fan's drawing comes with the scheduler: a chart has a fan to draw only once a simulation has arrived.
import '../../charts/band';
import type { ModelError, Simulation } from '../../model';
import type { SimulationClient, SimulationRequest } from '../../workers/simulation-client';

/** What a chart shows for one series: the last simulation that arrived, and whether a newer one is on its way. */
export interface SimulationEntry {
  /** The request the shown simulation (or error) answers. */
  readonly key: string;
  /** The last bands that arrived; kept while newer inputs are simulated, so nothing flickers. */
  readonly simulation: Simulation | undefined;
  readonly error: ModelError | undefined;
  /** True while the inputs differ from the ones `simulation` answers. */
  readonly pending: boolean;
  /** How long the run took, from request to reply, in milliseconds. */
  readonly ms: number;
}

export interface SimulationScheduler {
  /** The request for a series now (undefined when it has no ranges). Repeating the same request is free. */
  want(seriesId: string, request: SimulationRequest | undefined): void;
  get(seriesId: string): SimulationEntry | undefined;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

export interface SchedulerOptions {
  /** Quiet time after an input before a run starts (a drag sends an input every frame). */
  readonly debounceMs?: number;
  /** The longest an input waits during a continuous drag, so bands follow it now and then. */
  readonly maxWaitMs?: number;
  readonly now?: () => number;
}

/** Two requests with the same key give bitwise the same simulation (seeded), so a key names a result. */
export function requestKey(request: SimulationRequest): string {
  const ranges = Object.keys(request.ranges)
    .sort()
    .map((path) => [path, request.ranges[path]!.low, request.ranges[path]!.high]);
  return JSON.stringify([request.model, ranges, request.from, request.to, request.samples, request.seed]);
}

const CACHE = 6;

/**
 * Feeds one simulation client (one worker, one run at a time) from every chart. The series whose inputs
 * changed last runs first; a newer input for the series being simulated cancels its run; recent results
 * are remembered, so going back to earlier inputs (undo, focus) shows their bands at once.
 */
export function createSimulationScheduler(client: SimulationClient, options: SchedulerOptions = {}): SimulationScheduler {
  const { debounceMs = 50, maxWaitMs = 250, now = () => performance.now() } = options;
  const wanted = new Map<string, { key: string; request: SimulationRequest }>();
  const entries = new Map<string, SimulationEntry>();
  const cache = new Map<string, Simulation>();
  const listeners = new Set<() => void>();
  let running: { seriesId: string; key: string } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | undefined;
  let disposed = false;

  const notify = () => listeners.forEach((l) => l());

  const remember = (key: string, simulation: Simulation) => {
    cache.delete(key);
    cache.set(key, simulation);
    if (cache.size > CACHE) cache.delete(cache.keys().next().value!);
  };

  const next = (): string | undefined => {
    // Most recently changed first: Map keeps insertion order and `want` re-inserts a changed series.
    const ids = [...wanted.keys()].reverse();
    return ids.find((id) => entries.get(id)?.key !== wanted.get(id)!.key);
  };

  const pump = () => {
    if (disposed) return;
    if (running && wanted.get(running.seriesId)?.key === running.key) return; // still wanted: let it finish
    const seriesId = running && wanted.has(running.seriesId) ? running.seriesId : next();
    if (!seriesId) return;
    const { key, request } = wanted.get(seriesId)!;
    const started = now();
    running = { seriesId, key };
    void client.run(request).then((outcome) => {
      if ('cancelled' in outcome || disposed) return;
      if (running?.key === key && running.seriesId === seriesId) running = undefined;
      const want = wanted.get(seriesId);
      if (want) {
        const previous = entries.get(seriesId);
        const ms = now() - started;
        if (outcome.ok) remember(key, outcome.value);
        // A failed run shows its reason and no band: an old band would speak for inputs that no longer hold.
        entries.set(seriesId, {
          key,
          simulation: outcome.ok ? outcome.value : previous?.key === key ? previous.simulation : undefined,
          error: outcome.ok ? undefined : outcome.error,
          pending: want.key !== key,
          ms,
        });
        notify();
      }
      pump();
    });
  };

  const schedule = () => {
    clearTimeout(timer);
    const t = now();
    waitingSince ??= t;
    const fire = () => {
      timer = undefined;
      waitingSince = undefined;
      pump();
    };
    if (t - waitingSince >= maxWaitMs) fire();
    else timer = setTimeout(fire, Math.min(debounceMs, maxWaitMs - (t - waitingSince)));
  };

  return {
    want(seriesId, request) {
      if (disposed) return;
      const key = request && requestKey(request);
      if (key === wanted.get(seriesId)?.key) return;
      if (!request || !key) {
        wanted.delete(seriesId);
        if (entries.delete(seriesId)) notify();
        return;
      }
      wanted.delete(seriesId);
      wanted.set(seriesId, { key, request });
      const shown = entries.get(seriesId);
      const cached = cache.get(key);
      if (cached) entries.set(seriesId, { key, simulation: cached, error: undefined, pending: false, ms: 0 });
      else if (shown) entries.set(seriesId, { ...shown, pending: true });
      notify();
      if (!cached) schedule();
    },
    get: (seriesId) => entries.get(seriesId),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
      client.dispose();
      listeners.clear();
    },
  };
}
