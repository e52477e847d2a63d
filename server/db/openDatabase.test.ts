// Opening the database: where it goes, that migrations run once, that a PGlite folder keeps its data,
// and that a bad DATABASE_URL is reported without echoing it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTarget, MEMORY } from './databaseTarget';
import { lockPgliteFolder } from './lockPgliteFolder';
import { openDatabase, type OpenedDatabase } from './openDatabase';
import { queryRows } from './queryRows';
import { datasetVersions, type NewDatasetVersion } from './schema';

const temp = mkdtempSync(path.join(tmpdir(), 'anb-db-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('databaseTarget', () => {
  it('uses PGlite in build/pglite under the working directory by default', () => {
    expect(databaseTarget({ env: {}, cwd: '/repo' })).toEqual({ kind: 'pglite', dataDir: '/repo/build/pglite' });
  });

  it('takes ANB_DB_DIR, relative to the working directory', () => {
    expect(databaseTarget({ env: { ANB_DB_DIR: 'var/db' }, cwd: '/repo' })).toEqual({ kind: 'pglite', dataDir: '/repo/var/db' });
    expect(databaseTarget({ env: { ANB_DB_DIR: MEMORY } })).toEqual({ kind: 'pglite', dataDir: MEMORY });
  });

  it('uses Postgres when DATABASE_URL is set, unless a PGlite folder is asked for', () => {
    const env = { DATABASE_URL: 'postgres://anb@localhost:5432/anb', ANB_DB_DIR: 'x' };
    expect(databaseTarget({ env })).toEqual({ kind: 'postgres', url: env.DATABASE_URL });
    expect(databaseTarget({ env, dataDir: MEMORY })).toEqual({ kind: 'pglite', dataDir: MEMORY });
    expect(databaseTarget({ env: { DATABASE_URL: '' }, cwd: '/repo' })).toEqual({ kind: 'pglite', dataDir: '/repo/build/pglite' });
  });

  it('names a bad DATABASE_URL and what is allowed, without echoing it', () => {
    const run = () => databaseTarget({ env: { DATABASE_URL: 'mysql://root:s3cret@db/anb' } });
    expect(run).toThrow(/DATABASE_URL must be a connection string starting with postgres:\/\/ or postgresql:\/\//);
    expect(run).not.toThrow(/s3cret/);
  });
});

describe('openDatabase on PGlite', () => {
  let memory: OpenedDatabase;
  beforeAll(async () => {
    memory = await openDatabase({ dataDir: MEMORY });
  });
  afterAll(() => memory.close());

  it('creates the tables in memory', async () => {
    expect({ kind: memory.kind, location: memory.location }).toEqual({ kind: 'pglite', location: MEMORY });
    const tables = await queryRows<{ table_name: string }>(
      memory.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      'architectures',
      'dataset_versions',
      'device_profiles',
      'proxy_fidelity_runs',
      'records',
      'searches',
      'user_devices',
    ]);
  });

  it('allows one current version only', async () => {
    await memory.db.insert(datasetVersions).values(version('a'));
    await expect(memory.db.insert(datasetVersions).values(version('b'))).rejects.toThrow();
    await memory.db.insert(datasetVersions).values({ ...version('c'), is_current: false });
  });

  it('keeps its data in a folder across reopenings, migrates once, and is opened by one process at a time', async () => {
    const dataDir = path.join(temp, 'nested', 'pglite');
    const first = await openDatabase({ dataDir });
    expect(first.location).toBe(dataDir);
    await first.db
      .insert(datasetVersions)
      .values({ ...version('a'.repeat(64)), imported_at: new Date('2025-01-02T03:04:05.678Z'), skipped_files: ['result_9.json'] });
    await first.close();

    const second = await openDatabase({ dataDir });
    try {
      await expect(openDatabase({ dataDir })).rejects.toThrow(/database folder .*pglite is in use: this process already has it open/);
      const [stored] = await second.db.select().from(datasetVersions);
      expect(stored).toMatchObject({ hash: 'a'.repeat(64), skipped_files: ['result_9.json'], is_current: true });
      expect(stored.imported_at.toISOString()).toBe('2025-01-02T03:04:05.678Z');
      const applied = await queryRows<{ n: number }>(second.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      // One row per migration file, applied once however often the folder is opened.
      expect(applied[0].n).toBe(readdirSync(path.resolve('server/db/migrations')).filter((f) => f.endsWith('.sql')).length);
    } finally {
      await second.close();
    }
  });
});

function version(hash: string): NewDatasetVersion {
  return {
    hash,
    imported_at: new Date(),
    data_dir: '/data',
    record_count: 1,
    architecture_count: 1,
    duplicate_architecture_count: 0,
    train_count: 1,
    val_count: 0,
    test_count: 0,
    unsplit_count: 0,
    proxy_run_count: 0,
    skipped_files: [],
    is_current: true,
  };
}

describe('lockPgliteFolder', () => {
  it("refuses a folder another live process holds and takes over a dead one's lock", () => {
    const dir = path.join(temp, 'locked');
    writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => lockPgliteFolder(dir)).toThrow(new RegExp(`in use: process ${process.ppid} has it open`));
    // Pids are below 2^22 on Linux, so this one is not running.
    writeFileSync(`${dir}.lock`, '99999999');
    const lock = lockPgliteFolder(dir);
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
