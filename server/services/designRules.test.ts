// Design rules: the model recovers effects planted in synthetic data, the matched-pair path takes
// over when pairs exist, and on the real dataset every number comes with its interval and n.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrng } from '@/core/random/prng';
import { sampleArchitecture } from '@/core/space/sampleArchitecture';
import type { Architecture } from '@/core/space/searchSpace';
import { importedTestDatabase } from '@/server/db/importedTestDatabase';
import type { OpenedDatabase } from '@/server/db/openDatabase';
import { createCaller } from '@/server/trpc/appRouter';
import { computeDesignRules, type DesignMetric, type DesignRow } from './designRules';

const METRICS: DesignMetric[] = [
  { name: 'val_top1', scale: 'points' },
  { name: 'throughput_a100', scale: 'log' },
];
const OPTIONS = { resamples: 60, seed: 7, level: 0.9, minPairs: 20 };

/** ln(throughput) = 5 − 0.2·(SE blocks) + 0.05·[block 3 kernel 5] + 0.1·(layers − 1) summed; top-1 = 60 + 0.3·(SE blocks). */
function planted(arch: Architecture, noise: () => number): DesignRow {
  let log = 5;
  let top1 = 60;
  arch.forEach((b, i) => {
    if (b.se) {
      log -= 0.2;
      top1 += 0.3;
    }
    if (i === 3 && b.k === 5) log += 0.05;
    log += 0.1 * (b.l - 1);
  });
  return { architecture: arch, values: [top1 + noise(), Math.exp(log + noise())] };
}

const effect = (r: ReturnType<typeof computeDesignRules>, rule: string, block: number | null, metric: string) =>
  r.effects.find((e) => e.rule === rule && e.block === block && e.metric === metric)!;

describe('computeDesignRules on synthetic data', () => {
  const rng = createPrng(3);
  const archs = Array.from({ length: 1500 }, () => sampleArchitecture(rng));

  it('recovers planted effects exactly when there is no noise', () => {
    const r = computeDesignRules(
      archs.map((a) => planted(a, () => 0)),
      METRICS,
      OPTIONS,
    );
    for (let b = 0; b < 7; b++) {
      expect(effect(r, 'se', b, 'throughput_a100').effect).toBeCloseTo(100 * Math.expm1(-0.2), 8);
      expect(effect(r, 'se', b, 'val_top1').effect).toBeCloseTo(0.3, 8);
      expect(effect(r, 'l', b, 'throughput_a100').effect).toBeCloseTo(100 * Math.expm1(0.1), 8);
      expect(effect(r, 'e', b, 'throughput_a100').effect).toBeCloseTo(0, 8);
      expect(effect(r, 'k', b, 'throughput_a100').effect).toBeCloseTo(b === 3 ? 100 * Math.expm1(0.05) : 0, 8);
    }
    expect(effect(r, 'se', null, 'throughput_a100').effect).toBeCloseTo(100 * Math.expm1(-1.4), 8);
    expect(effect(r, 'se', null, 'val_top1').effect).toBeCloseTo(2.1, 8);
    expect(r.metrics.map((m) => m.rSquared)).toEqual([expect.closeTo(1, 9), expect.closeTo(1, 9)]);
    expect(r.effects.every((e) => e.method === 'model')).toBe(true);
  });

  it('brackets the planted effect with the bootstrap interval under noise', () => {
    const noise = createPrng(11);
    const r = computeDesignRules(
      archs.map((a) => planted(a, () => (noise.next() - 0.5) * 0.2)),
      METRICS,
      OPTIONS,
    );
    const cells = r.effects.filter((e) => e.rule === 'se' && e.metric === 'throughput_a100' && e.block !== null);
    const truth = 100 * Math.expm1(-0.2);
    const covered = cells.filter((e) => e.lo <= truth && truth <= e.hi).length;
    expect(covered).toBeGreaterThanOrEqual(5);
    for (const e of r.effects) {
      expect(e.lo).toBeLessThanOrEqual(e.effect + 1e-9);
      expect(e.hi).toBeGreaterThanOrEqual(e.effect - 1e-9);
    }
    // Seeded: the same input gives the same intervals.
    const rows = archs.map((a) => planted(a, () => (noise.next() - 0.5) * 0.2));
    expect(computeDesignRules(rows, METRICS, OPTIONS).effects).toEqual(computeDesignRules(rows, METRICS, OPTIONS).effects);
  });

  it('measures a block from matched pairs once there are enough of them', () => {
    const pairRng = createPrng(5);
    const bases = Array.from({ length: 25 }, () => {
      const a = sampleArchitecture(pairRng);
      return a.map((b, i) => (i === 0 ? { ...b, se: false } : b));
    });
    const twins = bases.map((a) => a.map((b, i) => (i === 0 ? { ...b, se: true } : b)));
    const rows = [...archs, ...bases, ...twins].map((a) => planted(a, () => 0));
    const r = computeDesignRules(rows, METRICS, OPTIONS);
    const e = effect(r, 'se', 0, 'throughput_a100');
    expect(e.method).toBe('matched-pairs');
    expect(e.n).toBeGreaterThanOrEqual(25);
    expect(e.effect).toBeCloseTo(100 * Math.expm1(-0.2), 8);
    expect(effect(r, 'se', 1, 'throughput_a100').method).toBe('model');
    expect(r.pairsFound.find((p) => p.rule === 'se' && p.block === 0)!.pairs).toBeGreaterThanOrEqual(25);
  });
});

describe('compare.designRules on the dataset', () => {
  let opened: OpenedDatabase;
  let api: ReturnType<typeof createCaller>;
  beforeAll(async () => {
    opened = await importedTestDatabase();
    api = createCaller({ db: opened.db });
  });
  afterAll(() => opened?.close());

  it('finds no matched pairs in ANB and falls back to the model everywhere', async () => {
    const r = await api.compare.designRules();
    expect(r.records).toBe(5138);
    expect(r.columns).toBe(44);
    expect(r.pairsFound.every((p) => p.pairs === 0)).toBe(true);
    expect(r.effects.every((e) => e.method === 'model')).toBe(true);
    expect(r.effects.length).toBe(4 * 8 * 9);
    expect(Object.fromEntries(r.metrics.map((m) => [m.name, m.n]))).toMatchObject({
      val_top1: 5138,
      throughput_3090: 5135,
      throughput_tpuv3: 5094,
      latency_vck190: 5136,
    });
    for (const m of r.metrics) expect(m.rSquared).toBeGreaterThan(0.8);
  });

  it('reports squeeze-excite in all blocks as costing throughput on every device, with the interval excluding 0', async () => {
    const r = await api.compare.designRules();
    for (const e of r.effects.filter((x) => x.rule === 'se' && x.block === null && x.metric.startsWith('throughput'))) {
      expect(e.effect).toBeLessThan(0);
      expect(e.hi).toBeLessThan(0);
      expect(e.lo).toBeLessThanOrEqual(e.effect);
    }
  });
});
