// The dataset version the database currently serves, or null before the first import.
import { eq } from 'drizzle-orm';
import type { Database } from './openDatabase';
import { datasetVersions, type DatasetVersion } from './schema';

export async function currentVersion(db: Pick<Database, 'select'>): Promise<DatasetVersion | null> {
  const rows = await db.select().from(datasetVersions).where(eq(datasetVersions.is_current, true)).limit(1);
  return rows[0] ?? null;
}

/**
 * Databases whose current version can change only by this process re-opening them: the server's
 * embedded PGlite, whose folder is locked to the one server process (lockPgliteFolder; `npm run import`
 * on it fails while the server runs) and which the server imports into only while opening it (getDb).
 */
// On globalThis: Next's route handlers and the server's direct API handler each load this module (see datasetSnapshot.ts).
const stableVersion = ((globalThis as typeof globalThis & { __anbStableVersions?: WeakSet<object> }).__anbStableVersions ??=
  new WeakSet<object>());

/** Marks `db` as one whose current version stays as it is for the life of this process. */
export function markVersionStable(db: object): void {
  stableVersion.add(db);
}

export function isVersionStable(db: object): boolean {
  return stableVersion.has(db);
}
