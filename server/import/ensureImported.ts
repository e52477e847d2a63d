// First-start import: brings the database to the data folder's version, and costs one hash of the
// files (no parsing, no writes) when the database already holds it.
import { ok, type Result } from '@/core/result';
import { hashDatasetFiles, readDatasetFiles } from '@/server/dataset/readDataset';
import { currentVersion } from '@/server/db/currentVersion';
import type { Database } from '@/server/db/openDatabase';
import { importDataset, type ImportError, type ImportOptions, type ImportOutcome } from './importDataset';

export async function ensureImported(db: Database, dir: string, opts: ImportOptions = {}): Promise<Result<ImportOutcome, ImportError>> {
  const current = await currentVersion(db);
  if (current) {
    const hash = hashDatasetFiles(await readDatasetFiles(dir, []));
    if (hash === current.hash) return ok({ status: 'unchanged', version: current, devicesUpdated: false });
  }
  return importDataset(db, dir, opts);
}
