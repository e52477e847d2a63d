// The shape of one check `npm run test:postgres` runs against its throw-away cluster (scripts/testPostgres.ts).
import type { Cluster } from './startCluster';

export interface PostgresCheckContext {
  cluster: Cluster;
  /** A free loopback port (from `--ports N` upward when given). */
  port(): Promise<number>;
  /** Registers clean-up (stopping what the check started) to run when the run ends, also on failure or Ctrl-C. */
  onCleanUp(stop: () => Promise<void> | void): void;
}

export interface PostgresCheckResult {
  ok: boolean;
  /** What was seen, for the summary: counts, timings, versions. */
  detail: string;
}

export type PostgresCheck = (ctx: PostgresCheckContext) => Promise<PostgresCheckResult>;
