// Two device metrics against each other: the points are the raw records measured on both, and the
// pair's coefficients are the rank-correlation matrix's cell.
import { describe, expect, it } from 'vitest';
import { importedTestApi } from '@/server/trpc/importedTestApi';

const t = importedTestApi({ dataset: true });

describe('compare.devicePair', () => {
  it('returns every record measured on both devices, with the values from the files', async () => {
    const r = await t.api.compare.devicePair({ a: 'throughput_tpuv3', b: 'latency_vck190' });
    const both = [...t.data.records]
      .sort((x, y) => x.resultId - y.resultId)
      .filter((x) => x.perf.throughput_tpuv3.mean !== null && x.perf.latency_vck190.mean !== null);
    expect(r.n).toBe(both.length);
    // TPUv3 misses 44 values and VCK190 2, none of them on the same record.
    expect(r.n).toBe(5138 - 44 - 2);
    expect(r.codes).toEqual(both.map((x) => x.code));
    expect(r.valuesA).toEqual(both.map((x) => x.perf.throughput_tpuv3.mean));
    expect(r.valuesB).toEqual(both.map((x) => x.perf.latency_vck190.mean));
  });

  it("states the rank-correlation matrix's numbers for the pair", async () => {
    const m = await t.api.devices.rankCorrelation();
    for (const [a, b] of [
      ['throughput_a100', 'throughput_zcu102'],
      ['latency_zcu102', 'throughput_3090'],
    ] as const) {
      const r = await t.api.compare.devicePair({ a, b });
      const i = m.metrics.indexOf(a);
      const j = m.metrics.indexOf(b);
      expect(r.spearman).toBe(m.spearman[i][j]);
      expect(r.kendall).toBe(m.kendall[i][j]);
      expect(r.n).toBe(m.n[i][j]);
    }
  });
});
