// The dataset version the database currently serves, or null before the first import.
import { eq } from 'drizzle-orm';
import type { Database } from './openDatabase';
import { datasetVersions, type DatasetVersion } from './schema';

export async function currentVersion(db: Pick<Database, 'select'>): Promise<DatasetVersion | null> {
  const rows = await db.select().from(datasetVersions).where(eq(datasetVersions.is_current, true)).limit(1);
  return rows[0] ?? null;
}
