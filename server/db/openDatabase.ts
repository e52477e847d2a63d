// Opens the app's database and brings its schema up to date: PGlite persisted in a folder by default,
// a Postgres server when DATABASE_URL is set. Both give the same drizzle database over server/db/schema.ts.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { Pool } from 'pg';
import { databaseTarget, MEMORY, type DatabaseTargetOptions } from './databaseTarget';
import { lockPgliteFolder } from './lockPgliteFolder';
import { architectures, datasetVersions, deviceProfiles, proxyFidelityRuns, records } from './schema';

export { MEMORY } from './databaseTarget';

export const tables = { datasetVersions, architectures, records, deviceProfiles, proxyFidelityRuns };
export type Tables = typeof tables;

/** The drizzle database, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Tables>;

export interface OpenedDatabase {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Where the data lives: the PGlite folder (or `memory://`), or the Postgres host and database. */
  location: string;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions extends DatabaseTargetOptions {
  /** An already created PGlite to use (and close) instead of opening one; tests pass clones of a template. */
  pglite?: PGlite;
  /** Default: server/db/migrations under the working directory. */
  migrationsFolder?: string;
}

// Resolved from the working directory (the repo root for next, vitest and the CLIs), not from
// import.meta.url, which bundlers rewrite inside Next.js server chunks.
const MIGRATIONS_FOLDER = path.join('server', 'db', 'migrations');

/**
 * Key of the session-level advisory lock that serialises migrations: app instances started together
 * against one empty Postgres would otherwise both run `CREATE TABLE` and one would fail. The second
 * waits, then finds every migration recorded and applies none. (The import has its own lock.)
 */
const MIGRATION_LOCK = 0x616e6201;

/** One line per outage, not one per pooled connection (up to 10 are cut at once). */
let lastIdleErrorAt = 0;
function logIdleError(e: Error) {
  const now = Date.now();
  if (now - lastIdleErrorAt > 10_000)
    console.warn(`[db] PostgreSQL closed idle connections (${e.message}); reconnecting on the next query.`);
  lastIdleErrorAt = now;
}

async function migrateSerially(pool: Pool, migrate: () => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const migrationsFolder = path.resolve(opts.migrationsFolder ?? MIGRATIONS_FOLDER);
  const target = opts.pglite ? { kind: 'pglite' as const, dataDir: opts.pglite.dataDir ?? MEMORY } : databaseTarget(opts);

  if (target.kind === 'postgres') {
    // connectionTimeoutMillis: a database host that does not answer fails a query in 5 s (a 503) instead
    // of holding the request until the client gives up; a stopped server refuses at once anyway.
    const pool = new Pool({ connectionString: target.url, connectionTimeoutMillis: 5000 });
    // An idle pooled connection cut by the server (PostgreSQL restarting: 57P01) is an 'error' event on
    // the pool; without a listener Node would crash the instance on it. The pool has already dropped that
    // client, and the next query opens a new connection: reconnecting needs nothing more.
    pool.on('error', (e) => logIdleError(e));
    const db = drizzleNodePg({ client: pool, schema: tables });
    try {
      await migrateSerially(pool, () => migrateNodePg(db, { migrationsFolder }));
    } catch (e) {
      await pool.end();
      throw e;
    }
    const { host, pathname } = new URL(target.url);
    return { db, kind: 'postgres', location: `${host}${pathname}`, close: () => pool.end() };
  }

  const inFolder = !opts.pglite && target.dataDir !== MEMORY;
  if (inFolder) mkdirSync(target.dataDir, { recursive: true });
  const lock = inFolder ? lockPgliteFolder(target.dataDir) : null;
  let pglite: PGlite | undefined = opts.pglite;
  try {
    pglite ??= await PGlite.create(target.dataDir);
    const db = drizzlePglite({ client: pglite, schema: tables });
    await migratePglite(db, { migrationsFolder });
    const client = pglite;
    const close = async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    };
    return { db, kind: 'pglite', location: target.dataDir, close };
  } catch (e) {
    await pglite?.close();
    lock?.release();
    throw e;
  }
}
