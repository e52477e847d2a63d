// The profiler client against a stand-in worker: replies are routed by id to the run's handlers, a reply
// that does not parse (a kernel time of −1 ms) ends the run with an error naming the field, cancel
// reaches the worker, and a crashed worker fails the runs waiting on it.
import { describe, expect, it } from 'vitest';
import { syntheticProfile } from '@/core/profile/syntheticProfile';
import { createProfilerClient } from './client';
import type { ProfilerReply, ProfilerRuntime } from './protocol';

class FakeWorker {
  sent: unknown[] = [];
  onmessage: ((e: MessageEvent<unknown>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent<unknown>);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = createProfilerClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  });
  return { client, workers };
}

const runtime: ProfilerRuntime = { engine: 'onnxruntime-web', backend: 'wasm', threads: 2, agent: 'test', cpu: '', cores: 2 };
const start = {
  request: { metrics: [{ metric: 'latency' as const, batch: 1 }], calibration: 20, heldOut: 20, seed: 1, rounds: 4, kernelRounds: 2 },
  warmup: 2,
  repeats: 3,
  known: [['latency:1:kernel:s0.first.e1k3:round1', { minMs: 0.38, medianMs: 0.4, iqrMs: 0.01 }]] as [
    string,
    { minMs: number; medianMs: number; iqrMs: number },
  ][],
};

describe('profiler client', () => {
  it('sends the start with the kept timings, routes runtime, progress and timings, and resolves with the measurements', async () => {
    const { client, workers } = setup();
    const seen: string[] = [];
    const { id, outcome } = client.run(start, {
      onRuntime: (r) => seen.push(`runtime ${r.backend}`),
      onProgress: (p) => seen.push(`progress ${p.done}/${p.total}`),
      onTimed: (key, t) => seen.push(`timed ${key} ${t.medianMs}`),
    });
    expect(workers[0].sent).toEqual([{ kind: 'start', id, ...start }]);
    const { measurements } = syntheticProfile();
    const replies: ProfilerReply[] = [
      { kind: 'runtime', id, runtime },
      { kind: 'timed', id, key: 'latency:1:kernel:s0.first.e1k3se:round1', timing: { minMs: 0.45, medianMs: 0.5, iqrMs: 0.02 } },
      {
        kind: 'progress',
        id,
        progress: { done: 2, total: 208, what: 'latency · kernel s0.first.e1k3se', elapsedSeconds: 1, leftSeconds: null },
      },
      // Another run's reply is not this run's.
      { kind: 'progress', id: id + 1, progress: { done: 9, total: 9, what: '', elapsedSeconds: 1, leftSeconds: 0 } },
      { kind: 'done', id, runtime, measurements },
    ];
    for (const r of replies) workers[0].reply(r);
    expect(seen).toEqual(['runtime wasm', 'timed latency:1:kernel:s0.first.e1k3se:round1 0.5', 'progress 2/208']);
    await expect(outcome).resolves.toEqual({ ok: true, value: { runtime, measurements } });
  });

  it('ends the run with an error naming the field when a reply does not parse', async () => {
    const { client, workers } = setup();
    const { id, outcome } = client.run(start);
    const { measurements } = syntheticProfile();
    const bad = structuredClone(measurements);
    bad[0].kernels['s2.repeat.e6k5se'] = -1;
    workers[0].reply({ kind: 'done', id, runtime, measurements: bad });
    const o = await outcome;
    expect(o.ok).toBe(false);
    if (!o.ok) {
      expect(o.error.code).toBe('worker_failed');
      expect(o.error.message).toContain('measurements.0.kernels.s2.repeat.e6k5se');
    }
  });

  it('passes cancel to the worker and resolves the run as cancelled', async () => {
    const { client, workers } = setup();
    const { id, outcome } = client.run(start);
    client.cancel(id);
    expect(workers[0].sent.at(-1)).toEqual({ kind: 'cancel', id });
    workers[0].reply({ kind: 'error', id, error: { code: 'cancelled', message: 'the profile was cancelled; nothing was saved' } });
    await expect(outcome).resolves.toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'the profile was cancelled; nothing was saved' },
    });
    // A finished run is not cancelled again.
    client.cancel(id);
    expect(workers[0].sent).toHaveLength(2);
  });

  it('fails the waiting run when the worker crashes, and starts a new worker for the next', async () => {
    const { client, workers } = setup();
    const { outcome } = client.run(start);
    workers[0].onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    await expect(outcome).resolves.toMatchObject({ ok: false, error: { code: 'worker_failed', message: expect.stringContaining('boom') } });
    expect(workers[0].terminated).toBe(true);
    client.run(start);
    expect(workers).toHaveLength(2);
  });
});
