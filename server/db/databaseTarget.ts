// Which database to open: a Postgres server when a connection string is given (option or DATABASE_URL),
// else PGlite in a folder (option, ANB_DB_DIR, else build/pglite) or in memory.
import path from 'node:path';
import { env, parseEnv, type EnvSource } from '@/server/env';

export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export const DEFAULT_PGLITE_DIR = 'build/pglite';
/** PGlite's name for an in-memory database. */
export const MEMORY = 'memory://';

export interface DatabaseTargetOptions {
  /** Postgres connection string. Default: DATABASE_URL. */
  databaseUrl?: string;
  /** PGlite folder, or `memory://`. Given explicitly, it wins over DATABASE_URL. */
  dataDir?: string;
  /** Default: process.env (parsed by server/env.ts). */
  env?: EnvSource;
  /** Relative folders start here. Default: the working directory (the repo root for next, vitest, CLIs). */
  cwd?: string;
}

export function databaseTarget(opts: DatabaseTargetOptions = {}): DatabaseTarget {
  const { DATABASE_URL, ANB_DB_DIR } = opts.env ? parseEnv(opts.env) : env;
  const url = opts.dataDir === undefined ? (opts.databaseUrl ?? DATABASE_URL) : undefined;
  if (url) return { kind: 'postgres', url };
  const dir = opts.dataDir ?? ANB_DB_DIR ?? DEFAULT_PGLITE_DIR;
  return { kind: 'pglite', dataDir: dir === MEMORY ? MEMORY : path.resolve(opts.cwd ?? process.cwd(), dir) };
}
