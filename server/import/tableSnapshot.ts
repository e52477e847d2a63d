// Test helper: row count and an md5 over every row's text, per dataset table. Equal snapshots mean
// equal contents, so a test can assert that a refused or rolled-back import changed nothing.
import { sql } from 'drizzle-orm';
import type { Database } from '@/server/db/openDatabase';
import { queryRows } from '@/server/db/queryRows';

export const DATASET_TABLES = ['dataset_versions', 'architectures', 'records', 'device_profiles', 'proxy_fidelity_runs'] as const;

export async function tableSnapshot(db: Database): Promise<Record<(typeof DATASET_TABLES)[number], string>> {
  const out = {} as Record<(typeof DATASET_TABLES)[number], string>;
  for (const table of DATASET_TABLES) {
    const [row] = await queryRows<{ n: number; sum: string | null }>(
      db,
      sql`select count(*)::int as n, md5(string_agg(t::text, E'\n' order by t::text)) as sum from ${sql.identifier(table)} as t`,
    );
    out[table] = `${row.n} rows, md5 ${row.sum}`;
  }
  return out;
}
