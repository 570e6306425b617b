/**
 * The simulation's Web Worker (a module worker): receives { id, model, ranges, from, to, samples, seed } and
 * posts { id, ok, simulation | error }, transferring the typed arrays instead of copying them.
 * simulation-client.ts starts it; the same `answer` runs in-process where there is no Worker (jsdom tests).
 */
import { fail, type ForecastModel, type ModelError, type ParamRanges, type Result, type Simulation, type SimulationOptions } from '../model';
import { simulate } from '../model/simulate';

export interface SimulationRequest extends SimulationOptions {
  readonly model: ForecastModel;
  readonly ranges: ParamRanges;
}

export type SimulationMessage = SimulationRequest & { readonly id: number };

export type SimulationReply =
  | { readonly id: number; readonly ok: true; readonly simulation: Simulation }
  | { readonly id: number; readonly ok: false; readonly error: ModelError };

/** Runs one request; returns the reply and the buffers to transfer with it. */
export function answer(message: SimulationMessage): { reply: SimulationReply; transfer: ArrayBuffer[] } {
  const id = message?.id ?? -1;
  let result: Result<Simulation>;
  try {
    result = simulate(message.model, message.ranges, message);
  } catch (error) {
    // The engine returns errors as values; this is the guard for a bug, so the page is not left waiting.
    result = fail('not-finite', 'simulation', `The simulation failed: ${String(error)}`, { reason: 'internal' });
  }
  if (!result.ok) return { reply: { id, ok: false, error: result.error }, transfer: [] };
  const sim = result.value;
  // Each array has a buffer of its own (a buffer listed twice would make postMessage throw).
  const arrays = [sim.matrix, sim.endValues, ...sim.percentiles.map((band) => band.values)];
  const transfer = [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
  return { reply: { id, ok: true, simulation: sim }, transfer };
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<SimulationMessage>) => void) | null;
  postMessage(message: SimulationReply, transfer: Transferable[]): void;
}

// Listen only inside a worker: importing this module elsewhere (the in-process fallback, the benchmark) does nothing.
const scope = globalThis as unknown as WorkerScope & { WorkerGlobalScope?: abstract new () => unknown };
if (typeof scope.WorkerGlobalScope === 'function' && globalThis instanceof scope.WorkerGlobalScope) {
  scope.onmessage = (event) => {
    const { reply, transfer } = answer(event.data);
    scope.postMessage(reply, transfer);
  };
}
