// Stores a search run requested by a client (POST /api/v1/searches, tRPC searches.create). The client
// sends only what to run; the server runs it itself with core/search against its own surrogate
// (onnxruntime-node), so what is stored is what the server computed, never a submitted result. The
// budget is capped because the run uses the server's CPU; the same request under the same name and
// surrogate is deterministic, so it returns the stored run instead of running again.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { displayNameSchema, MAX_NAME_LENGTH } from '@/core/displayName';
import { ACCURACY_NAMES } from '@/core/search/accuracyNames';
import { MEDIANS_DATASET_VERSION } from '@/core/search/datasetMedians';
import { OPTIMIZER_IDS } from '@/core/search/optimizers';
import { runSurrogateSearch } from '@/core/search/runSurrogateSearch';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import { DEVICE_METRIC_NAMES } from '@/core/targets';
import type { Database } from '../db/openDatabase';
import { searches } from '../db/schema';
import { searchById } from './searches';
import { getPredictor } from './surrogatePredictor';

/** Evaluations per stored run: ~0.1–0.3 s of one core on the 2-core development machine. */
export const MAX_CREATE_BUDGET = 1000;
export const MIN_CREATE_BUDGET = 10;
/** A display name by the one rule of core/displayName.ts. */
export const searchNameSchema = displayNameSchema('the run');

export const searchCreateInput = z.strictObject({
  name: searchNameSchema.describe(`Display name of the run, 1–${MAX_NAME_LENGTH} visible characters`),
  optimizer: z.enum(OPTIMIZER_IDS).describe('Optimizer of core/search'),
  metric: z.enum(DEVICE_METRIC_NAMES).describe('Device metric traded against accuracy'),
  accuracy: z.enum(ACCURACY_NAMES).default('val_top1').describe('Accuracy target, default val_top1'),
  budget: z
    .int()
    .min(MIN_CREATE_BUDGET)
    .max(MAX_CREATE_BUDGET)
    .describe(`Surrogate evaluations, ${MIN_CREATE_BUDGET}–${MAX_CREATE_BUDGET}`),
  seed: z
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .describe('Seed of the optimizer, 0–2147483647'),
});
export type SearchCreateInput = z.infer<typeof searchCreateInput>;

/** Runs the search on the server and stores it; `created` is false when the same run was stored before. */
export async function createSearch(db: Database, input: SearchCreateInput) {
  const predictor = await getPredictor();
  const surrogateVersion = predictor.manifest.versionHash;
  const key = and(
    eq(searches.name, input.name),
    eq(searches.optimizer, input.optimizer),
    eq(searches.metric, input.metric),
    eq(searches.accuracy, input.accuracy),
    eq(searches.seed, input.seed),
    eq(searches.budget, input.budget),
    eq(searches.surrogate_version, surrogateVersion),
  );
  const existing = await db.select({ id: searches.id }).from(searches).where(key).limit(1);
  if (existing[0]) return { created: false, search: await searchById(db, existing[0].id) };

  const run = await runSurrogateSearch(
    { optimizer: input.optimizer, seed: input.seed, budget: input.budget, metric: input.metric, accuracy: input.accuracy },
    async (archs) => (await predictor.predict(archs)).mean,
    predictor.targets,
  );
  if (!parseArchitectureCode(run.best.code).ok) throw new Error(`the search produced an invalid code ${run.best.code}`);
  const inserted = await db
    .insert(searches)
    .values({
      name: input.name,
      optimizer: run.optimizer,
      metric: run.metric,
      accuracy: run.accuracy,
      seed: run.seed,
      budget: run.budget,
      settings: run.settings,
      surrogate_version: surrogateVersion,
      dataset_version: MEDIANS_DATASET_VERSION,
      created_at: new Date(),
      front: run.front,
      hypervolume: run.hypervolume,
      best_code: run.best.code,
      best_accuracy: run.best.accuracy,
      best_hardware: run.best.hardware,
      best_reward: run.best.reward,
    })
    // Two identical requests at once: the second finds the first's row.
    .onConflictDoNothing()
    .returning({ id: searches.id });
  if (inserted[0]) return { created: true, search: await searchById(db, inserted[0].id) };
  const again = await db.select({ id: searches.id }).from(searches).where(key).limit(1);
  return { created: false, search: await searchById(db, again[0].id) };
}
