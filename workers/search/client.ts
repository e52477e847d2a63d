// The UI side of the search worker: starts it, sends requests, hands events to one listener. No heavy
// imports: the optimizers and onnxruntime-web live in search.worker.ts only. The worker (and with it
// the surrogate's wasm and model) starts once the page has loaded (whenPageSettled); requests made
// before then are queued in order.
import { whenPageSettled } from '../whenPageSettled';
import type { RaceSpec, SearchEvent, SearchRequest, Speed } from './protocol';

export interface SearchClient {
  start(spec: RaceSpec, options: { paused: boolean; speed: Speed }): number;
  pause(): void;
  resume(): void;
  step(): void;
  setSpeed(speed: Speed): void;
  dispose(): void;
}

export function createSearchClient(onEvent: (event: SearchEvent) => void): SearchClient {
  let worker: Worker | null = null;
  let disposed = false;
  let queued: SearchRequest[] = [];
  let raceId = 0;
  void whenPageSettled().then(() => {
    if (disposed) return;
    worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
    worker.onmessage = (e: MessageEvent<SearchEvent>) => {
      // Events of an older race (replaced by a new start) are stale: drop them.
      if (e.data.raceId === raceId) onEvent(e.data);
    };
    worker.onerror = (e) =>
      onEvent({ type: 'error', raceId, error: { code: 'worker_failed', message: e.message || 'The search worker could not start.' } });
    for (const request of queued) worker.postMessage(request);
    queued = [];
  });
  const send = (request: SearchRequest) => (worker ? worker.postMessage(request) : queued.push(request));
  return {
    start(spec, { paused, speed }) {
      raceId++;
      // A start replaces every queued request of the older race.
      if (!worker) queued = [];
      send({ type: 'start', raceId, spec, paused, speed });
      return raceId;
    },
    pause: () => send({ type: 'pause', raceId }),
    resume: () => send({ type: 'resume', raceId }),
    step: () => send({ type: 'step', raceId }),
    setSpeed: (speed) => send({ type: 'speed', raceId, speed }),
    dispose: () => {
      disposed = true;
      worker?.terminate();
    },
  };
}
