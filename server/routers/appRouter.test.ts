// The tRPC procedures against the real dataset imported into an in-memory PGlite (or a scratch database
// on the ANB_TEST_DATABASE_URL Postgres server), through createCaller.
import { describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { importedTestApi } from '@/server/trpc/importedTestApi';

const t = importedTestApi({ dataset: true });

describe('architectures.list', () => {
  it('reports all 5,138 records and honours limit', async () => {
    const page = await t.api.architectures.list({ limit: 5 });
    expect(page.total).toBe(5138);
    expect(page.items.map((i) => i.resultId)).toEqual([0, 1, 2, 3, 4]);
    const r0 = t.data.records.find((r) => r.resultId === 0)!;
    expect(page.items[0]).toMatchObject({ code: r0.code, valTop1: r0.valTop1, macs: r0.macs });
    expect(page.items[0].measurements.throughput_a100).toEqual({
      mean: r0.perf.throughput_a100.mean,
      std: r0.perf.throughput_a100.std,
      unit: 'img/s',
    });
  });

  it('walks every record exactly once with a cursor, sorted with missing values last', async () => {
    const seen: number[] = [];
    const values: (number | null)[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.api.architectures.list({ sort: 'throughput_tpuv3', order: 'desc', limit: 500, cursor });
      for (const it of page.items) {
        seen.push(it.resultId);
        values.push(it.measurements.throughput_tpuv3.mean);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.length).toBe(5138);
    expect(new Set(seen).size).toBe(5138);
    const present = values.filter((v): v is number => v !== null);
    expect(present.length).toBe(5138 - 44);
    expect(values.slice(present.length).every((v) => v === null)).toBe(true);
    for (let i = 1; i < present.length; i++) expect(present[i]).toBeLessThanOrEqual(present[i - 1]);
  });

  it('filters by gene constraints and metric ranges like a scan of the data does', async () => {
    const page = await t.api.architectures.list({
      genes: { se: [false], k: [3] },
      blocks: { '5': { l: [4] } },
      ranges: { val_top1: { min: 55 } },
      limit: 500,
    });
    const expected = t.data.records.filter(
      (r) => r.architecture.every((b) => !b.se && b.k === 3) && r.architecture[5].l === 4 && r.valTop1 >= 55,
    );
    expect(page.total).toBe(expected.length);
    expect(page.items.map((i) => i.resultId).sort((a, b) => a - b)).toEqual(expected.map((r) => r.resultId).sort((a, b) => a - b));
  });

  it('rejects out-of-range input with a message naming the field', async () => {
    await expect(t.api.architectures.list({ limit: 501 })).rejects.toThrow(/limit/);
    await expect(t.api.architectures.list({ genes: { e: [9] } })).rejects.toThrow(/expected one of 1, 4, 6/);
    await expect(t.api.architectures.list({ cursor: 'garbage' })).rejects.toThrow(/cursor/);
  });
});

describe('architectures.byCode', () => {
  it('returns both trainings of an architecture measured twice, with their difference', async () => {
    const code = t.data.records.find((r) => r.resultId === 0)!.code;
    const a = await t.api.architectures.byCode({ code });
    expect(a.records.map((r) => r.resultId)).toEqual([0, 443]);
    const diff = Math.abs(a.records[0].valTop1 - a.records[1].valTop1);
    expect(a.repeated?.absDifference.val_top1).toBeCloseTo(diff, 12);
    expect(a.analytic.macs).toBeCloseTo(a.macs, 5);
  });

  it('answers every distinct code', async () => {
    const codes = [...new Set(t.data.records.map((r) => r.code))];
    expect(codes.length).toBe(5125);
    for (const code of codes.slice(0, 200)) expect((await t.api.architectures.byCode({ code })).code).toBe(code);
  });

  it('names block 1 expansion for an invalid code, and 404s an unmeasured one', async () => {
    const bad = t.api.architectures.byCode({ code: '1311-9311-6521-6331-6531-6541-6311' });
    await expect(bad).rejects.toBeInstanceOf(TRPCError);
    await expect(bad).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/Block 1 expansion is 9; allowed: 1, 4, 6/),
    });
    await expect(t.api.architectures.byCode({ code: '1311-1311-1311-1311-1311-1311-1311' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('stats, devices, fronts, proxy fidelity', () => {
  it('counts the dataset and its missing values', async () => {
    const s = await t.api.architectures.stats();
    expect(s).toMatchObject({
      records: 5138,
      architectures: 5125,
      repeatedArchitectures: 13,
      splits: { train: 4100, val: 512, test: 512, none: 14 },
      proxyRuns: 702,
      devices: 6,
    });
    const missing = Object.fromEntries(s.metrics.map((m) => [m.name, m.missing]));
    expect(missing).toMatchObject({
      throughput_3090: 3,
      throughput_tpuv2: 37,
      throughput_tpuv3: 44,
      throughput_zcu102: 2,
      latency_vck190: 2,
      val_top1: 0,
    });
    expect(s.repeats.maxAbsDiffTop1).toBeGreaterThan(1.2);
    expect(s.repeats.maxAbsDiffTop1).toBeLessThan(1.3);
    expect(s.macsParamsCheck.count).toBe(5138);
  });

  it('lists six devices with what was measured', async () => {
    const { devices } = await t.api.devices.list();
    expect(devices.map((d) => d.id)).toEqual(['a100', '3090', 'tpuv2', 'tpuv3', 'zcu102', 'vck190']);
    const zcu = devices.find((d) => d.id === 'zcu102')!;
    expect(zcu.metrics.map((m) => [m.name, m.measured, m.hasStd])).toEqual([
      ['throughput_zcu102', 5136, false],
      ['latency_zcu102', 5136, false],
    ]);
  });

  it('gives a symmetric rank-correlation matrix with a unit diagonal', async () => {
    const c = await t.api.devices.rankCorrelation();
    expect(c.metrics.length).toBe(9);
    for (let i = 0; i < 9; i++) {
      expect(c.spearman[i][i]).toBe(1);
      for (let j = 0; j < 9; j++) {
        expect(c.spearman[i][j]).toBeCloseTo(c.spearman[j][i], 12);
        expect(Math.abs(c.kendall[i][j])).toBeLessThanOrEqual(Math.abs(c.spearman[i][j]) + 1e-9);
      }
    }
  });

  it('returns a measured front no point dominates', async () => {
    for (const metric of ['throughput_a100', 'latency_vck190'] as const) {
      const f = await t.api.pareto.measured({ metric });
      const min = metric.startsWith('latency');
      const pts = t.data.records.filter((r) => r.perf[metric].mean !== null).map((r) => ({ x: r.perf[metric].mean!, y: r.valTop1 }));
      expect(f.points).toBe(pts.length);
      for (const p of f.front) {
        const dominated = pts.some((q) => (min ? q.x <= p.x : q.x >= p.x) && q.y >= p.y && (q.x !== p.x || q.y !== p.y));
        expect(dominated).toBe(false);
      }
      const onFront = pts.filter((p) => !pts.some((q) => (min ? q.x <= p.x : q.x >= p.x) && q.y >= p.y && (q.x !== p.x || q.y !== p.y)));
      expect(f.front.length).toBe(onFront.length);
    }
  });

  it('names every chart point by its code, so the front in the points is the front the front query lists', async () => {
    const p = await t.api.pareto.points({ metric: 'throughput_a100' });
    const f = await t.api.pareto.measured({ metric: 'throughput_a100' });
    expect(p.codes.length).toBe(p.xs.length);
    expect(p.resultIds.length).toBe(p.xs.length);
    const index = new Map(p.resultIds.map((id, i) => [id, i]));
    for (const q of f.front) {
      const i = index.get(q.resultId)!;
      expect([p.codes[i], p.xs[i], p.ys[i]]).toEqual([q.code, q.x, q.y]);
    }
  });

  it('measures proxy fidelity per seed and pooled', async () => {
    const p = await t.api.proxyFidelity.get();
    expect(p.seeds).toEqual([1, 2, 3]);
    expect(p.perSeed.length).toBe(3);
    for (const s of p.perSeed) {
      expect(s.kendallTau).toBeGreaterThan(0.85);
      expect(s.kendallTau).toBeLessThan(0.95);
      expect(s.costRatio).toBeGreaterThan(4);
    }
    expect(p.seedToSeed.length).toBe(6);
    expect(p.pairs.length).toBe(p.architectures);
  });
});

describe('predict.predict', () => {
  it('rejects 1,001 codes naming the limit of 1,000 and the batches to split them into', async () => {
    const codes = Array.from({ length: 1001 }, () => '1311-6321-6521-6331-6531-6541-6311');
    await expect(t.api.predict.predict({ codes })).rejects.toThrow(
      /1001 codes given; at most 1000 per call: split them into batches of ≤ 1000/,
    );
  });
});

describe('predict.validation', () => {
  it('bins the 512 test architectures by gene distance to the training split, and the bins add up to the overall coverage', async () => {
    const v = await t.api.predict.validation();
    // The paper's split: nearest-train distances 3–9, grouped into bins of at least 100 architectures.
    expect(v.distanceBins).toEqual([
      { min: 3, max: 5, n: 102 },
      { min: 6, max: 6, n: 145 },
      { min: 7, max: 7, n: 133 },
      { min: 8, max: 9, n: 132 },
    ]);
    for (const target of v.targets) {
      expect(target.byDistance.map((b) => [b.min, b.max])).toEqual(v.distanceBins.map((b) => [b.min, b.max]));
      expect(target.byDistance.reduce((s, b) => s + b.n, 0)).toBe(target.metrics.n_test);
      const inside = target.byDistance.reduce((s, b) => s + (b.coverage ?? 0) * b.n, 0);
      expect(inside / target.metrics.n_test).toBeCloseTo(target.metrics.coverage90, 12);
      for (const b of target.byDistance) expect(b.meanRelativeWidth).toBeGreaterThan(0);
    }
  }, 120_000);

  it('recomputes the coverage of measured differences between test pairs, as the training report has it', async () => {
    const v = await t.api.predict.validation();
    for (const target of v.targets) {
      const d = target.differences;
      // All pairs of the target's measured test architectures, binned by genes apart.
      const n = target.metrics.n_test;
      expect(d.bins.reduce((s, b) => s + b.pairs, 0)).toBe((n * (n - 1)) / 2);
      // The served model's float32 member values against the pipeline's float64: a pair on the edge may flip.
      const report = target.trained!.difference_coverage90;
      d.bins.forEach((b, i) => {
        expect(b.pairs).toBe(report[i].pairs);
        expect(b.coverage90!).toBeCloseTo(report[i].coverage90!, 2);
      });
      expect(d.noiseBand).toBeGreaterThan(0);
    }
  }, 120_000);
});
