// Rank flips between two devices, checked against a plain scan of the dataset files.
import { describe, expect, it } from 'vitest';
import { kendallTauB } from '@/core/metrics/rankCorrelation';
import { importedTestApi } from '@/server/trpc/importedTestApi';

const t = importedTestApi({ dataset: true });

describe('compare.rankFlip', () => {
  it('ranks the N most accurate architectures on both devices and measures their τ', async () => {
    const r = await t.api.compare.rankFlip({ a: 'throughput_a100', b: 'latency_zcu102', n: 40 });
    expect(r.n).toBe(40);
    const seen = new Set<string>();
    const firstPerCode = [...t.data.records].sort((x, y) => x.resultId - y.resultId).filter((x) => !seen.has(x.code) && seen.add(x.code));
    const top = firstPerCode
      .filter((x) => x.perf.throughput_a100.mean !== null && x.perf.latency_zcu102.mean !== null)
      .sort((x, y) => y.valTop1 - x.valTop1 || x.resultId - y.resultId)
      .slice(0, 40);
    expect(new Set(r.items.map((i) => i.resultId))).toEqual(new Set(top.map((x) => x.resultId)));
    expect(r.items.map((i) => i.rankA).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // Best on A first: the highest A100 throughput has rank 1.
    expect(r.items[0].valueA).toBe(Math.max(...top.map((x) => x.perf.throughput_a100.mean!)));
    const lowestLatency = r.items.find((i) => i.rankB === 1)!;
    expect(lowestLatency.valueB).toBe(Math.min(...top.map((x) => x.perf.latency_zcu102.mean!)));
    const tau = kendallTauB(
      top.map((x) => x.perf.throughput_a100.mean!),
      top.map((x) => -x.perf.latency_zcu102.mean!),
    );
    expect(r.kendallTau).toBeCloseTo(tau, 12);
  });

  it('gives τ = 1 for a device against itself and rejects N out of bounds', async () => {
    expect((await t.api.compare.rankFlip({ a: 'throughput_tpuv3', b: 'throughput_tpuv3', n: 20 })).kendallTau).toBeCloseTo(1, 12);
    await expect(t.api.compare.rankFlip({ a: 'throughput_a100', b: 'throughput_3090', n: 501 })).rejects.toThrow(/n/);
  });
});
