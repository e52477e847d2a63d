// The stored proxy searches a fresh install must have, stored when missing: `npm start` and `npm run
// import` call this after the import so /searches and tour step 4 are never empty. No 'server-only':
// both CLIs run it outside Next.js.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, count, eq, inArray } from 'drizzle-orm';
import type { AccuracyName } from '@/core/search/accuracyNames';
import type { OptimizerId } from '@/core/search/optimizers';
import type { SurrogateSearchRun } from '@/core/search/runSurrogateSearch';
import { DEVICE_METRIC_NAMES, type DeviceMetricName } from '@/core/targets';
import { env } from '@/server/env';
import { MANIFEST_FILE, parseSurrogateManifest } from '@/surrogates/runtime/manifestSchema';
import type { Database } from '../db/openDatabase';
import { searches } from '../db/schema';
import { runSearchMatrix } from './searchesRun';
import { storeSearches } from './searchesStore';

export interface StoredSearchesRequest {
  optimizers: OptimizerId[];
  metrics: DeviceMetricName[];
  accuracy: AccuracyName;
  budget: number;
  seeds: number[];
}

/**
 * What `npm run searches:store` stores without flags, and what start-up stores when missing: every
 * device metric × RS, RE, REINFORCE, NSGA-II × seeds 1–5 at 1,000 surrogate evaluations (160 runs;
 * 23.1 s measured on this project's 2-core machine under load).
 */
export const DEFAULT_STORED_SEARCHES: StoredSearchesRequest = {
  optimizers: ['rs', 're', 'reinforce', 'nsga2'],
  metrics: [...DEVICE_METRIC_NAMES],
  accuracy: 'val_top1',
  budget: 1000,
  seeds: [1, 2, 3, 4, 5],
};

export type EnsureSearchesOutcome =
  | { status: 'present'; surrogateVersion: string; runs: number }
  | { status: 'stored'; surrogateVersion: string; runs: number; missing: number; seconds: number };

export interface EnsureSearchesOptions {
  /** Folder of the trained surrogates (manifest.json + ONNX); default ANB_MODEL_DIR, else public/models, as the server's. */
  models?: string;
  request?: StoredSearchesRequest;
  onRun?: (run: SurrogateSearchRun) => void;
}

/** The manifest's versionHash, read without opening an inference session (the check must be cheap). */
function surrogateVersionIn(models: string): string {
  const file = path.join(models, MANIFEST_FILE);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`Cannot read ${file} (${(e as Error).message}). Train the surrogates first: npm run surrogates:train`, { cause: e });
  }
  const parsed = parseSurrogateManifest(json);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
  return parsed.value.versionHash;
}

/**
 * Stores the request's runs for the surrogate in `models` unless every one of them is already stored.
 * "Current" is keyed on the surrogate's versionHash alone: it hashes the training data's content hash,
 * so a new dataset means new surrogates means new searches. (The rows' dataset_version is the version
 * of the medians that place the reference point, a constant of core/search, so it cannot say that.)
 * Throws when the surrogates are missing or invalid: the caller says so and carries on.
 */
export async function ensureSearchesStored(db: Database, options: EnsureSearchesOptions = {}): Promise<EnsureSearchesOutcome> {
  const request = options.request ?? DEFAULT_STORED_SEARCHES;
  const models = path.resolve(options.models ?? env.ANB_MODEL_DIR ?? 'public/models');
  const surrogateVersion = surrogateVersionIn(models);
  const expected = request.optimizers.length * request.metrics.length * request.seeds.length;
  // The unique key (optimizer, metric, accuracy, seed, budget, surrogate version, name) makes this
  // count the number of distinct runs of the request that are stored.
  const [{ stored }] = await db
    .select({ stored: count() })
    .from(searches)
    .where(
      and(
        eq(searches.name, ''),
        eq(searches.surrogate_version, surrogateVersion),
        eq(searches.accuracy, request.accuracy),
        eq(searches.budget, request.budget),
        inArray(searches.optimizer, request.optimizers),
        inArray(searches.metric, request.metrics),
        inArray(searches.seed, request.seeds),
      ),
    );
  if (stored >= expected) return { status: 'present', surrogateVersion, runs: stored };
  const started = performance.now();
  // The whole matrix is run again rather than only the missing runs: storing replaces a run with the
  // same key, and a partial set only arises from someone's own `searches:store` with other flags.
  const output = await runSearchMatrix({ ...request, models }, options.onRun);
  const runs = await storeSearches(db, output);
  return { status: 'stored', surrogateVersion, runs, missing: expected - stored, seconds: (performance.now() - started) / 1000 };
}
