// The page's side of the profiler worker (#12): one worker per page (a module-level singleton), started on
// the first profile. Every reply is parsed against the protocol; progress and each new timing go to the
// caller's handlers, and the end is a value: the measurements, or a coded error (cancelled included).
// Imports nothing heavy: building, encoding and timing the graphs happen in the worker alone.
import type { ProfileMeasurement } from '@/core/profile/deviceProfile';
import type { ProfileProgress, Timing } from '@/core/profile/runProfile';
import { profilerReplySchema, type ProfilerError, type ProfilerRuntime, type ProfilerStart } from './protocol';

export interface ProfilerHandlers {
  onRuntime?: (runtime: ProfilerRuntime) => void;
  onProgress?: (progress: ProfileProgress) => void;
  onTimed?: (key: string, timing: Timing) => void;
}

export type ProfilerOutcome =
  { ok: true; value: { runtime: ProfilerRuntime; measurements: ProfileMeasurement[] } } | { ok: false; error: ProfilerError };

export interface ProfilerClient {
  /** Starts a profile; `known` timings (kept from a run a reload interrupted) are reused. */
  run(start: Omit<ProfilerStart, 'kind' | 'id'>, handlers?: ProfilerHandlers): { id: number; outcome: Promise<ProfilerOutcome> };
  /** Stops the profile between two timings; its outcome is the `cancelled` error. */
  cancel(id: number): void;
}

export type SpawnWorker = () => Worker;

const spawnProfilerWorker: SpawnWorker = () => {
  if (typeof Worker === 'undefined') throw new Error('this browser cannot run Web Workers, which profiling needs');
  return new Worker(new URL('./profiler.worker.ts', import.meta.url), { type: 'module', name: 'anb-profiler' });
};

interface Pending extends ProfilerHandlers {
  resolve: (o: ProfilerOutcome) => void;
}

export function createProfilerClient(spawn: SpawnWorker = spawnProfilerWorker): ProfilerClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (message: string) => {
    for (const p of pending.values()) p.resolve({ ok: false, error: { code: 'worker_failed', message } });
    pending.clear();
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = profilerReplySchema.safeParse(event.data);
      if (!parsed.success) {
        const id = (event.data as { id?: unknown } | null)?.id;
        const p = typeof id === 'number' ? pending.get(id) : undefined;
        const message = `The profiler worker sent a message that does not parse: ${parsed.error.issues
          .slice(0, 2)
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ')}`;
        if (p) {
          pending.delete(id as number);
          p.resolve({ ok: false, error: { code: 'worker_failed', message } });
        } else failAll(message);
        return;
      }
      const r = parsed.data;
      const p = pending.get(r.id);
      if (!p) return;
      if (r.kind === 'runtime') p.onRuntime?.(r.runtime);
      else if (r.kind === 'progress') p.onProgress?.(r.progress);
      else if (r.kind === 'timed') p.onTimed?.(r.key, r.timing);
      else {
        pending.delete(r.id);
        p.resolve(
          r.kind === 'done' ? { ok: true, value: { runtime: r.runtime, measurements: r.measurements } } : { ok: false, error: r.error },
        );
      }
    };
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      worker = null;
      failAll(`The profiler worker stopped: ${event.message || 'it could not be loaded'}.`);
    };
    worker = w;
    return w;
  };

  return {
    run(start, handlers = {}) {
      const id = nextId++;
      const outcome = new Promise<ProfilerOutcome>((resolve) => {
        let w: Worker;
        try {
          w = ensureWorker();
        } catch (e) {
          resolve({ ok: false, error: { code: 'worker_failed', message: `The profiler worker could not start: ${(e as Error).message}` } });
          return;
        }
        pending.set(id, { ...handlers, resolve });
        const message: ProfilerStart = { kind: 'start', id, ...start };
        w.postMessage(message);
      });
      return { id, outcome };
    },
    cancel(id) {
      if (pending.has(id)) worker?.postMessage({ kind: 'cancel', id });
    },
  };
}

let client: ProfilerClient | null = null;

/** The page's one profiler client. */
export function getProfilerClient(): ProfilerClient {
  client ??= createProfilerClient();
  return client;
}
