// Predictions through tRPC and REST with the built model (scripts/prepare.ts trains it when missing),
// against the real dataset in an in-memory PGlite.
import { describe, expect, it } from 'vitest';
import { importedTestApi } from '@/server/trpc/importedTestApi';
import { createNodePredictor } from '@/surrogates/runtime/createNodePredictor';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import { TARGET_NAMES } from '@/core/targets';
import { modelDir } from './surrogatePredictor';

const B0 = '1311-6321-6521-6331-6531-6541-6311';
const t = importedTestApi();

describe('predict.predict', () => {
  it('returns all 11 targets with a positive std, and the versions', async () => {
    const r = await t.api.predict.predict({ codes: [B0] });
    expect(Object.keys(r.predictions!).sort()).toEqual([...TARGET_NAMES].sort());
    for (const p of Object.values(r.predictions!)) {
      expect(Number.isFinite(p.mean)).toBe(true);
      expect(p.std).toBeGreaterThan(0);
    }
    expect(r.predictions!.val_top1.unit).toBe('%');
    expect(r.surrogateVersion).toMatch(/^[0-9a-f]{64}$/);
    expect(r.datasetVersion).toMatch(/^[0-9a-f]{64}$/);
  });

  it('equals the ONNX model run directly, for many codes at once', async () => {
    const codes = (await t.api.architectures.list({ limit: 20 })).items.map((i) => i.code);
    const r = await t.api.predict.predict({ codes });
    const direct = await createNodePredictor(modelDir());
    const { mean } = await direct.predict(codes.map((c) => (parseArchitectureCode(c) as { ok: true; value: never }).value));
    codes.forEach((c, i) => {
      direct.targets.forEach((t, j) => expect(r.results[i].predictions[t].mean).toBe(mean[i * direct.targets.length + j]));
    });
    expect(r.predictions).toBeUndefined();
  });

  it('places a measured architecture in distribution, with itself as nearest neighbour', async () => {
    const code = (await t.api.architectures.list({ split: 'train', limit: 1 })).items[0].code;
    const r = await t.api.predict.predict({ codes: [code] });
    expect(r.outOfDistribution!.nearestTrainDistance).toBe(0);
    expect(r.outOfDistribution!.level).toBe('in');
    expect(r.outOfDistribution!.nearestMeasured[0]).toMatchObject({ code, distance: 0 });
  });

  it('flags the smallest and the all-largest network with wide intervals, and not EfficientNet-B0', async () => {
    const smallest = '1310-1310-1310-1310-1310-1310-1310';
    const largest = '6531-6531-6531-6531-6531-6541-6531';
    const r = await t.api.predict.predict({ codes: [smallest, largest, B0] });
    const [small, large, b0] = r.results;
    expect(b0.outOfDistribution.level).toBe('in');
    expect(b0.outOfDistribution.reasons).toEqual([]);
    for (const extreme of [small, large]) {
      expect(extreme.outOfDistribution.level).not.toBe('in');
      expect(extreme.outOfDistribution.edge).toBeGreaterThan(0);
      expect(extreme.outOfDistribution.reasons.length).toBeGreaterThan(0);
      // Wider than B0's interval on every target, relative to the mean.
      for (const name of TARGET_NAMES)
        expect(extreme.predictions[name].std / extreme.predictions[name].mean).toBeGreaterThan(
          b0.predictions[name].std / b0.predictions[name].mean,
        );
    }
    // The smallest network lies below the data in total MACs, and its throughput is predicted beyond every training value.
    expect(small.outOfDistribution.reasons).toContainEqual(expect.objectContaining({ kind: 'descriptor', feature: 'macs' }));
    expect(small.outOfDistribution.reasons).toContainEqual(expect.objectContaining({ kind: 'prediction', target: 'throughput_a100' }));
  });

  it('names the bad code and gene', async () => {
    await expect(t.api.predict.predict({ codes: [B0, '1311-9311-6521-6331-6531-6541-6311'] })).rejects.toThrow(
      /arch #2 .*Block 1 expansion is 9/,
    );
  });
});
