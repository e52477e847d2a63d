// Writes finished surrogate searches into the `searches` table; a run already stored under the same
// key (optimizer, metric, accuracy, seed, budget, surrogate version) is replaced. No 'server-only':
// the `searches:store` CLI runs it outside Next.js.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/openDatabase';
import { searches, type NewSearchRow } from '../db/schema';
import type { SearchMatrixOutput } from './searchesRun';

export async function storeSearches(db: Database, output: SearchMatrixOutput, createdAt = new Date()): Promise<number> {
  const rows: NewSearchRow[] = output.runs.map((run) => ({
    optimizer: run.optimizer,
    metric: run.metric,
    accuracy: run.accuracy,
    seed: run.seed,
    budget: run.budget,
    settings: run.settings,
    surrogate_version: output.surrogate.versionHash,
    dataset_version: output.reference.datasetVersion,
    created_at: createdAt,
    front: run.front,
    hypervolume: run.hypervolume,
    best_code: run.best.code,
    best_accuracy: run.best.accuracy,
    best_hardware: run.best.hardware,
    best_reward: run.best.reward,
  }));
  if (rows.length === 0) return 0;
  await db.transaction(async (tx) => {
    // Upsert in chunks: a front is small, but 100+ rows of jsonb in one statement is a long query.
    for (let i = 0; i < rows.length; i += 50) {
      await tx
        .insert(searches)
        .values(rows.slice(i, i + 50))
        .onConflictDoUpdate({
          target: [
            searches.optimizer,
            searches.metric,
            searches.accuracy,
            searches.seed,
            searches.budget,
            searches.surrogate_version,
            searches.name,
          ],
          set: {
            settings: sql`excluded.settings`,
            dataset_version: sql`excluded.dataset_version`,
            created_at: sql`excluded.created_at`,
            front: sql`excluded.front`,
            hypervolume: sql`excluded.hypervolume`,
            best_code: sql`excluded.best_code`,
            best_accuracy: sql`excluded.best_accuracy`,
            best_hardware: sql`excluded.best_hardware`,
            best_reward: sql`excluded.best_reward`,
          },
        });
    }
  });
  return rows.length;
}
