// Stored proxy searches: list and one by id, and the per-device winners side by side (how far apart
// their genes are, and what the surrogate predicts for each winner on every other device metric).
import 'server-only';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { OPTIMIZER_IDS } from '@/core/search/optimizers';
import type { Architecture } from '@/core/space/searchSpace';
import { DEVICE_METRIC_NAMES, isDeviceMetricName, type DeviceMetricName } from '@/core/targets';
import { GENE_SLOTS } from '@/core/search/geneSlots';
import type { Database } from '../db/openDatabase';
import { searches } from '../db/schema';
import { predictArchitectures } from './predictArchitectures';
import { ServiceError } from './serviceError';
import { storedArchitecture } from './storedArchitecture';

export const MAX_SEARCHES_LIST = 500;

export const searchesListInput = z.strictObject({
  metric: z.enum(DEVICE_METRIC_NAMES).optional(),
  optimizer: z.enum(OPTIMIZER_IDS).optional(),
  limit: z.number().int().min(1).max(MAX_SEARCHES_LIST).default(100),
});
export type SearchesListInput = z.infer<typeof searchesListInput>;

export const searchByIdInput = z.strictObject({
  id: z
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});

const summaryColumns = {
  id: searches.id,
  name: searches.name,
  optimizer: searches.optimizer,
  metric: searches.metric,
  accuracy: searches.accuracy,
  seed: searches.seed,
  budget: searches.budget,
  surrogateVersion: searches.surrogate_version,
  datasetVersion: searches.dataset_version,
  createdAt: searches.created_at,
  hypervolume: searches.hypervolume,
  bestCode: searches.best_code,
  bestAccuracy: searches.best_accuracy,
  bestHardware: searches.best_hardware,
  bestReward: searches.best_reward,
};

const iso = <T extends { createdAt: Date }>(row: T) => ({ ...row, createdAt: row.createdAt.toISOString() });

export async function listSearches(db: Database, input: SearchesListInput) {
  const where: SQL[] = [];
  if (input.metric) where.push(eq(searches.metric, input.metric));
  if (input.optimizer) where.push(eq(searches.optimizer, input.optimizer));
  const rows = await db
    .select(summaryColumns)
    .from(searches)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(searches.metric), asc(searches.optimizer), asc(searches.seed), desc(searches.created_at))
    .limit(input.limit);
  return { searches: rows.map(iso) };
}

export async function searchById(db: Database, id: number) {
  const rows = await db
    .select({ ...summaryColumns, settings: searches.settings, front: searches.front })
    .from(searches)
    .where(eq(searches.id, id))
    .limit(1);
  if (!rows[0]) throw new ServiceError('not_found', `No stored search with id ${id}; list them with GET /api/v1/searches.`);
  return iso(rows[0]);
}

/** Genes (of 28) in which two architectures differ. */
function geneDistance(a: Architecture, b: Architecture): number {
  return GENE_SLOTS.filter((s) => a[s.block][s.gene] !== b[s.block][s.gene]).length;
}

/**
 * Per device metric, the stored search with the highest best reward (any optimizer, any seed), its
 * winner's predictions on all eight device metrics with their out-of-distribution level (`ood`, the
 * API's outOfDistribution.level, gene-distance percentile included), and the gene distances between winners.
 */
export async function searchWinners(db: Database) {
  const rows = await db.select(summaryColumns).from(searches).orderBy(desc(searches.best_reward), asc(searches.id));
  const winners = DEVICE_METRIC_NAMES.flatMap((metric) => {
    const row = rows.find((r) => r.metric === metric);
    return row ? [iso(row)] : [];
  });
  if (winners.length === 0) return { winners: [], distances: [], surrogateVersion: null };
  const archs = winners.map((w) => storedArchitecture(w.bestCode, `stored search ${w.id}`));
  // The API's own predictions and out-of-distribution verdict (gene-distance percentile included).
  const predicted = await predictArchitectures(
    db,
    winners.map((w) => w.bestCode),
  );
  const predictions = predicted.results.map((r) => {
    const out: Partial<Record<DeviceMetricName | 'val_top1' | 'val_top5', number>> = {};
    for (const [name, p] of Object.entries(r.predictions))
      if (isDeviceMetricName(name) || name === 'val_top1' || name === 'val_top5') out[name] = p.mean;
    return out;
  });
  const ood = predicted.results.map((r) => r.outOfDistribution.level);
  return {
    surrogateVersion: predicted.surrogateVersion,
    winners: winners.map((w, i) => ({ ...w, predictions: predictions[i], ood: ood[i] })),
    distances: archs.map((a) => archs.map((b) => geneDistance(a, b))),
  };
}
