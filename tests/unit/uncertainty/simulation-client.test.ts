import { describe, expect, it } from 'vitest';
import { createSimulationClient, inProcessWorker, type WorkerLike } from '../../../src/workers/simulation-client';
import { answer, type SimulationMessage, type SimulationRequest } from '../../../src/workers/simulation-worker';
import { simulate, type CompoundModel } from '../../../src/model/full';
import { sameBits } from './helpers';

const model: CompoundModel = { type: 'compound', baseYear: 2024, baseValue: '100', cagr: '0.55' };
const request: SimulationRequest = { model, ranges: { cagr: { low: '0.4', high: '0.7' } }, from: 2024, to: 2034, samples: 1000, seed: 7 };

/** A worker the test drives by hand: it records what it is sent and replies only when told to. */
class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: SimulationMessage[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: SimulationMessage): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the n-th message it was sent, as the real worker would. */
  reply(n = 0): void {
    this.onmessage?.({ data: answer(this.sent[n]!).reply } as MessageEvent);
  }
  fail(message: string): void {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

function fakes() {
  FakeWorker.made = [];
  return () => new FakeWorker();
}

describe('the simulation client', () => {
  it('runs a request in the worker and resolves with its simulation', async () => {
    const client = createSimulationClient(fakes());
    const pending = client.run(request);
    const worker = FakeWorker.made[0]!;
    expect(worker.sent[0]).toMatchObject({ ...request, id: 1 });
    worker.reply();
    const outcome = await pending;
    expect('ok' in outcome && outcome.ok).toBe(true);
    const direct = simulate(model, request.ranges, request);
    if ('ok' in outcome && outcome.ok && direct.ok) expect(sameBits(outcome.value.matrix, direct.value.matrix)).toBe(true);
  });

  it('a new run cancels the one in progress: the old worker is terminated and its late reply is dropped', async () => {
    const client = createSimulationClient(fakes());
    const first = client.run(request);
    const second = client.run({ ...request, seed: 8 });
    expect(await first).toEqual({ cancelled: true });
    const [old, fresh] = FakeWorker.made as [FakeWorker, FakeWorker];
    expect(old.terminated).toBe(true);
    expect(fresh.sent[0]).toMatchObject({ seed: 8, id: 2 });
    old.reply(); // crosses the cancel: must not settle the second run
    fresh.reply();
    const outcome = await second;
    expect('ok' in outcome && outcome.ok && outcome.value.seed).toBe(8);
  });

  it('keeps one worker for runs that do not overlap', async () => {
    const client = createSimulationClient(fakes());
    const first = client.run(request);
    FakeWorker.made[0]!.reply();
    await first;
    const second = client.run(request);
    FakeWorker.made[0]!.reply(1);
    await second;
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('passes on the error value of a run that cannot be computed', async () => {
    const client = createSimulationClient(fakes());
    const pending = client.run({ ...request, ranges: { baseYear: { low: '2020', high: '2025' } } });
    FakeWorker.made[0]!.reply();
    const outcome = await pending;
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'not-a-number', field: 'baseYear' } });
  });

  it('turns a crashed worker into an error value, and starts a fresh worker for the next run', async () => {
    const client = createSimulationClient(fakes());
    const pending = client.run(request);
    FakeWorker.made[0]!.fail('out of memory');
    // A crash is reported as a crash (issue 17), not as a number that is not finite.
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'worker-crashed', field: 'simulation', params: { reason: 'out of memory' } } });
    const next = client.run(request);
    expect(FakeWorker.made).toHaveLength(2);
    FakeWorker.made[1]!.reply();
    expect(await next).toMatchObject({ ok: true });
  });

  it('dispose cancels the run in progress and every later one', async () => {
    const client = createSimulationClient(fakes());
    const pending = client.run(request);
    client.dispose();
    expect(await pending).toEqual({ cancelled: true });
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(await client.run(request)).toEqual({ cancelled: true });
  });

  it('without a Worker (jsdom) runs in-process, and still lets a new run cancel the old', async () => {
    expect(typeof Worker).toBe('undefined');
    const client = createSimulationClient();
    const first = client.run(request);
    const second = client.run({ ...request, seed: 9 });
    expect(await first).toEqual({ cancelled: true });
    const outcome = await second;
    expect('ok' in outcome && outcome.ok && outcome.value.seed).toBe(9);
    client.dispose();
  });

  it('the in-process stand-in drops its reply once terminated', async () => {
    const worker = inProcessWorker();
    let replies = 0;
    worker.onmessage = () => replies++;
    worker.postMessage({ ...request, id: 1 });
    worker.terminate();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(replies).toBe(0);
  });
});

describe('the worker', () => {
  it('transfers every typed array of its reply, each on a buffer of its own', () => {
    const { reply, transfer } = answer({ ...request, id: 3 });
    expect(reply).toMatchObject({ id: 3, ok: true });
    if (!reply.ok) return;
    expect(transfer).toHaveLength(2 + reply.simulation.percentiles.length);
    // What postMessage does with the list: clone the reply, moving (detaching) the buffers.
    const moved = structuredClone(reply, { transfer });
    expect(reply.simulation.matrix.byteLength).toBe(0);
    expect(moved.ok && moved.simulation.matrix.length).toBe(11_000);
  });

  it('answers an error value, with nothing to transfer', () => {
    const { reply, transfer } = answer({ ...request, from: 2030, to: 2020, id: 4 });
    expect(reply).toMatchObject({ id: 4, ok: false, error: { kind: 'range-reversed' } });
    expect(transfer).toEqual([]);
  });
});
