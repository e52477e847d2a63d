import { describe, expect, it } from 'vitest';
import { createPrng } from '../../core/random/prng';
import { predictTree } from '../runtime/regressionTree';
import { binFeatures, binOf } from './binFeatures';
import { fitGradientBoosting, type BoostingParams } from './fitGradientBoosting';

const PARAMS: BoostingParams = {
  rounds: 200,
  learningRate: 0.3,
  leaves: 4,
  maxDepth: 4,
  minLeafRows: 1,
  lambda: 0,
  rowSubsample: 1,
  featureSubsample: 1,
  huberDelta: 0,
};

function data(n: number, seed: number) {
  const rng = createPrng(seed);
  const x = new Float32Array(n * 2);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[2 * i] = Math.fround(rng.next() * 10);
    x[2 * i + 1] = rng.int(3);
    // A step in feature 0 at 5 plus an effect of the 3-level feature 1.
    y[i] = (x[2 * i] > 5 ? 2 : -1) + [0, 0.5, 3][x[2 * i + 1]];
  }
  return { x, y };
}

const predict = (base: number, trees: ReturnType<typeof fitGradientBoosting>['trees'], x: Float32Array, row: number) =>
  trees.reduce((s, t) => s + predictTree(t, x, row * 2), base);

describe('binFeatures', () => {
  it('cuts between observed values, in float32', () => {
    const b = binFeatures(Float32Array.of(1, 0, 2, 0, 2, 1, 3, 1), 4, 2);
    expect(Array.from(b.cuts[0])).toEqual([1.5, 2.5]);
    expect(Array.from(b.cuts[1])).toEqual([0.5]);
    expect(binOf(b.cuts[0], 2)).toBe(1);
    expect(Array.from(b.bins)).toEqual([0, 0, 1, 0, 1, 1, 2, 1]);
    expect(Array.from(b.offsets)).toEqual([0, 3, 5]);
  });
});

describe('fitGradientBoosting', () => {
  it('learns a step plus a categorical effect to within 1e-3', () => {
    const { x, y } = data(400, 1);
    const model = fitGradientBoosting(binFeatures(x, 400, 2), y, PARAMS, createPrng(1));
    const test = data(200, 2);
    for (let i = 0; i < 200; i++) {
      // Points near the step may fall between the nearest training values; skip them.
      if (Math.abs(test.x[2 * i] - 5) < 0.1) continue;
      expect(predict(model.base, model.trees, test.x, i)).toBeCloseTo(test.y[i], 3);
    }
  });

  it('gives the same trees for the same seed and different ones for another', () => {
    const { x, y } = data(300, 3);
    const binned = binFeatures(x, 300, 2);
    const params = { ...PARAMS, rounds: 20, rowSubsample: 0.5 };
    const a = fitGradientBoosting(binned, y, params, createPrng(7));
    const b = fitGradientBoosting(binned, y, params, createPrng(7));
    const c = fitGradientBoosting(binned, y, params, createPrng(8));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('starts from `init` when given, and Huber loss ignores a wild outlier', () => {
    const { x, y } = data(300, 4);
    y[0] += 1000;
    const init = new Float64Array(300).fill(1);
    const model = fitGradientBoosting(binFeatures(x, 300, 2), y, { ...PARAMS, rounds: 400, huberDelta: 0.5 }, createPrng(1), { init });
    expect(model.base).toBe(0);
    let worst = 0;
    for (let i = 1; i < 300; i++) worst = Math.max(worst, Math.abs(1 + predict(0, model.trees, x, i) - y[i]));
    expect(worst).toBeLessThan(0.05);
  });

  it('leaves out rows of weight 0', () => {
    const rng = createPrng(9);
    const n = 60;
    const x = Float32Array.from({ length: n * 2 }, (_, i) => (i < 40 ? rng.int(4) : 0));
    for (let i = 40; i < n; i++) x.set(x.subarray((i - 40) * 2, (i - 40) * 2 + 2), i * 2); // repeats of rows 0..19
    const y = Float64Array.from({ length: n }, (_, i) => (i < 40 ? x[2 * i] * 2 - x[2 * i + 1] : 1e6));
    const weights = Float64Array.from({ length: n }, (_, i) => (i < 40 ? 1 : 0));
    const params = { ...PARAMS, rounds: 30 };
    const weighted = fitGradientBoosting(binFeatures(x, n, 2), y, params, createPrng(1), { weights });
    const plain = fitGradientBoosting(binFeatures(x.subarray(0, 80), 40, 2), y.subarray(0, 40), params, createPrng(1));
    for (let i = 0; i < 40; i++)
      expect(predict(weighted.base, weighted.trees, x, i)).toBeCloseTo(predict(plain.base, plain.trees, x, i), 9);
  });
});
