// Runs the per-target training jobs on a small pool of worker threads (or in this thread), the
// longest first; results arrive in any order and are keyed by target index, so output is the same.
import { Worker } from 'node:worker_threads';
import { runTrainTargetRequest, type TrainTargetRequest, type TrainTargetResponse } from './runTrainTargetRequest';

/**
 * A worker on trainTargetWorker. Run from TypeScript source (tsx), the worker needs tsx's loader,
 * which Node 20 workers do not inherit and `--import tsx` in `execArgv` does not register in time
 * for the entry module; a tiny bootstrap registers it, then imports the entry.
 */
function startWorker(): Worker {
  const entry = new URL('./trainTargetWorker.ts', import.meta.url);
  const loader = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export async function runTrainingJobs(
  requests: TrainTargetRequest[],
  workers: number,
  onDone: (r: TrainTargetResponse) => void,
): Promise<void> {
  if (workers <= 0) {
    for (const request of requests) onDone(runTrainTargetRequest(request));
    return;
  }
  // Longest jobs first, so the last worker to finish is not stuck with a big one.
  const cost = (r: TrainTargetRequest) => r.members * r.config.boosting.rounds * r.config.boosting.leaves;
  const queue = [...requests].sort((a, b) => cost(b) - cost(a) || a.targetIndex - b.targetIndex);
  const pool = Array.from({ length: Math.min(workers, queue.length) }, () => startWorker());
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const request = queue.shift();
              if (!request) return resolve();
              worker.postMessage(request);
            };
            worker.on('message', (response: TrainTargetResponse) => {
              onDone(response);
              next();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => code !== 0 && reject(new Error(`training worker exited with code ${code}`)));
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
