/**
 * Runs simulations off the main thread, one at a time: a new run cancels the one in progress.
 *
 * Cancelling terminates the worker (and the next run starts a fresh one): that is the only way to stop a
 * computation already running in it, where ignoring its reply would leave the core busy for up to a second at
 * 100,000 samples while the next run waits behind it. Each run also carries an id, so a reply that crosses a
 * cancel is dropped. A fresh module worker costs a few milliseconds to start, much less than a stale run.
 */
import { fail, ok, type Result, type Simulation } from '../model';
import type { SimulationMessage, SimulationReply, SimulationRequest } from './simulation-worker';

export type { SimulationRequest } from './simulation-worker';

/** What a run ends in: the simulation, an error value, or cancelled (by a newer run or dispose). */
export type SimulationOutcome = Result<Simulation> | { readonly cancelled: true };

/** The part of a Worker the client uses, so tests can hand in their own. */
export interface WorkerLike {
  postMessage(message: SimulationMessage): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface SimulationClient {
  run(request: SimulationRequest): Promise<SimulationOutcome>;
  dispose(): void;
}

const CANCELLED = { cancelled: true } as const;

/** The real worker, bundled by Vite as a chunk of its own; in-process where the platform has no Worker (jsdom). */
export function defaultWorker(): WorkerLike {
  if (typeof Worker !== 'function') return inProcessWorker();
  try {
    return new Worker(new URL('./simulation-worker.ts', import.meta.url), { type: 'module' });
  } catch (_error) {
    // A Content-Security-Policy without worker-src, say: slower on the main thread, but the bands still come.
    return inProcessWorker();
  }
}

/**
 * A stand-in for the worker that runs the same `answer` on the main thread, a task later. terminate() before
 * that task starts means the run never happens; once it has started it runs to its end (JavaScript cannot
 * stop it) and its reply is dropped.
 */
export function inProcessWorker(): WorkerLike {
  let terminated = false;
  const self: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      setTimeout(() => {
        if (terminated) return;
        void import('./simulation-worker').then(({ answer }) => {
          if (terminated) return;
          self.onmessage?.({ data: answer(message).reply } as MessageEvent);
        });
      }, 0);
    },
    terminate() {
      terminated = true;
    },
  };
  return self;
}

export function createSimulationClient(makeWorker: () => WorkerLike = defaultWorker): SimulationClient {
  let worker: WorkerLike | undefined;
  let pending: { readonly id: number; readonly resolve: (outcome: SimulationOutcome) => void } | undefined;
  let lastId = 0;
  let disposed = false;

  const settle = (outcome: SimulationOutcome) => {
    const run = pending;
    pending = undefined;
    run?.resolve(outcome);
  };
  const stop = () => {
    worker?.terminate();
    worker = undefined;
  };

  const start = (): WorkerLike => {
    const started = makeWorker();
    started.onmessage = (event: MessageEvent) => {
      const reply = event.data as SimulationReply;
      if (!pending || reply?.id !== pending.id) return; // a stale reply from a cancelled run
      settle(reply.ok ? ok(reply.simulation) : { ok: false, error: reply.error });
    };
    started.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      if (started !== worker) return;
      stop();
      settle(fail('worker-crashed', 'simulation', `The simulation's worker stopped: ${event.message || 'no reason given'}.`, { reason: event.message || '' }));
    };
    return started;
  };

  return {
    run(request) {
      if (disposed) return Promise.resolve(CANCELLED);
      if (pending) {
        stop();
        settle(CANCELLED);
      }
      const id = ++lastId;
      const current = worker ?? start();
      worker = current;
      return new Promise<SimulationOutcome>((resolve) => {
        pending = { id, resolve };
        current.postMessage({ ...request, id });
      });
    },
    dispose() {
      disposed = true;
      stop();
      settle(CANCELLED);
    },
  };
}
