// The UI side of the profiled-cloud worker: one worker per page, started on first use; the newest
// request wins (an older one still running resolves as superseded, so a streaming cloud never shows a
// stale column). No heavy imports here.
import type { ProfiledCloudRequest, ProfiledReply, ProfiledResult } from './protocol';

let worker: Worker | null = null;
let lastId = 0;
const pending = new Map<number, (r: ProfiledResult) => void>();

function start(): Worker {
  const w = new Worker(new URL('./profiled.worker.ts', import.meta.url), { type: 'module', name: 'profiled' });
  w.onmessage = (e: MessageEvent<ProfiledReply>) => {
    const resolve = pending.get(e.data.id);
    pending.delete(e.data.id);
    resolve?.(e.data.ok ? { ok: true, value: e.data.value } : { ok: false, error: e.data.error });
  };
  w.onerror = (e) => {
    for (const resolve of pending.values())
      resolve({ ok: false, error: { code: 'worker_failed', message: e.message || 'The profiled-cloud worker could not start.' } });
    pending.clear();
    worker = null;
  };
  return w;
}

/** Predicts the cloud's rows on the profile and takes its front; the request's arrays are transferred. */
export function profiledCloud(request: Omit<ProfiledCloudRequest, 'id'>): Promise<ProfiledResult> {
  worker ??= start();
  const id = ++lastId;
  for (const [older, resolve] of pending)
    if (older < id) resolve({ ok: false, error: { code: 'superseded', message: 'A newer cloud replaced this request.' } });
  pending.clear();
  const w = worker;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    const transfer: Transferable[] = [request.genes.buffer, request.ys.buffer];
    if (request.keep) transfer.push(request.keep.buffer);
    w.postMessage({ ...request, id } satisfies ProfiledCloudRequest, transfer);
  });
}
