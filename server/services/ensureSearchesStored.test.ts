// ensureSearchesStored on a database of its own, with a small request (budget 20) so the runs are quick:
// the first call stores every run, a second one stores nothing, a deleted run is stored again.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '@/server/db/openDatabase';
import { openTestDatabase } from '@/server/db/openTestDatabase';
import { searches } from '@/server/db/schema';
import { DEFAULT_STORED_SEARCHES, ensureSearchesStored, type StoredSearchesRequest } from './ensureSearchesStored';

const request: StoredSearchesRequest = {
  optimizers: ['rs', 're'],
  metrics: ['throughput_a100', 'latency_vck190'],
  accuracy: 'val_top1',
  budget: 20,
  seeds: [1, 2],
};
const models = 'public/models';

let opened: OpenedDatabase;
beforeAll(async () => {
  opened = await openTestDatabase();
});
afterAll(() => opened?.close());

const rows = () =>
  opened.db
    .select({
      id: searches.id,
      createdAt: searches.created_at,
      metric: searches.metric,
      optimizer: searches.optimizer,
      seed: searches.seed,
    })
    .from(searches)
    .orderBy(asc(searches.id));

describe('ensureSearchesStored', () => {
  it('stores the default matrix of 8 device metrics × 4 optimizers × 5 seeds at budget 1,000', () => {
    const d = DEFAULT_STORED_SEARCHES;
    expect(d.metrics.length * d.optimizers.length * d.seeds.length).toBe(160);
    expect(d.budget).toBe(1000);
  });

  it('stores the runs once, and a second call with them present stores nothing', async () => {
    let runs = 0;
    const first = await ensureSearchesStored(opened.db, { models, request, onRun: () => (runs += 1) });
    expect(first).toMatchObject({ status: 'stored', runs: 8, missing: 8 });
    expect(runs).toBe(8);
    const before = await rows();
    expect(before).toHaveLength(8);

    const second = await ensureSearchesStored(opened.db, { models, request, onRun: () => (runs += 1) });
    expect(second).toEqual({ status: 'present', surrogateVersion: first.surrogateVersion, runs: 8 });
    expect(runs).toBe(8);
    // Not even re-written: the same ids and the same timestamps.
    expect(await rows()).toEqual(before);
  });

  it('stores again when one run of the request is missing, replacing rather than adding', async () => {
    const [victim] = await rows();
    await opened.db.delete(searches).where(eq(searches.id, victim.id));
    const again = await ensureSearchesStored(opened.db, { models, request });
    expect(again).toMatchObject({ status: 'stored', runs: 8, missing: 1 });
    const after = await rows();
    expect(after).toHaveLength(8);
    expect(after.filter((r) => r.metric === victim.metric && r.optimizer === victim.optimizer && r.seed === victim.seed)).toHaveLength(1);
  });

  it('counts only unnamed runs of the same budget: a named run or another budget does not make the set present', async () => {
    const other: StoredSearchesRequest = { ...request, metrics: ['throughput_zcu102'], optimizers: ['rs'], seeds: [1] };
    await ensureSearchesStored(opened.db, { models, request: { ...other, budget: 10 } });
    const [stored] = await opened.db
      .select({ id: searches.id })
      .from(searches)
      .where(and(eq(searches.metric, 'throughput_zcu102'), eq(searches.budget, 10)));
    await opened.db.update(searches).set({ name: 'my run', budget: 20 }).where(eq(searches.id, stored.id));
    expect(await ensureSearchesStored(opened.db, { models, request: other })).toMatchObject({ status: 'stored', missing: 1 });
  });

  it('says where the surrogates are missing and how to build them', async () => {
    await expect(ensureSearchesStored(opened.db, { models: 'build/no-such-models', request })).rejects.toThrow(
      /no-such-models\/manifest\.json .*npm run surrogates:train/,
    );
  });
});
