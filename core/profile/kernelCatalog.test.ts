import { describe, expect, it } from 'vitest';
import { mbconvLayers } from '../network/networkLayers';
import { createPrng } from '../random/prng';
import { sampleArchitecture } from '../space/sampleArchitecture';
import { fitLine } from './fitLine';
import { fitKernelDeviceModel, gmacs, MIN_NETWORKS_FOR_MACS_TERM } from './kernelDeviceModel';
import { allKernels, architectureKernels, kernelKey, kernelSum } from './kernelCatalog';
import { predictionQuality } from './predictionQuality';
import { profilePlan } from './profilePlan';

describe('kernel catalogue', () => {
  it('has the 168 distinct MBConv layers of the space, and every layer of any network is one of them', () => {
    const kernels = allKernels();
    expect(kernels.length).toBe(7 * 2 * 3 * 2 * 2);
    expect(new Set(kernels.map((k) => k.key)).size).toBe(168);
    const byKey = new Map(kernels.map((k) => [k.key, k.layer]));
    const rng = createPrng(2);
    for (let i = 0; i < 200; i++) {
      for (const l of mbconvLayers(sampleArchitecture(rng))) {
        // The same kernel means the same layer: widths, stride, input size, residual.
        const { layer: _, ...shape } = l;
        const { layer: __, ...catalogued } = byKey.get(kernelKey(l))!;
        expect(catalogued).toEqual(shape);
      }
    }
  });

  it('sums an architecture’s kernel times once per layer', () => {
    const arch = sampleArchitecture(createPrng(3));
    const times = new Map(allKernels().map((k, i) => [k.key, i + 1]));
    let expected = 0;
    for (const l of mbconvLayers(arch)) expected += times.get(kernelKey(l))!;
    expect(kernelSum(arch, times)).toBe(expected);
    expect([...architectureKernels(arch).values()].reduce((a, b) => a + b, 0)).toBe(arch.reduce((s, b) => s + b.l, 0));
    expect(() => kernelSum(arch, new Map())).toThrow(/kernel s0\.first\.e\dk\d(se)? was not timed/);
  });
});

describe('kernel device model', () => {
  it('recovers network = 2 ms + 1.5 × Σ kernels exactly and predicts unseen networks with it', () => {
    const times = new Map(allKernels().map((k) => [k.key, 0.1 + (k.layer.expanded * k.layer.kernel) / 5000]));
    const plan = profilePlan(5, 20, 7);
    const truth = (a: (typeof plan.heldOut)[number]) => 2 + 1.5 * kernelSum(a, times);
    const model = fitKernelDeviceModel(
      times,
      plan.calibration.map((arch) => ({ arch, measuredMs: truth(arch) })),
    );
    expect(model.intercept).toBeCloseTo(2, 9);
    expect(model.slope).toBeCloseTo(1.5, 9);
    const q = predictionQuality(plan.heldOut.map(model.predictMs), plan.heldOut.map(truth));
    expect(q.tau).toBeCloseTo(1, 9);
    expect(q.within10).toBe(1);
  });

  it('recovers the fixed cost each kernel paid alone (per-layer term) from 6 or more networks', () => {
    const times = new Map(allKernels().map((k) => [k.key, 0.1 + (k.layer.expanded * k.layer.kernel) / 5000]));
    const plan = profilePlan(10, 20, 3);
    const truth = (a: (typeof plan.heldOut)[number]) => 2 + 1.5 * kernelSum(a, times) - 0.04 * mbconvLayers(a).length;
    const model = fitKernelDeviceModel(
      times,
      plan.calibration.map((arch) => ({ arch, measuredMs: truth(arch) })),
    );
    expect(model.intercept).toBeCloseTo(2, 6);
    expect(model.slope).toBeCloseTo(1.5, 6);
    expect(model.perLayer).toBeCloseTo(-0.04, 6);
    for (const a of plan.heldOut) expect(model.predictMs(a)).toBeCloseTo(truth(a), 6);
  });

  it('recovers a MACs term from 8 or more networks, and leaves it out below', () => {
    const times = new Map(allKernels().map((k) => [k.key, 0.1 + (k.layer.expanded * k.layer.kernel) / 5000]));
    const plan = profilePlan(MIN_NETWORKS_FOR_MACS_TERM, 20, 5);
    const truth = (a: (typeof plan.heldOut)[number]) => 2 + 1.5 * kernelSum(a, times) - 0.04 * mbconvLayers(a).length + 3 * gmacs(a);
    const model = fitKernelDeviceModel(
      times,
      plan.calibration.map((arch) => ({ arch, measuredMs: truth(arch) })),
    );
    expect(model.slope).toBeCloseTo(1.5, 6);
    expect(model.perLayer).toBeCloseTo(-0.04, 6);
    expect(model.perGmac).toBeCloseTo(3, 6);
    for (const a of plan.heldOut) expect(model.predictMs(a)).toBeCloseTo(truth(a), 6);
    const fewer = fitKernelDeviceModel(
      times,
      plan.calibration.slice(1).map((arch) => ({ arch, measuredMs: truth(arch) })),
    );
    expect(fewer.perGmac).toBe(0);
  });

  it('never fits a falling line: a few noisy networks give the proportional model instead', () => {
    const times = new Map(allKernels().map((k) => [k.key, 0.1 + (k.layer.expanded * k.layer.kernel) / 5000]));
    const plan = profilePlan(3, 0, 5);
    const sums = plan.calibration.map((a) => kernelSum(a, times));
    // Measured times in the opposite order of the kernel sums.
    const order = [...sums].sort((x, y) => y - x);
    const model = fitKernelDeviceModel(
      times,
      plan.calibration.map((arch, i) => ({ arch, measuredMs: 10 + order.indexOf(sums[i]) })),
    );
    expect(model.slope).toBeGreaterThan(0);
    expect(model.intercept).toBe(0);
  });

  it('fits a line and says when it cannot', () => {
    expect(fitLine([0, 1, 2], [1, 3, 5])).toEqual({ a: 1, b: 2 });
    expect(() => fitLine([1], [1])).toThrow('at least 2 points');
    expect(() => fitLine([2, 2], [1, 3])).toThrow('all x are equal');
  });

  it('scores predictions: within ±10% and MAPE', () => {
    const q = predictionQuality([100, 110, 80, 300], [100, 100, 100, 200]);
    expect(q.within10).toBe(0.5); // 0% and 10% are within; 20% and 50% are not
    expect(q.mape).toBeCloseTo((0 + 10 + 20 + 50) / 4, 9);
    // τ-b: 3 concordant pairs, 3 tied in the measurements: 3 / √(6 · 3).
    expect(q.tau).toBeCloseTo(3 / Math.sqrt(18), 12);
  });
});

describe('profilePlan', () => {
  it('draws distinct networks, the same for the same seed', () => {
    const a = profilePlan(20, 50, 1);
    const codes = [...a.calibration, ...a.heldOut].map((x) => JSON.stringify(x));
    expect(new Set(codes).size).toBe(70);
    expect(profilePlan(20, 50, 1)).toEqual(a);
    expect(() => profilePlan(2, 5)).toThrow('calibration networks must be an integer ≥ 3, got 2');
  });
});
