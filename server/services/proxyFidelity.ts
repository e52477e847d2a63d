// Proxy fidelity from the stored runs: reference recipe vs searched proxy, per seed and pooled.
import 'server-only';
import { proxyFidelityStats } from '@/core/dataset/proxyFidelityStats';
import type { ArchitectureCode } from '@/core/space/architectureCode';
import type { Database } from '../db/openDatabase';
import { getSnapshot, memo } from './datasetSnapshot';

export async function proxyFidelity(db: Database) {
  const snap = await getSnapshot(db);
  return memo(snap, 'proxyFidelity', () =>
    proxyFidelityStats(
      snap.proxyRuns.map((r) => ({
        recipe: r.recipe,
        seed: r.seed,
        row: r.row,
        code: r.code as ArchitectureCode,
        top1: r.top1,
        top5: r.top5,
        macs: r.macs,
        params: r.params,
        trainTimeS: r.train_time_s,
      })),
    ),
  );
}
