// The page's side of the surrogate worker: one worker per page for the whole session (a module-level
// singleton, so React StrictMode's double effects and several panels share it), requests correlated
// by id, stale requests on a lane answered `superseded` at once, and every failure a coded value.
// Imports nothing heavy: onnxruntime-web lives in the worker alone.
import type { GeneFilter } from '@/core/space/geneFilter';
import type {
  Cloud,
  CloudProgress,
  FrontPair,
  PeerSetup,
  Prediction,
  SurrogateError,
  SurrogateInfo,
  SurrogateRequest,
  SurrogateResult,
  SurrogateResults,
  SurrogateRequestType,
  WorkerReply,
  WorkerRequest,
} from './protocol';
import { whenPageSettled } from '../whenPageSettled';

export interface SampleOptions {
  n: number;
  seed: number;
  filter: GeneFilter;
  fronts: readonly FrontPair[];
}

export interface SurrogateClient {
  /** Loads the model (once) and describes it; the answer is cached once it succeeds. */
  info(): Promise<SurrogateResult<SurrogateInfo>>;
  /** Predicts every target for `count` architectures of packed gene indices; `genes` is transferred. */
  /** With `members`, the prediction also carries member values and edge scores (protocol.ts). */
  predict(genes: Uint8Array, count: number, lane?: string, options?: { members?: boolean }): Promise<SurrogateResult<Prediction>>;
  /** Samples and predicts a cloud, reporting each predicted batch to `onProgress`. */
  sampleAndPredict(options: SampleOptions, onProgress?: (progress: CloudProgress) => void, lane?: string): Promise<SurrogateResult<Cloud>>;
  /** Fronts of the cloud the worker holds (the latest sampleAndPredict result). */
  cloudFronts(cloudId: number, fronts: readonly FrontPair[], lane?: string): Promise<SurrogateResult<SurrogateResults['cloudFronts']>>;
}

interface Pending {
  lane?: string;
  resolve: (result: SurrogateResult<unknown>) => void;
  onProgress?: (progress: CloudProgress) => void;
}

const superseded: SurrogateError = { code: 'superseded', message: 'A newer request replaced this one.' };

/** Starts the worker; tests pass a fake. */
export type SpawnWorker = () => Worker;

const spawnSurrogateWorker: SpawnWorker = () => {
  if (typeof Worker === 'undefined') throw new Error('this browser cannot run Web Workers, which the surrogate needs');
  return new Worker(new URL('./surrogate.worker.ts', import.meta.url), { type: 'module', name: 'anb-surrogate' });
};

/** The second worker that takes half of every big batch, where the machine has a second core. */
const spawnHelperWorker: SpawnWorker = () => {
  if (typeof navigator !== 'undefined' && (navigator.hardwareConcurrency ?? 1) < 2) throw new Error('one core: no helper');
  return new Worker(new URL('./surrogate.worker.ts', import.meta.url), { type: 'module', name: 'anb-surrogate-helper' });
};

/**
 * A client over its own worker (pages use the shared one from getSurrogateClient). `spawnHelper`, when
 * given, starts a second worker paired with the first (protocol PeerSetup); without one, or if it
 * fails, everything runs in the one worker. Requests wait for `ready` before the worker starts and they
 * are sent (the page's client: until the page has loaded, whenPageSettled); a request superseded while
 * waiting is never sent.
 */
