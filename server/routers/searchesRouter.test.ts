// searches.list / byId / winners through createCaller, on runs stored by the same code as
// `npm run searches:store` (tiny budget, two metrics) in a database of their own, with the dataset
// imported (the winners' out-of-distribution level measures gene distance against it).
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '@/server/db/openDatabase';
import { importedTestDatabase } from '@/server/db/importedTestDatabase';
import { runSearchMatrix } from '@/server/services/searchesRun';
import { storeSearches } from '@/server/services/searchesStore';
import { createCaller } from '@/server/trpc/appRouter';

let opened: OpenedDatabase;
let api: ReturnType<typeof createCaller>;
const request = {
  optimizers: ['rs', 're'] as const,
  metrics: ['throughput_a100', 'latency_vck190'] as const,
  accuracy: 'val_top1' as const,
  budget: 30,
  seeds: [1, 2],
  models: 'public/models',
};

beforeAll(async () => {
  opened = await importedTestDatabase();
  const output = await runSearchMatrix({ ...request, optimizers: [...request.optimizers], metrics: [...request.metrics] });
  expect(await storeSearches(opened.db, output, new Date('2026-01-01T00:00:00Z'))).toBe(8);
  // Storing the same runs again replaces them instead of adding rows.
  await storeSearches(opened.db, output, new Date('2026-01-02T00:00:00Z'));
  api = createCaller({ db: opened.db });
}, 60_000);
afterAll(() => opened?.close());

describe('searches', () => {
  it('lists stored runs, filtered and bounded', async () => {
    const all = await api.searches.list({});
    expect(all.searches).toHaveLength(8);
    expect(all.searches.every((s) => s.createdAt === '2026-01-02T00:00:00.000Z')).toBe(true);
    const re = await api.searches.list({ metric: 'latency_vck190', optimizer: 're', limit: 1 });
    expect(re.searches).toHaveLength(1);
    expect(re.searches[0]).toMatchObject({ metric: 'latency_vck190', optimizer: 're', budget: 30 });
    await expect(api.searches.list({ limit: 501 })).rejects.toBeInstanceOf(TRPCError);
    await expect(api.searches.list({ metric: 'speed_h100' as never })).rejects.toThrow(/metric/);
  });

  it('returns one run with its settings and front, or NOT_FOUND naming the id', async () => {
    const [first] = (await api.searches.list({ limit: 1 })).searches;
    const one = await api.searches.byId({ id: first.id });
    expect(one.front.length).toBeGreaterThan(0);
    expect(one.settings).toMatchObject({ reference: { accuracy: expect.any(Number) } });
    await expect(api.searches.byId({ id: 999_999 })).rejects.toThrow(/No stored search with id 999999/);
  });

  it('compares the per-device winners: predictions on every metric, symmetric gene distances', async () => {
    const w = await api.searches.winners();
    expect(w.winners.map((x) => x.metric)).toEqual(['throughput_a100', 'latency_vck190']);
    expect(w.winners[0].predictions.throughput_a100).toBeCloseTo(w.winners[0].bestHardware, 2);
    // Each winner's level is the API's outOfDistribution.level for the same code (predict.predict).
    for (const x of w.winners) {
      const one = await api.predict.predict({ codes: [x.bestCode] });
      expect(x.ood).toBe(one.outOfDistribution!.level);
    }
    expect(w.distances[0][0]).toBe(0);
    expect(w.distances[0][1]).toBe(w.distances[1][0]);
  });
});
