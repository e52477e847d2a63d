// The in-memory architecture list (what the API serves) against the SQL form it replaced, on the real
// dataset in a real database (in-memory PGlite, or a scratch database on the ANB_TEST_DATABASE_URL
// Postgres server): the same pages — items, order, totals and cursors — for every sort key and order,
// walked to the end, for random filters and for cursors of any value, valid or crafted.
import fc from 'fast-check';
import { and, asc, eq } from 'drizzle-orm';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_COUNT, EXPANSIONS, KERNELS } from '@/core/space/searchSpace';
import { architectureListInput, SORT_KEYS, type ArchitectureListInput } from '@/server/api/architectureQuery';
import type { OpenedDatabase } from '@/server/db/openDatabase';
import { openTestDatabase } from '@/server/db/openTestDatabase';
import { records } from '@/server/db/schema';
import { importDataset } from '@/server/import/importDataset';
import { architectureByCode } from './architectureByCode';
import { encodeCursor } from './architectureListCursor';
import { listArchitecturesFromSnapshot } from './listArchitecturesFromSnapshot';
import { listArchitecturesSql } from './listArchitecturesSql';
import { recordToApi } from './recordToApi';

const DATA = path.resolve(process.cwd(), '../shared/accel-nasbench');
let opened: OpenedDatabase;

beforeAll(async () => {
  opened = await openTestDatabase();
  const r = await importDataset(opened.db, DATA);
  if (!r.ok) throw new Error(r.error.message);
});
afterAll(() => opened?.close());

/** Both forms, or both errors with the same message. */
async function both(raw: unknown) {
  const input = architectureListInput.parse(raw);
  const [sqlResult, memoryResult] = await Promise.allSettled([
    listArchitecturesSql(opened.db, input),
    listArchitecturesFromSnapshot(opened.db, input),
  ]);
  if (sqlResult.status === 'rejected' || memoryResult.status === 'rejected') {
    expect(memoryResult.status).toBe(sqlResult.status);
    expect((memoryResult as PromiseRejectedResult).reason?.message).toBe((sqlResult as PromiseRejectedResult).reason?.message);
    return null;
  }
  expect(memoryResult.value).toEqual(sqlResult.value);
  return memoryResult.value;
}

async function walk(input: Omit<ArchitectureListInput, 'cursor'>) {
  let cursor: string | undefined;
  let n = 0;
  let total: number;
  do {
    const page = await both({ ...input, cursor });
    if (!page) return n;
    n += page.items.length;
    total = page.total;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  expect(n).toBe(total);
  return n;
}

describe('listArchitecturesFromSnapshot equals listArchitecturesSql', () => {
  it('for every sort key and order, walked to the end with cursors', async () => {
    for (const sort of SORT_KEYS) {
      for (const order of ['asc', 'desc'] as const) {
        expect(await walk({ sort, order, limit: 500 })).toBe(5138);
      }
    }
  });

  it('for random filters, sorts, limits and cursors (valid and crafted)', async () => {
    const constraint = fc.record(
      {
        e: fc.uniqueArray(fc.constantFrom(...EXPANSIONS), { minLength: 1, maxLength: 3 }),
        k: fc.uniqueArray(fc.constantFrom(...KERNELS), { minLength: 1, maxLength: 2 }),
        l: fc.uniqueArray(fc.constantFrom(1, 2, 3, 4), { minLength: 1, maxLength: 4 }),
        se: fc.uniqueArray(fc.boolean(), { minLength: 1, maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: 20_000 }),
      fc.integer({ min: 0, max: 6000 }),
      fc.constantFrom(0, 40, 60, 75, 200, 3000),
    );
    const input = fc.record(
      {
        genes: constraint,
        blocks: fc.dictionary(fc.constantFrom(...Array.from({ length: BLOCK_COUNT }, (_, i) => String(i))), constraint, { maxKeys: 3 }),
        ranges: fc.dictionary(
          fc.constantFrom(...SORT_KEYS),
          fc
            .record({ min: value, max: value }, { requiredKeys: [] })
            .filter((r) => r.min === undefined || r.max === undefined || r.min <= r.max),
          { maxKeys: 2 },
        ),
        split: fc.constantFrom('train', 'val', 'test', 'none'),
        sort: fc.constantFrom(...SORT_KEYS),
        order: fc.constantFrom('asc', 'desc'),
        limit: fc.integer({ min: 1, max: 60 }),
        cursor: fc.record({ v: fc.oneof(value, fc.constant(null)), id: fc.integer({ min: -5, max: 6000 }) }).map(encodeCursor),
      },
      { requiredKeys: ['sort', 'order', 'limit'] },
    );
    await fc.assert(
      fc.asyncProperty(input, async (raw) => {
        await both(raw);
      }),
      { numRuns: 300, seed: 20240408 },
    );
  });

  it('walks filtered lists the same way, and rejects a bad cursor with the same 400', async () => {
    await walk({ genes: { se: [false] }, ranges: { throughput_tpuv3: { min: 400 } }, sort: 'throughput_tpuv3', order: 'desc', limit: 37 });
    await walk({ blocks: { '5': { l: [4] } }, split: 'test', sort: 'latency_vck190', order: 'asc', limit: 11 });
    await walk({ split: 'none', sort: 'val_top1', order: 'desc', limit: 3 });
    await both({ cursor: 'garbage' });
    await expect(listArchitecturesFromSnapshot(opened.db, architectureListInput.parse({ cursor: 'garbage' }))).rejects.toThrow(
      /cursor is not a cursor/,
    );
  });
});

describe('architectureByCode (in memory) equals the database', () => {
  it('returns every record of a code in result_id order', async () => {
    const codes = (await opened.db.selectDistinct({ code: records.code }).from(records)).map((r) => r.code);
    expect(codes.length).toBeGreaterThan(5000);
    for (const code of codes.filter((_, i) => i % 25 === 0).concat(['1311-6321-6521-6331-6531-6541-6311'])) {
      const rows = await opened.db
        .select()
        .from(records)
        .where(and(eq(records.code, code)))
        .orderBy(asc(records.result_id));
      if (rows.length === 0) {
        await expect(architectureByCode(opened.db, code)).rejects.toThrow(/not among the measured records/);
        continue;
      }
      const a = await architectureByCode(opened.db, code);
      expect(a.records).toEqual(rows.map(recordToApi));
    }
  });
});

describe('currentVersion', () => {
  it('shares one version query among concurrent callers, and queries again afterwards', async () => {
    const { currentVersion } = await import('./datasetSnapshot');
    let selects = 0;
    // The real database, counting the select() calls that reach it.
    const counted = new Proxy(opened.db, {
      get(target, prop, receiver) {
        if (prop === 'select') selects++;
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    const versions = await Promise.all(Array.from({ length: 50 }, () => currentVersion(counted)));
    expect(new Set(versions.map((v) => v.hash)).size).toBe(1);
    expect(selects).toBe(1);
    await currentVersion(counted);
    expect(selects).toBe(2);
  });
});

describe('currentVersion on a database marked version-stable (the server PGlite)', () => {
  it('reads the version once and serves it without a query afterwards', async () => {
    const { currentVersion } = await import('./datasetSnapshot');
    const { markVersionStable } = await import('@/server/db/currentVersion');
    let selects = 0;
    const counted = new Proxy(opened.db, {
      get(target, prop, receiver) {
        if (prop === 'select') selects++;
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    markVersionStable(counted);
    const first = await currentVersion(counted);
    for (let i = 0; i < 20; i++) expect((await currentVersion(counted)).hash).toBe(first.hash);
    expect(selects).toBe(1);
  });
});
