// The import against the real data and against broken copies of it: counts from NOTES.md, atomicity
// (the database holds the old version or the new one, never a mix), and the problems reported.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICES } from '@/core/devices';
import { DEVICE_METRIC_NAMES } from '@/core/targets';
import { readDataset } from '@/server/dataset/readDataset';
import { queryRows } from '@/server/db/queryRows';
import { openDatabase, type Database, type OpenedDatabase } from '@/server/db/openDatabase';
import { architectures, deviceProfiles, proxyFidelityRuns, records } from '@/server/db/schema';
import { datasetRows, deviceProfileRows } from './datasetRows';
import { ensureImported } from './ensureImported';
import { importDataset } from './importDataset';
import { DATASET_TABLES, tableSnapshot } from './tableSnapshot';
import { writeDatasetCopy } from './writeDatasetCopy';

const DATA = path.resolve('../shared/accel-nasbench');
const temp = mkdtempSync(path.join(tmpdir(), 'anb-import-'));
const opened: OpenedDatabase[] = [];

afterAll(async () => {
  await Promise.all(opened.map((o) => o.close()));
  await (await base)?.close();
  rmSync(temp, { recursive: true, force: true });
});

// One PGlite is created (initdb takes seconds); every test database is a clone of it, or of a clone.
let base: Promise<PGlite> | undefined;

async function clone(from?: PGlite): Promise<{ db: Database; pglite: PGlite }> {
  base ??= PGlite.create().then(async (pglite) => {
    await openDatabase({ pglite });
    return pglite;
  });
  // clone() is typed as the PGliteInterface it implements; it returns a PGlite.
  const pglite = (await (from ?? (await base)).clone()) as PGlite;
  const o = await openDatabase({ pglite });
  opened.push(o);
  return { db: o.db, pglite };
}

async function memoryDb(): Promise<Database> {
  return (await clone()).db;
}

async function count(db: Database, query: SQL): Promise<number> {
  const rows = await queryRows<{ n: number }>(db, query);
  return Number(rows[0].n);
}

interface RawRecord {
  architecture: Record<string, unknown>;
  metrics: Record<string, unknown>;
  model_info: Record<string, unknown>;
  platform_perf: Record<string, Record<string, unknown>>;
}
const editJson = (change: (r: RawRecord) => void) => (text: string) => {
  const r = JSON.parse(text) as RawRecord;
  change(r);
  return JSON.stringify(r);
};

