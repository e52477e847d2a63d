import { describe, expect, it } from 'vitest';
import { createPrng } from '../random/prng';
import { GENE_COUNT, packGeneIndex } from '../space/geneIndex';
import { sampleArchitecture } from '../space/sampleArchitecture';
import { EFFICIENTNET_B0 } from '../space/searchSpace';
import { fitDeviceProfile, predictProfiled } from './fitDeviceProfile';
import { kernelSum } from './kernelCatalog';
import { predictProfiledRows } from './predictProfiledRows';
import { syntheticProfile } from './syntheticProfile';

const rng = createPrng(11);
const archs = [EFFICIENTNET_B0, ...Array.from({ length: 30 }, () => sampleArchitecture(rng))];
const genes = packGeneIndex(archs);

describe('predictProfiledRows', () => {
  it('gives a noiseless synthetic device its own times: 2 ms + 1.5 × Σ kernels', () => {
    const profile = syntheticProfile({ noise: 0 });
    const [fit] = fitDeviceProfile(profile).fits;
    const kernels = new Map(Object.entries(profile.measurements[0].kernels));
    const out = { mean: new Float64Array(archs.length), std: new Float64Array(archs.length) };
    predictProfiledRows(fit, genes, 0, archs.length, out);
    archs.forEach((a, i) => expect(out.mean[i]).toBeCloseTo(2 + 1.5 * kernelSum(a, kernels), 9));
    // Noiseless: the residual spread, hence every std, is zero.
    expect(Math.max(...out.std)).toBeLessThan(1e-9);
  });

  it('equals predictProfiled row by row, in throughput units too, filled in slices', () => {
    const [fit] = fitDeviceProfile(syntheticProfile({ metric: 'throughput', batch: 8 })).fits;
    const out = { mean: new Float32Array(archs.length), std: new Float32Array(archs.length) };
    for (let s = 0; s < archs.length; s += 7) predictProfiledRows(fit, genes, s, Math.min(archs.length, s + 7), out);
    archs.forEach((a, i) => {
      const p = predictProfiled(fit, a);
      expect(out.mean[i]).toBe(Math.fround(p.mean));
      expect(out.std[i]).toBe(Math.fround(p.std));
      expect(p.std).toBeGreaterThan(0);
    });
    // Images per second at batch 8: 8000 / ms, so a few hundred to a few thousand here.
    expect(out.mean[0]).toBeGreaterThan(100);
  });

  it('leaves rows outside the range alone and marks an invalid row NaN', () => {
    const [fit] = fitDeviceProfile(syntheticProfile()).fits;
    const bad = genes.slice(0, 2 * GENE_COUNT);
    bad[GENE_COUNT + 1] = 9; // kernel index 9 does not exist
    const out = { mean: new Float64Array(3).fill(-1), std: new Float64Array(3).fill(-1) };
    predictProfiledRows(fit, bad, 0, 2, out);
    expect(out.mean[0]).toBeGreaterThan(0);
    expect(out.mean[1]).toBeNaN();
    expect(out.mean[2]).toBe(-1);
  });

  it('refuses a range beyond the packed rows or the columns', () => {
    const [fit] = fitDeviceProfile(syntheticProfile()).fits;
    const out = { mean: new Float64Array(5), std: new Float64Array(5) };
    expect(() => predictProfiledRows(fit, genes, 0, 6, out)).toThrow(/rows \[0, 6\)/);
    expect(() => predictProfiledRows(fit, genes, 0, archs.length + 1, { mean: new Float64Array(99), std: new Float64Array(99) })).toThrow(
      /packed rows/,
    );
  });
});
