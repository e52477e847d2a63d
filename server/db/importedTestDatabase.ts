// Test helper: a database of its own (openTestDatabase) with the real dataset imported into it.
import path from 'node:path';
import { importDataset } from '@/server/import/importDataset';
import type { OpenedDatabase } from './openDatabase';
import { openTestDatabase } from './openTestDatabase';

/** The real Accel-NASBench folder the tests read, beside the project. */
export const TEST_DATA_DIR = path.resolve(process.cwd(), '../shared/accel-nasbench');

/** Opens a fresh test database and imports the dataset into it; throws (closing the database) when the import fails. */
export async function importedTestDatabase(dataDir: string = TEST_DATA_DIR): Promise<OpenedDatabase> {
  const opened = await openTestDatabase();
  try {
    const r = await importDataset(opened.db, dataDir);
    if (!r.ok) throw new Error(r.error.message);
  } catch (e) {
    await opened.close();
    throw e;
  }
  return opened;
}
