// App instances started together against one empty Postgres database all migrate it: the migrations'
// advisory lock lets one create the tables while the others wait and then apply nothing. Without the
// lock, one instance failed on `CREATE TABLE "architectures"` (seen in CI). Runs when
// ANB_TEST_DATABASE_URL names a Postgres server (npm run test:postgres); skipped otherwise.
import { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { env } from '@/server/env';
import { openDatabase } from './openDatabase';
import { createScratchDatabase } from './openTestDatabase';

const url = env.ANB_TEST_DATABASE_URL;

describe.skipIf(!url)('openDatabase on a Postgres server', () => {
  it('migrates an empty database once when four instances open it at the same moment', async () => {
    const scratch = (await createScratchDatabase())!;
    try {
      const opened = await Promise.all(Array.from({ length: 4 }, () => openDatabase({ databaseUrl: scratch.url })));
      await Promise.all(opened.map((o) => o.close()));
      const client = new Client({ connectionString: scratch.url });
      await client.connect();
      try {
        const applied = await client.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
        const tables = await client.query<{ n: number }>(
          "select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name = 'architectures'",
        );
        expect(applied.rows[0].n).toBeGreaterThan(0);
        expect(tables.rows[0].n).toBe(1);
      } finally {
        await client.end();
      }
    } finally {
      await scratch.drop();
    }
  });
});
