// The best architecture per device above a top-1 threshold, checked against a plain scan of the dataset files.
import { describe, expect, it } from 'vitest';
import { importedTestApi } from '@/server/trpc/importedTestApi';

const t = importedTestApi({ dataset: true });

describe('compare.bestPerDevice', () => {
  it('picks the fastest architecture at or above the threshold on every device metric', async () => {
    const r = await t.api.compare.bestPerDevice({ minTop1: 65 });
    expect(r.eligible).toBe(t.data.records.filter((x) => x.valTop1 >= 65).length);
    expect(r.rows.length).toBe(8);
    for (const row of r.rows) {
      const values = t.data.records.filter((x) => x.valTop1 >= 65 && x.perf[row.metric].mean !== null).map((x) => x.perf[row.metric].mean!);
      expect(row.candidates).toBe(values.length);
      expect(row.best!.value).toBe(row.direction === 'max' ? Math.max(...values) : Math.min(...values));
      expect(row.best!.valTop1).toBeGreaterThanOrEqual(65);
      expect(row.runnerUp!.code).not.toBe(row.best!.code);
      expect(row.marginPct!).toBeGreaterThanOrEqual(0);
      // Measurement noise from the networks measured twice, recomputed from the files: 90% band of the
      // log difference of two measurements.
      const twice = new Map<string, number[]>();
      for (const x of t.data.records) {
        const v = x.perf[row.metric].mean;
        if (v !== null && v > 0) twice.set(x.code, [...(twice.get(x.code) ?? []), Math.log(v)]);
      }
      const pairs = [...twice.values()].filter((v) => v.length === 2);
      expect(pairs.length).toBeGreaterThanOrEqual(11);
      const n = pairs.reduce((s, [a, b]) => s + (a - b) ** 2 / 2, 0) / pairs.length;
      expect(row.marginNoisePct!).toBeCloseTo(100 * Math.expm1(1.6448536269514722 * Math.sqrt(2 * n)), 9);
      expect(row.marginWithinNoise).toBe(row.marginPct! < row.marginNoisePct!);
    }
    // Every metric has repeated networks, so every margin gets a verdict.
    expect(r.rows.every((row) => typeof row.marginWithinNoise === 'boolean')).toBe(true);
  });

  it('returns no best architecture above the highest top-1', async () => {
    const r = await t.api.compare.bestPerDevice({ minTop1: 99 });
    expect(r.eligible).toBe(0);
    expect(r.rows.every((row) => row.best === null && row.candidates === 0)).toBe(true);
  });
});
