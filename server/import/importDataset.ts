// Imports a data folder into the database as one new dataset version, all or nothing: the dataset
// tables are replaced inside a single transaction, so readers see the old version or the new one.
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DatasetIssue } from '@/core/dataset/datasetIssue';
import { err, ok, type Result } from '@/core/result';
import { readDataset } from '@/server/dataset/readDataset';
import { currentVersion } from '@/server/db/currentVersion';
import type { Database } from '@/server/db/openDatabase';
import { architectures, datasetVersions, deviceProfiles, proxyFidelityRuns, records, type DatasetVersion } from '@/server/db/schema';
import { datasetRows, deviceProfileRows } from './datasetRows';

export type ImportedTable = 'architectures' | 'records' | 'proxy_fidelity_runs' | 'device_profiles';

/** Reported after each inserted chunk. A throw from the callback aborts the import and rolls it back. */
export interface ImportProgress {
  table: ImportedTable;
  /** Rows of this table written so far. */
  rows: number;
  total: number;
}

export interface ImportOptions {
  /** Import the valid records and files and leave out the invalid ones instead of refusing. */
  skipInvalid?: boolean;
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
}

export type ImportOutcome =
  | {
      status: 'imported';
      version: DatasetVersion;
      /** Hash of the version that was current before, if any. */
      previous: string | null;
      /** Problems whose files (or lines) were left out; empty unless skipInvalid. */
      skipped: DatasetIssue[];
    }
  | {
      status: 'unchanged';
      version: DatasetVersion;
      /** Device profiles are code (core/devices.ts), not data: refreshed when they changed. */
      devicesUpdated: boolean;
    };

export type ImportError =
  | { code: 'invalid_dataset'; message: string; issues: DatasetIssue[] }
  | { code: 'empty_dataset'; message: string; issues: DatasetIssue[] }
  | { code: 'import_failed'; message: string };

const CHUNK_ROWS = 1000;
// Serialises concurrent imports (two server processes starting at once) on a Postgres server.
const IMPORT_LOCK = 0x414e42; // "ANB"

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export async function importDataset(db: Database, dataDir: string, opts: ImportOptions = {}): Promise<Result<ImportOutcome, ImportError>> {
  const dir = path.resolve(dataDir);
  const dataset = await readDataset(dir);
  const { issues } = dataset;
  if (issues.length > 0 && !opts.skipInvalid) {
    const files = new Set(issues.map((i) => i.file)).size;
    return err({
      code: 'invalid_dataset',
      message: `${issues.length} problem(s) in ${files} file(s) of ${dir}; nothing was imported.`,
      issues,
    });
  }
  if (dataset.records.length === 0) {
    return err({ code: 'empty_dataset', message: `No valid record in ${dir}; the database was left as it was.`, issues });
  }

  const before = await currentVersion(db);
  if (before?.hash === dataset.contentHash) {
    return ok({ status: 'unchanged', version: before, devicesUpdated: await refreshDeviceProfiles(db) });
  }

  const rows = datasetRows(dataset);
  const devices = deviceProfileRows();
  const skippedFiles = [...new Set(issues.map((i) => i.file))];
  try {
    const outcome = await db.transaction(async (tx): Promise<ImportOutcome> => {
      await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
      const current = await currentVersion(tx);
      // Another process imported the same data while this one was reading it.
      if (current?.hash === dataset.contentHash) return { status: 'unchanged', version: current, devicesUpdated: false };

      // Children before parents (records → architectures).
      await tx.delete(records);
      await tx.delete(architectures);
      await tx.delete(proxyFidelityRuns);
      await tx.delete(deviceProfiles);
      await insertChunked(tx, architectures, 'architectures', rows.architectures, opts);
      await insertChunked(tx, records, 'records', rows.records, opts);
      await insertChunked(tx, proxyFidelityRuns, 'proxy_fidelity_runs', rows.proxyFidelityRuns, opts);
      await insertChunked(tx, deviceProfiles, 'device_profiles', devices, opts);

      await tx.update(datasetVersions).set({ is_current: false }).where(eq(datasetVersions.is_current, true));
      // A hash seen before (data switched back) keeps one row, refreshed.
      await tx.delete(datasetVersions).where(eq(datasetVersions.hash, dataset.contentHash));
      const [version] = await tx
        .insert(datasetVersions)
        .values({
          hash: dataset.contentHash,
          imported_at: new Date(),
          data_dir: dataset.dir,
          ...rows.counts,
          skipped_files: skippedFiles,
          is_current: true,
        })
        .returning();
      return { status: 'imported', version, previous: current?.hash ?? null, skipped: issues };
    });
    return ok(outcome);
  } catch (e) {
    return err({
      code: 'import_failed',
      message: `Import rolled back, the database still holds the previous version: ${describeError(e)}`,
    });
  }
}

/**
 * Inserts rows a chunk at a time, each chunk as one JSON parameter expanded by jsonb_populate_recordset
 * (row keys are the column names). On PGlite this is ~3× faster than a multi-row VALUES with a bind
 * parameter per cell, and it never nears Postgres's 65,535-parameter limit. Doubles survive exactly:
 * JSON.stringify writes the shortest round-trip form and Postgres parses it back to the same float8.
 */
async function insertChunked<T extends PgTable>(tx: Tx, table: T, name: ImportedTable, rows: T['$inferInsert'][], opts: ImportOptions) {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    await tx.execute(sql`insert into ${table} select * from jsonb_populate_recordset(null::${table}, ${JSON.stringify(chunk)}::jsonb)`);
    await opts.onProgress?.({ table: name, rows: start + chunk.length, total: rows.length });
  }
}

/** Rewrites device_profiles when core/devices.ts no longer matches them; true when it did. */
async function refreshDeviceProfiles(db: Database): Promise<boolean> {
  const wanted = deviceProfileRows();
  const stored = await db.select().from(deviceProfiles).orderBy(deviceProfiles.position);
  const same =
    stored.length === wanted.length &&
    stored.every((s, i) => canonical(s) === canonical({ ...wanted[i], batch_size: wanted[i].batch_size ?? null }));
  if (same) return false;
  await db.transaction(async (tx) => {
    await tx.delete(deviceProfiles);
    if (wanted.length > 0) await tx.insert(deviceProfiles).values(wanted);
  });
  return true;
}

/** JSON with object keys sorted at every level: jsonb does not keep the key order it was given. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/**
 * drizzle wraps driver errors in a DrizzleQueryError whose message holds the whole statement and its
 * parameters (thousands of values for a chunk); the driver's own message is the useful part.
 */
function describeError(e: unknown): string {
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
  if (cause instanceof Error) {
    const detail = (cause as Error & { detail?: string }).detail;
    return detail ? `${cause.message} (${detail})` : cause.message;
  }
  return String(e);
}
