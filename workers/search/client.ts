// The UI side of the search worker: starts it, sends requests, hands events to one listener. No heavy
// imports: the optimizers and onnxruntime-web live in search.worker.ts only.
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
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
  let raceId = 0;
  worker.onmessage = (e: MessageEvent<SearchEvent>) => {
    // Events of an older race (replaced by a new start) are stale: drop them.
    if (e.data.raceId === raceId) onEvent(e.data);
  };
  worker.onerror = (e) =>
    onEvent({ type: 'error', raceId, error: { code: 'worker_failed', message: e.message || 'The search worker could not start.' } });
  const send = (request: SearchRequest) => worker.postMessage(request);
  return {
    start(spec, { paused, speed }) {
      raceId++;
      send({ type: 'start', raceId, spec, paused, speed });
      return raceId;
    },
    pause: () => send({ type: 'pause', raceId }),
    resume: () => send({ type: 'resume', raceId }),
    step: () => send({ type: 'step', raceId }),
    setSpeed: (speed) => send({ type: 'speed', raceId, speed }),
    dispose: () => worker.terminate(),
  };
}
