import { describe, expect, it } from 'vitest';
import { createPrng } from '../../core/random/prng';
import { sampleArchitecture } from '../../core/space/sampleArchitecture';
import { blockCombo, fitLayerCostModel, predictLayerCost } from './fitLayerCostModel';

describe('fitLayerCostModel', () => {
  it('recovers a latency that is exactly a sum of per-layer costs', () => {
    const rng = createPrng(3);
    // Made-up costs: first layer of stage s with combo c costs 1 + s + c/10, later layers half that.
    const truth = (arch: ReturnType<typeof sampleArchitecture>) =>
      0.7 + arch.reduce((sum, b, s) => sum + (1 + s + blockCombo(b) / 10) * (1 + (b.l - 1) / 2), 0);
    const archs = Array.from({ length: 2000 }, () => sampleArchitecture(rng));
    const model = fitLayerCostModel(archs, Float64Array.from(archs, truth), 1e-9);
    for (let i = 0; i < 200; i++) {
      const arch = sampleArchitecture(rng);
      expect(predictLayerCost(model, arch)).toBeCloseTo(truth(arch), 6);
    }
  });
});
