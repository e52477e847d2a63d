import { macsParams } from '../metrics/macsParams';
import { describe, expect, it } from 'vitest';
import { createPrng } from '../random/prng';
import { formatArchitectureCode } from '../space/architectureCode';
import { sampleArchitecture } from '../space/sampleArchitecture';
import type { DeviceProfile } from './deviceProfile';
import { fitDeviceProfile, predictProfiled, rankSimilarity } from './fitDeviceProfile';
import { allKernels, kernelSum } from './kernelCatalog';

// A synthetic device whose networks take exactly 2 ms + 1.5 × Σ kernels, times a known noise factor.
const kernels = Object.fromEntries(allKernels().map((k, i) => [k.key, 0.05 + ((i * 37) % 101) / 500]));
const kernelMap = new Map(Object.entries(kernels));
const rng = createPrng(7);
const archs = Array.from({ length: 40 }, () => sampleArchitecture(rng));
const trueMs = (i: number) => (2 + 1.5 * kernelSum(archs[i], kernelMap)) * (i % 2 ? 1.03 : 0.97);
const nets = (from: number, to: number) =>
  archs.slice(from, to).map((a, j) => ({ code: formatArchitectureCode(a), ms: trueMs(from + j), iqrMs: 0.1 }));

const profile = (metric: 'latency' | 'throughput', batch: number): DeviceProfile => ({
  name: 'test',
  createdAt: '2026-12-05T20:00:00.000Z',
  runtime: { engine: 'onnxruntime-node', backend: 'cpu', threads: 2, agent: 'Node.js', cpu: 'x', cores: 2 },
  protocol: { warmup: 1, repeats: 5, seed: 1 },
  seconds: 10,
  measurements: [{ metric, batch, kernels, calibrationNetworks: nets(0, 20), heldOutNetworks: nets(20, 40) }],
});

describe('fitDeviceProfile', () => {
  it('validates on the held-out networks only, within the noise', () => {
    const [fit] = fitDeviceProfile(profile('latency', 1)).fits;
    expect(fit.heldOut).toHaveLength(20);
    expect(fit.validation?.count).toBe(20);
    // ±3% noise: every held-out prediction within 10%, the residual spread about 3%.
    expect(fit.validation?.within10).toBe(1);
    expect(fit.logResidualStd).toBeGreaterThan(0.02);
    expect(fit.logResidualStd).toBeLessThan(0.04);
  });

  it('predicts any architecture from the kernel sum, layer count and MACs, the same as kernelSum and macsParams', () => {
    const [fit] = fitDeviceProfile(profile('latency', 1)).fits;
    expect(fit.perGmac).not.toBe(0);
    for (const a of archs.slice(0, 10)) {
      const layers = a.reduce((s, b) => s + b.l, 0);
      const expected =
        fit.intercept + fit.slope * kernelSum(a, kernelMap) + fit.perLayer * layers + (fit.perGmac * macsParams(a).macs) / 1000;
      expect(predictProfiled(fit, a).mean).toBeCloseTo(expected, 9);
    }
  });

  it('turns throughput runs into images per second at the batch size', () => {
    const [fit] = fitDeviceProfile(profile('throughput', 8)).fits;
    const h = fit.heldOut[0];
    expect(h.measured).toBeCloseTo((8 * 1000) / trueMs(20), 9);
    const p = predictProfiled(fit, archs[20]);
    expect(p.mean).toBeCloseTo(h.predicted, 9);
    expect(p.std).toBeCloseTo(p.mean * fit.logResidualStd, 9);
  });
});

describe('rankSimilarity', () => {
  it('compares a reference of the opposite direction negated, best first', () => {
    const measured = [1, 2, 3, 4];
    const r = rankSimilarity(measured, 'min', [
      { name: 'thr', direction: 'max', values: [40, 30, 20, 10] },
      { name: 'lat', direction: 'min', values: [4, 3, 2, 1] },
    ]);
    expect(r).toEqual([
      { name: 'thr', tau: 1 },
      { name: 'lat', tau: -1 },
    ]);
  });
});
