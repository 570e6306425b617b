import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SimulationClient, SimulationOutcome, SimulationRequest } from '../../../src/workers/simulation-client';
import { ok, type Simulation } from '../../../src/model';
import { createSimulationScheduler, requestKey } from '../../../src/ui/uncertainty/simulation-scheduler';

/** A client whose runs finish when the test says so; a new run cancels the one in progress, as the real one does. */
function fakeClient() {
  const runs: { request: SimulationRequest; resolve: (o: SimulationOutcome) => void; settled: boolean }[] = [];
  const client: SimulationClient = {
    run(request) {
      const open = runs.find((r) => !r.settled);
      if (open) {
        open.settled = true;
        open.resolve({ cancelled: true });
      }
      return new Promise((resolve) => runs.push({ request, resolve, settled: false }));
    },
    dispose: vi.fn(),
  };
  const finish = async (i: number) => {
    const run = runs[i]!;
    run.settled = true;
    run.resolve(ok(simulationOf(run.request)));
    await Promise.resolve();
    await Promise.resolve();
  };
  return { client, runs, finish };
}

// The scheduler only carries simulations; what they hold beyond these fields is the engine's business.
const simulationOf = (request: SimulationRequest): Simulation =>
  ({ years: [request.from], percentiles: [{ p: 50, values: Float64Array.of(request.seed) }], samples: request.samples ?? 0, seed: request.seed }) as Partial<Simulation> as Simulation;

const request = (cagr: string, seed = 1): SimulationRequest => ({
  model: { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr },
  ranges: { cagr: { low: '0.4', high: '0.7' } },
  from: 2022,
  to: 2032,
  samples: 1000,
  seed,
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the simulation scheduler', () => {
  it('waits 50 ms of quiet before running, so a drag does not start a run per frame', async () => {
    const { client, runs } = fakeClient();
    const scheduler = createSimulationScheduler(client, { now: () => Date.now() });
    scheduler.want('video', request('0.5'));
    vi.advanceTimersByTime(16);
    scheduler.want('video', request('0.51'));
    vi.advanceTimersByTime(49);
    expect(runs).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.request.model).toMatchObject({ cagr: '0.51' });
  });

  it('runs at least every 250 ms during a continuous drag', () => {
    const { client, runs } = fakeClient();
    const scheduler = createSimulationScheduler(client, { now: () => Date.now() });
    for (let i = 0; i < 20; i++) {
      scheduler.want('video', request(`0.${50 + i}`));
      vi.advanceTimersByTime(16);
    }
    expect(runs.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps showing the last bands, marked pending, until the new ones arrive', async () => {
    const { client, runs, finish } = fakeClient();
    const scheduler = createSimulationScheduler(client, { now: () => Date.now() });
    scheduler.want('video', request('0.5', 11));
    vi.advanceTimersByTime(50);
    await finish(0);
    const first = scheduler.get('video')!;
    expect(first).toMatchObject({ pending: false, key: requestKey(request('0.5', 11)) });
    scheduler.want('video', request('0.6', 12));
    expect(scheduler.get('video')).toMatchObject({ pending: true, simulation: first.simulation });
    vi.advanceTimersByTime(50);
    await finish(1);
    expect(scheduler.get('video')!.simulation!.seed).toBe(12);
    expect(scheduler.get('video')!.pending).toBe(false);
    expect(runs).toHaveLength(2);
  });

  it('cancels the run in progress when newer inputs for the same series arrive', async () => {
    const { client, runs, finish } = fakeClient();
    const scheduler = createSimulationScheduler(client, { now: () => Date.now() });
    scheduler.want('video', request('0.5', 1));
    vi.advanceTimersByTime(50);
    scheduler.want('video', request('0.6', 2));
    vi.advanceTimersByTime(50);
    expect(runs).toHaveLength(2);
    expect(runs[0]!.settled).toBe(true); // cancelled by the client
    await finish(1);
    expect(scheduler.get('video')!.simulation!.seed).toBe(2);
  });

  it('lets a run for one series finish before starting another series, most recently changed first', async () => {
    const { client, runs, finish } = fakeClient();
    const scheduler = createSimulationScheduler(client, { now: () => Date.now() });
    scheduler.want('market', request('0.3', 1));
    vi.advanceTimersByTime(50);
    scheduler.want('users', request('0.2', 2));
    scheduler.want('video', request('0.5', 3));
    vi.advanceTimersByTime(50);
    expect(runs).toHaveLength(1);
    await finish(0);
    expect(runs[1]!.request.seed).toBe(3);
    await finish(1);
    expect(runs[2]!.request.seed).toBe(2);
  });

  it('forgets a series at once when it has no ranges any more', async () => {
    const { client, finish } = fakeClient();
    const scheduler = createSimulationScheduler(client, { now: () => Date.now() });
    const listener = vi.fn();
    scheduler.subscribe(listener);
    scheduler.want('video', request('0.5'));
    vi.advanceTimersByTime(50);
    await finish(0);
    scheduler.want('video', undefined);
    expect(scheduler.get('video')).toBeUndefined();
    expect(listener).toHaveBeenCalled();
  });

  it('shows remembered bands at once when earlier inputs come back (undo, refocus), without a run', async () => {
    const { client, runs, finish } = fakeClient();
    const scheduler = createSimulationScheduler(client, { now: () => Date.now() });
    scheduler.want('video', request('0.5', 1));
    vi.advanceTimersByTime(50);
    await finish(0);
    scheduler.want('video', request('0.6', 2));
    vi.advanceTimersByTime(50);
    await finish(1);
    scheduler.want('video', request('0.5', 1));
    expect(scheduler.get('video')).toMatchObject({ pending: false });
    expect(scheduler.get('video')!.simulation!.seed).toBe(1);
    vi.advanceTimersByTime(100);
    expect(runs).toHaveLength(2);
  });

  it('asks nothing again for the same request', () => {
    const { client, runs } = fakeClient();
    const scheduler = createSimulationScheduler(client, { now: () => Date.now() });
    scheduler.want('video', request('0.5'));
    scheduler.want('video', { ...request('0.5') });
    vi.advanceTimersByTime(100);
    expect(runs).toHaveLength(1);
  });
});