describe('importDataset on the real data', () => {
  let db: Database;
  let first: Awaited<ReturnType<typeof importDataset>>;
  let importMs = 0;

  beforeAll(async () => {
    expect(existsSync(DATA), `the ANB data is expected at ${DATA}`).toBe(true);
    db = await memoryDb();
    const start = performance.now();
    first = await importDataset(db, DATA);
    importMs = performance.now() - start;
    console.info(`[import] real data into in-memory PGlite: ${importMs.toFixed(0)} ms`);
  });

  it('stores every record, architecture, split, proxy run and device', async () => {
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.status).toBe('imported');
    expect(await count(db, sql`select count(*) as n from records`)).toBe(5138);
    expect(await count(db, sql`select count(distinct code) as n from records`)).toBe(5125);
    expect(await count(db, sql`select count(*) as n from architectures`)).toBe(5125);
    expect(await count(db, sql`select count(*) as n from (select code from records group by code having count(*) = 2) d`)).toBe(13);
    expect(await count(db, sql`select count(*) as n from architectures where record_count = 2`)).toBe(13);
    for (const [split, n] of [
      ['train', 4100],
      ['val', 512],
      ['test', 512],
    ] as const) {
      expect(await count(db, sql`select count(*) as n from records where split = ${split}`)).toBe(n);
    }
    expect(await count(db, sql`select count(*) as n from records where split is null`)).toBe(14);
    expect(await count(db, sql`select count(*) as n from proxy_fidelity_runs`)).toBe(702);
    expect(await count(db, sql`select count(distinct code) as n from proxy_fidelity_runs`)).toBe(117);
    expect(await count(db, sql`select count(*) as n from device_profiles`)).toBe(DEVICES.length);
    expect(DEVICES.length).toBe(6);

    const v = first.value.version;
    expect(v).toMatchObject({
      record_count: 5138,
      architecture_count: 5125,
      duplicate_architecture_count: 13,
      train_count: 4100,
      val_count: 512,
      test_count: 512,
      unsplit_count: 14,
      proxy_run_count: 702,
      skipped_files: [],
      is_current: true,
      data_dir: DATA,
    });
    expect(v.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the values and the nulls of the dataset (NOTES.md)', async () => {
    const rows = await queryRows(db, sql`select * from records where result_id = 0`);
    expect(rows[0]).toMatchObject({
      file: 'result_0.json',
      code: '6310-4520-6330-6530-6520-1320-1320',
      val_top1: 59.368,
      val_top5: 82.636,
      train_time: 2660.431460380554,
      macs: 415.361072,
      params: 2.50116,
      throughput_a100_mean: 7034.935468125287,
      throughput_a100_std: 7.520988546389162,
      latency_vck190_mean: 3.500556157640189,
      latency_vck190_std: null,
    });
    // result_0 and result_443: two trainings of one architecture.
    expect(await count(db, sql`select count(*) as n from records where code = (select code from records where result_id = 0)`)).toBe(2);
    const missing: Record<string, number> = {};
    for (const name of DEVICE_METRIC_NAMES) {
      missing[name] = await count(db, sql`select count(*) as n from records where ${sql.identifier(`${name}_mean`)} is null`);
    }
    expect(missing).toEqual({
      throughput_a100: 0,
      throughput_3090: 3,
      throughput_tpuv2: 37,
      throughput_tpuv3: 44,
      throughput_zcu102: 2,
      throughput_vck190: 2,
      latency_zcu102: 2,
      latency_vck190: 2,
    });
    for (const name of ['throughput_zcu102', 'throughput_vck190', 'latency_zcu102', 'latency_vck190']) {
      expect(await count(db, sql`select count(*) as n from records where ${sql.identifier(`${name}_std`)} is not null`)).toBe(0);
    }
    // The two records of a repeated architecture agree on MACs and params, so the architecture row can hold them.
    expect(
      await count(
        db,
        sql`select count(*) as n from records r join architectures a using (code) where r.macs <> a.macs or r.params <> a.params`,
      ),
    ).toBe(0);
    const genes = await queryRows(db, sql`select * from architectures where code = '6310-4520-6330-6530-6520-1320-1320'`);
    expect(genes[0]).toMatchObject({ e0: 6, k0: 3, l0: 1, se0: false, e1: 4, k1: 5, l1: 2, e5: 1, l6: 2, se6: false });
  });

  it('stores every value exactly as read', async () => {
    const dataset = await readDataset(DATA);
    const rows = datasetRows(dataset);
    const byId = (a: { result_id: number }, b: { result_id: number }) => a.result_id - b.result_id;
    expect((await db.select().from(records)).sort(byId)).toEqual(rows.records.sort(byId));
    const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : 1);
    expect((await db.select().from(architectures)).sort(byCode)).toEqual(rows.architectures.sort(byCode));
    expect(await db.select().from(proxyFidelityRuns)).toHaveLength(rows.proxyFidelityRuns.length);
    expect(new Set((await db.select().from(proxyFidelityRuns)).map((r) => JSON.stringify(r)))).toEqual(
      new Set(rows.proxyFidelityRuns.map((r) => JSON.stringify(r))),
    );
    expect(await db.select().from(deviceProfiles).orderBy(deviceProfiles.position)).toEqual(deviceProfileRows());
  });

  it('leaves everything as it was when the same data is imported again', async () => {
    const before = await tableSnapshot(db);
    const again = await importDataset(db, DATA);
    expect(again.ok && again.value).toMatchObject({ status: 'unchanged', devicesUpdated: false });
    if (first.ok && again.ok) expect(again.value.version).toEqual(first.value.version);
    const ensured = await ensureImported(db, DATA);
    expect(ensured.ok && ensured.value.status).toBe('unchanged');
    expect(await tableSnapshot(db)).toEqual(before);
  });

  it('refreshes device profiles that no longer match core/devices.ts, and nothing else', async () => {
    await db.execute(sql`update device_profiles set name = 'stale' where id = 'a100'`);
    const before = await tableSnapshot(db);
    const r = await importDataset(db, DATA);
    expect(r.ok && r.value).toMatchObject({ status: 'unchanged', devicesUpdated: true });
    expect(await db.select().from(deviceProfiles).orderBy(deviceProfiles.position)).toEqual(deviceProfileRows());
    const after = await tableSnapshot(db);
    expect(after.device_profiles).not.toBe(before.device_profiles);
    expect({ ...after, device_profiles: '' }).toEqual({ ...before, device_profiles: '' });
  });
});

