// getDb: one database per process however many requests race for it, imported on first start.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeDatasetCopy } from '@/server/import/writeDatasetCopy';
import { currentVersion } from './currentVersion';

// `server-only` throws outside a React Server Components bundle; here the test is the server.
vi.mock('server-only', () => ({}));

const temp = mkdtempSync(path.join(tmpdir(), 'anb-getdb-'));
const saved = { ...process.env };

describe('getDb', () => {
  beforeAll(async () => {
    await writeDatasetCopy(path.resolve('../shared/accel-nasbench'), path.join(temp, 'data'), { records: 20 });
    process.env.DATABASE_URL = '';
    process.env.ANB_DB_DIR = path.join(temp, 'pglite');
    process.env.ANB_DATA_DIR = path.join(temp, 'data');
  });
  afterAll(async () => {
    const cache = globalThis as { __anbDatabase?: Promise<{ close(): Promise<void> }> };
    await (await cache.__anbDatabase)?.close();
    cache.__anbDatabase = undefined;
    process.env = saved;
    rmSync(temp, { recursive: true, force: true });
  });

  it('fails with what to do when the database is empty and there is no data, then tries again', async () => {
    const { getDb } = await import('./getDb');
    process.env.ANB_DATA_DIR = path.join(temp, 'missing');
    await expect(getDb()).rejects.toThrow(/database at .* is empty and ANB_DATA_DIR is set to .*missing, which does not exist/);
    process.env.ANB_DATA_DIR = path.join(temp, 'data');
  });

  it('opens one database for concurrent first calls and imports the data folder', async () => {
    const { getDb } = await import('./getDb');
    const [a, b, c] = await Promise.all([getDb(), getDb(), getDb()]);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(await getDb()).toBe(a);
    expect(a).toMatchObject({ kind: 'pglite', location: path.join(temp, 'pglite') });
    const version = await currentVersion(a.db);
    expect(version).toMatchObject({ record_count: 20, data_dir: path.join(temp, 'data'), is_current: true });
  });
});
