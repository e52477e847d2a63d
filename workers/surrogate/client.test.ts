import { describe, expect, it } from 'vitest';
import { createSurrogateClient } from './client';
import type { PeerSetup, WorkerReply, WorkerRequest } from './protocol';

/** A stand-in worker: records what the page sends and lets the test answer. */
class FakeWorker {
  sent: { message: WorkerRequest | PeerSetup; transfer: Transferable[] }[] = [];
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  postMessage(message: WorkerRequest | PeerSetup, transfer: Transferable[] = []) {
    this.sent.push({ message, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: WorkerReply) {
    this.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = createSurrogateClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  });
  return { client, workers };
}

describe('surrogate client', () => {
  it('correlates replies by id and transfers the genes', async () => {
    const { client, workers } = setup();
    const genes = new Uint8Array(28);
    const pending = client.predict(genes, 1, 'edit');
    const [{ message, transfer }] = workers[0].sent as { message: WorkerRequest; transfer: Transferable[] }[];
    expect(message).toMatchObject({ lane: 'edit', request: { type: 'predict', count: 1 } });
    expect(transfer).toEqual([genes.buffer]);
    const mean = new Float32Array(11).fill(1);
    workers[0].reply({
      id: message.id,
      kind: 'result',
      type: 'predict',
      result: { ok: true, value: { count: 1, mean, std: mean, ood: new Uint8Array(1) } },
    });
    await expect(pending).resolves.toMatchObject({ ok: true, value: { count: 1 } });
  });

  it('answers an older request on the same lane `superseded` at once and ignores its late reply', async () => {
    const { client, workers } = setup();
    const first = client.predict(new Uint8Array(28), 1, 'edit');
    const other = client.predict(new Uint8Array(28), 1, 'neighbours');
    const second = client.predict(new Uint8Array(28), 1, 'edit');
    await expect(first).resolves.toEqual({ ok: false, error: { code: 'superseded', message: expect.any(String) } });
    const [a, b, c] = workers[0].sent.map((s) => (s.message as WorkerRequest).id);
    const value = { count: 1, mean: new Float32Array(11), std: new Float32Array(11), ood: new Uint8Array(1) };
    workers[0].reply({ id: a, kind: 'result', type: 'predict', result: { ok: true, value } });
    workers[0].reply({ id: c, kind: 'result', type: 'predict', result: { ok: true, value } });
    workers[0].reply({ id: b, kind: 'result', type: 'predict', result: { ok: true, value } });
    await expect(second).resolves.toMatchObject({ ok: true });
    await expect(other).resolves.toMatchObject({ ok: true });
  });

  it('streams progress to the caller of sampleAndPredict', async () => {
    const { client, workers } = setup();
    const seen: number[] = [];
    const pending = client.sampleAndPredict({ n: 10, seed: 1, filter: {}, fronts: [] }, (p) => seen.push(p.done));
    const { id } = workers[0].sent[0].message as WorkerRequest;
    const chunk = {
      cloudId: id,
      total: 10,
      sample: { requested: 10, spaceSize: 104_485_552_128 },
      offset: 0,
      genes: new Uint8Array(0),
      mean: new Float32Array(0),
      std: new Float32Array(0),
      ood: new Uint8Array(0),
      fronts: [],
      elapsedMs: 1,
    };
    workers[0].reply({ id, kind: 'progress', progress: { ...chunk, done: 4 } });
    workers[0].reply({ id, kind: 'progress', progress: { ...chunk, done: 8 } });
    workers[0].reply({
      id,
      kind: 'result',
      type: 'sampleAndPredict',
      result: { ok: false, error: { code: 'runtime_failed', message: 'x' } },
    });
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'runtime_failed' } });
    expect(seen).toEqual([4, 8]);
  });

  it('turns a crashed worker into coded errors and starts a new one on the next request', async () => {
    const { client, workers } = setup();
    const pending = client.info();
    workers[0].onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'worker_failed', message: expect.stringContaining('boom') } });
    expect(workers[0].terminated).toBe(true);
    void client.info();
    expect(workers.length).toBe(2);
  });

  it('reports a browser without workers as a coded error, not a throw', async () => {
    const client = createSurrogateClient(() => {
      throw new Error('no workers here');
    });
    await expect(client.info()).resolves.toMatchObject({
      ok: false,
      error: { code: 'worker_failed', message: expect.stringContaining('no workers here') },
    });
  });

  it('pairs a helper worker with the first over one channel and detaches it when the helper dies', async () => {
    const primary = new FakeWorker();
    const helper = new FakeWorker();
    const client = createSurrogateClient(
      () => primary as unknown as Worker,
      () => helper as unknown as Worker,
    );
    const pending = client.predict(new Uint8Array(28), 1);
    const [toPrimary, request] = primary.sent;
    const [toHelper] = helper.sent;
    expect(toPrimary.message).toMatchObject({ kind: 'attachPeer', role: 'primary' });
    expect(toHelper.message).toMatchObject({ kind: 'attachPeer', role: 'helper' });
    // The two ends of one channel, each transferred to its worker; requests still go to the primary.
    expect(toPrimary.transfer).toHaveLength(1);
    expect(toHelper.transfer).toHaveLength(1);
    expect(toPrimary.transfer[0]).not.toBe(toHelper.transfer[0]);
    expect(request.message).toMatchObject({ request: { type: 'predict' } });
    helper.onerror?.({ preventDefault() {}, message: 'boom' } as ErrorEvent);
    expect(helper.terminated).toBe(true);
    expect(primary.sent.at(-1)?.message).toEqual({ kind: 'detachPeer' });
    const value = { count: 1, mean: new Float32Array(11), std: new Float32Array(11), ood: new Uint8Array(1) };
    primary.reply({ id: (request.message as WorkerRequest).id, kind: 'result', type: 'predict', result: { ok: true, value } });
    await expect(pending).resolves.toMatchObject({ ok: true });
    for (const s of [...toPrimary.transfer, ...toHelper.transfer]) (s as MessagePort).close();
  });

  it('runs in one worker when the helper cannot start', () => {
    const primary = new FakeWorker();
    const client = createSurrogateClient(
      () => primary as unknown as Worker,
      () => {
        throw new Error('one core');
      },
    );
    void client.predict(new Uint8Array(28), 1);
    expect(primary.sent.map((s) => ('kind' in s.message ? s.message.kind : 'request'))).toEqual(['request']);
  });

  it('starts no worker and sends nothing until the page is ready; a request superseded meanwhile is never sent', async () => {
    const workers: FakeWorker[] = [];
    let open!: () => void;
    const ready = new Promise<void>((resolve) => (open = resolve));
    const client = createSurrogateClient(
      () => {
        const w = new FakeWorker();
        workers.push(w);
        return w as unknown as Worker;
      },
      undefined,
      () => ready,
    );
    const first = client.predict(new Uint8Array(28), 1, 'edit');
    const second = client.predict(new Uint8Array(28), 2, 'edit');
    await expect(first).resolves.toMatchObject({ ok: false, error: { code: 'superseded' } });
    expect(workers).toHaveLength(0);
    open();
    await ready;
    await Promise.resolve();
    expect(workers).toHaveLength(1);
    const sent = workers[0].sent.map((s) => (s.message as WorkerRequest).request);
    expect(sent).toMatchObject([{ type: 'predict', count: 2 }]);
    const { id } = workers[0].sent[0].message as WorkerRequest;
    const value = { count: 2, mean: new Float32Array(22), std: new Float32Array(22), ood: new Uint8Array(2) };
    workers[0].reply({ id, kind: 'result', type: 'predict', result: { ok: true, value } });
    await expect(second).resolves.toMatchObject({ ok: true, value: { count: 2 } });
  });
});
