// Which database to open: a Postgres server when a connection string is given (option or DATABASE_URL),
// else PGlite in a folder (option, ANB_DB_DIR, else build/pglite) or in memory.
import path from 'node:path';
import { parseDbEnv } from './dbEnv';

export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export const DEFAULT_PGLITE_DIR = 'build/pglite';
/** PGlite's name for an in-memory database. */
export const MEMORY = 'memory://';

export interface DatabaseTargetOptions {
  /** Postgres connection string. Default: DATABASE_URL. */
  databaseUrl?: string;
  /** PGlite folder, or `memory://`. Given explicitly, it wins over DATABASE_URL. */
  dataDir?: string;
  /** Default: process.env. */
  env?: Record<string, string | undefined>;
  /** Relative folders start here. Default: the working directory (the repo root for next, vitest, CLIs). */
  cwd?: string;
}

export function databaseTarget(opts: DatabaseTargetOptions = {}): DatabaseTarget {
  const env = parseDbEnv(opts.env ?? process.env);
  const url = opts.dataDir === undefined ? (opts.databaseUrl ?? env.DATABASE_URL) : undefined;
  if (url) return { kind: 'postgres', url };
  const dir = opts.dataDir ?? env.ANB_DB_DIR ?? DEFAULT_PGLITE_DIR;
  return { kind: 'pglite', dataDir: dir === MEMORY ? MEMORY : path.resolve(opts.cwd ?? process.cwd(), dir) };
}