describe('importDataset on broken copies', () => {
  const GOOD = path.join(temp, 'good');
  const BROKEN = path.join(temp, 'broken');
  const RECORDS = 40;
  let names: string[];
  // The bad files of the broken copy and where they are bad; '' marks a whole-file problem.
  let expected: [string, string][];

  beforeAll(async () => {
    names = await writeDatasetCopy(DATA, GOOD, { records: RECORDS });
    const bad = names.slice(1, 7);
    await writeDatasetCopy(DATA, BROKEN, {
      records: RECORDS,
      edit: {
        [bad[0]]: editJson((r) => (r.architecture.block1_e = 9)),
        [bad[1]]: editJson((r) => (r.metrics.val_top1 = '61.2')),
        [bad[2]]: editJson((r) => delete r.model_info.params),
        [bad[3]]: editJson((r) => (r.platform_perf.latency_vck190.latency_mean = -3.5)),
        // Python's json.dump writes NaN for a missing float; it is not JSON.
        [bad[4]]: (text) => text.replace(/"val_top5": [0-9.]+/, '"val_top5": NaN'),
        [bad[5]]: (text) => text.slice(0, 120),
        'proxy-fidelity/fewproxy-seed2.csv': (text) => text.replace(/^(([^,\n]*,){4})[^,\n]*/m, '$1abc'),
      },
    });
    expected = [
      [bad[0], 'architecture.block1_e'],
      [bad[1], 'metrics.val_top1'],
      [bad[2], 'model_info.params'],
      [bad[3], 'platform_perf.latency_vck190.latency_mean'],
      [bad[4], ''],
      [bad[5], ''],
      ['proxy-fidelity/fewproxy-seed2.csv', 'line 1 column 5 (top1)'],
    ];
  });

  let template: PGlite;

  beforeAll(async () => {
    const o = await clone();
    const r = await importDataset(o.db, GOOD);
    if (!r.ok) throw new Error(r.error.message);
    template = o.pglite;
  });

  /** A database holding the good copy. */
  async function goodDb(): Promise<Database> {
    return (await clone(template)).db;
  }

  it('refuses the broken copy, names every file and field, and changes nothing', async () => {
    const db = await goodDb();
    const before = await tableSnapshot(db);
    const r = await importDataset(db, BROKEN);
    if (r.ok) throw new Error('the broken copy was imported');
    expect(r.error.code).toBe('invalid_dataset');
    if (r.error.code !== 'invalid_dataset') return;
    expect(r.error.issues.map((i) => [i.file, i.path])).toEqual(expect.arrayContaining(expected));
    expect(new Set(r.error.issues.map((i) => i.file))).toEqual(new Set(expected.map(([f]) => f)));
    expect(r.error.issues.find((i) => i.path === 'model_info.params')?.message).toMatch(/./);
    expect(await tableSnapshot(db)).toEqual(before);
  });

  it('imports the valid rest with skipInvalid and reports what it left out', async () => {
    const db = await goodDb();
    const r = await importDataset(db, BROKEN, { skipInvalid: true });
    if (!r.ok) throw new Error(r.error.message);
    if (r.value.status !== 'imported') throw new Error('expected a new version');
    expect(new Set(r.value.skipped.map((i) => i.file))).toEqual(new Set(expected.map(([f]) => f)));
    expect(r.value.version.skipped_files.sort()).toEqual(expected.map(([f]) => f).sort());
    expect(r.value.version.record_count).toBe(RECORDS - 6);
    expect(await count(db, sql`select count(*) as n from records`)).toBe(RECORDS - 6);
    expect(
      await count(
        db,
        sql`select count(*) as n from records where file in (${sql.join(
          expected.slice(0, 6).map(([f]) => sql`${f}`),
          sql`, `,
        )})`,
      ),
    ).toBe(0);
    // The bad CSV is left out whole: its 117 runs.
    expect(await count(db, sql`select count(*) as n from proxy_fidelity_runs`)).toBe(702 - 117);
    expect(await count(db, sql`select count(*) as n from proxy_fidelity_runs where recipe = 'fewproxy' and seed = 2`)).toBe(0);
  });

  it('refuses to empty the database when no record is valid, even with skipInvalid', async () => {
    const db = await goodDb();
    const before = await tableSnapshot(db);
    const dir = path.join(temp, 'all-bad');
    await writeDatasetCopy(DATA, dir, { records: 3, edit: Object.fromEntries(names.slice(0, 3).map((n) => [n, () => '{'])) });
    const r = await importDataset(db, dir, { skipInvalid: true });
    expect(!r.ok && r.error.code).toBe('empty_dataset');
    expect(await tableSnapshot(db)).toEqual(before);
  });

  it('rolls back a failure in the middle of the transaction', async () => {
    const db = await goodDb();
    const before = await tableSnapshot(db);
    const r = await importDataset(db, DATA, {
      onProgress: ({ table, rows }) => {
        if (table === 'records' && rows >= 2000) throw new Error('injected failure after 2,000 records');
      },
    });
    expect(!r.ok && r.error).toEqual({ code: 'import_failed', message: expect.stringContaining('injected failure after 2,000 records') });
    expect(await tableSnapshot(db)).toEqual(before);
  });

  it('rolls back when the database rejects a row, and says why', async () => {
    const db = await goodDb();
    const before = await tableSnapshot(db);
    // A repeated CSV row passes the file checks but breaks the (recipe, seed, code) primary key,
    // after architectures and records are already written in the transaction.
    const dir = path.join(temp, 'duplicate-row');
    await writeDatasetCopy(DATA, dir, {
      records: RECORDS + 5,
      edit: { 'proxy-fidelity/proxified-seed3.csv': (text) => `${text.trimEnd()}\n${text.split('\n')[0]}\n` },
    });
    const r = await importDataset(db, dir);
    if (r.ok) throw new Error('the duplicate row was imported');
    expect(r.error.code).toBe('import_failed');
    expect(r.error.message).toMatch(/duplicate key value violates unique constraint "proxy_fidelity_runs_recipe_seed_code_pk"/);
    expect(r.error.message.length).toBeLessThan(500);
    expect(await tableSnapshot(db)).toEqual(before);
  });

  it('switches between versions and back, keeping one row per version and one current', async () => {
    const db = await goodDb();
    const good = await tableSnapshot(db);
    const other = path.join(temp, 'other');
    await writeDatasetCopy(DATA, other, { records: RECORDS / 2 });
    const toOther = await importDataset(db, other);
    expect(toOther.ok && toOther.value.status).toBe('imported');
    const back = await importDataset(db, GOOD);
    if (!back.ok || back.value.status !== 'imported') throw new Error('expected a re-import');
    expect(back.value.previous).toBe(toOther.ok ? toOther.value.version.hash : null);
    expect(await count(db, sql`select count(*) as n from dataset_versions`)).toBe(2);
    expect(await count(db, sql`select count(*) as n from dataset_versions where is_current`)).toBe(1);
    const now = await tableSnapshot(db);
    for (const table of DATASET_TABLES.filter((t) => t !== 'dataset_versions')) expect(now[table]).toBe(good[table]);
  });
});