export function createSurrogateClient(
  spawn: SpawnWorker = spawnSurrogateWorker,
  spawnHelper?: SpawnWorker,
  ready?: () => Promise<void>,
): SurrogateClient {
  let worker: Worker | null = null;
  let helper: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let infoPromise: Promise<SurrogateResult<SurrogateInfo>> | null = null;

  const failAll = (error: SurrogateError) => {
    for (const p of pending.values()) p.resolve({ ok: false, error });
    pending.clear();
  };

  const attachHelper = (primary: Worker, spawnIt: SpawnWorker) => {
    let h: Worker;
    try {
      h = spawnIt();
    } catch {
      return; // one worker does everything
    }
    const channel = new MessageChannel();
    const toPrimary: PeerSetup = { kind: 'attachPeer', role: 'primary', port: channel.port1 };
    const toHelper: PeerSetup = { kind: 'attachPeer', role: 'helper', port: channel.port2 };
    primary.postMessage(toPrimary, [channel.port1]);
    h.postMessage(toHelper, [channel.port2]);
    h.onerror = (event) => {
      event.preventDefault();
      h.terminate();
      if (helper === h) helper = null;
      const detach: PeerSetup = { kind: 'detachPeer' };
      if (worker === primary) primary.postMessage(detach);
    };
    helper = h;
  };

  const ensureWorker = (): Worker | SurrogateError => {
    if (worker) return worker;
    try {
      worker = spawn();
    } catch (e) {
      return { code: 'worker_failed', message: `The surrogate worker could not start: ${(e as Error).message}` };
    }
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      if (!p) return; // superseded on this side already
      if (reply.kind === 'progress') p.onProgress?.(reply.progress);
      else {
        pending.delete(reply.id);
        p.resolve(reply.result);
      }
    };
    if (spawnHelper) attachHelper(worker, spawnHelper);
    const crash = (message: string) => {
      worker?.terminate();
      worker = null;
      helper?.terminate();
      helper = null;
      infoPromise = null;
      failAll({ code: 'worker_failed', message });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      crash(`The surrogate worker stopped: ${event.message || 'it could not be loaded'}.`);
    };
    worker.onmessageerror = () => crash('The surrogate worker sent a message that could not be read.');
    return worker;
  };

  const send = <T extends SurrogateRequestType>(
    request: Extract<SurrogateRequest, { type: T }>,
    lane: string | undefined,
    transfer: Transferable[] = [],
    onProgress?: (progress: CloudProgress) => void,
  ): Promise<SurrogateResult<SurrogateResults[T]>> => {
    const id = nextId++;
    if (lane !== undefined) {
      // The newest request on a lane wins: older ones resolve now; the worker drops them too.
      for (const [otherId, p] of pending) {
        if (p.lane === lane) {
          pending.delete(otherId);
          p.resolve({ ok: false, error: superseded });
        }
      }
    }
    return new Promise((resolve) => {
      pending.set(id, { lane, resolve: resolve as Pending['resolve'], onProgress });
      const post = () => {
        if (!pending.has(id)) return; // superseded while waiting
        const w = ensureWorker();
        if ('code' in w) {
          pending.delete(id);
          resolve({ ok: false, error: w });
          return;
        }
        const message: WorkerRequest = { id, lane, request };
        try {
          w.postMessage(message, transfer);
        } catch (e) {
          pending.delete(id);
          resolve({
            ok: false,
            error: { code: 'invalid_request', message: `The request could not be sent to the worker: ${(e as Error).message}` },
          });
        }
      };
      if (ready) void ready().then(post);
      else post();
    });
  };

  return {
    info() {
      infoPromise ??= send({ type: 'info' }, undefined).then((r) => {
        if (!r.ok) infoPromise = null;
        return r;
      });
      return infoPromise;
    },
    predict(genes, count, lane, options) {
      return send({ type: 'predict', genes, count, ...(options?.members ? { members: true } : {}) }, lane, [genes.buffer as ArrayBuffer]);
    },
    sampleAndPredict(options, onProgress, lane = 'cloud') {
      return send({ type: 'sampleAndPredict', ...options }, lane, [], onProgress);
    },
    cloudFronts(cloudId, fronts, lane = 'cloudFronts') {
      return send({ type: 'cloudFronts', cloudId, fronts }, lane);
    },
  };
}

let client: SurrogateClient | null = null;

/** The page's one surrogate client (the worker starts on the first request, once the page has loaded). */
export function getSurrogateClient(): SurrogateClient {
  client ??= createSurrogateClient(spawnSurrogateWorker, spawnHelperWorker, whenPageSettled);
  return client;
}
