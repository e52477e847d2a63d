// The same import on a Postgres server through node-postgres. Runs when ANB_TEST_DATABASE_URL names a
// scratch database (its public and drizzle schemas are dropped first); skipped otherwise.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '@/server/db/openDatabase';
import { env } from '@/server/env';
import { importDataset } from './importDataset';
import { tableSnapshot } from './tableSnapshot';
import { writeDatasetCopy } from './writeDatasetCopy';

const url = env.ANB_TEST_DATABASE_URL;
const DATA = path.resolve('../shared/accel-nasbench');

describe.skipIf(!url)('importDataset on a Postgres server', () => {
  let temp: string;
  let opened: OpenedDatabase;

  beforeAll(async () => {
    temp = mkdtempSync(path.join(tmpdir(), 'anb-pg-'));
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public');
    await client.end();
    opened = await openDatabase({ databaseUrl: url });
  });
  afterAll(async () => {
    await opened?.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it('imports the real data, then leaves it unchanged', async () => {
    expect(opened.kind).toBe('postgres');
    const r = await importDataset(opened.db, DATA);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.version).toMatchObject({ record_count: 5138, architecture_count: 5125, train_count: 4100, proxy_run_count: 702 });
    const before = await tableSnapshot(opened.db);
    const again = await importDataset(opened.db, DATA);
    expect(again.ok && again.value.status).toBe('unchanged');
    expect(await tableSnapshot(opened.db)).toEqual(before);
  });

  it('rolls back a failed import', async () => {
    const before = await tableSnapshot(opened.db);
    const dir = path.join(temp, 'subset');
    await writeDatasetCopy(DATA, dir, { records: 50 });
    const r = await importDataset(opened.db, dir, {
      onProgress: ({ table }) => {
        if (table === 'proxy_fidelity_runs') throw new Error('injected');
      },
    });
    expect(!r.ok && r.error.code).toBe('import_failed');
    expect(await tableSnapshot(opened.db)).toEqual(before);
  });
});
