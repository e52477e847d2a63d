import { describe, expect, it } from 'vitest';
import { createPrng } from '../random/prng';
import { fitFewShotDeviceModel } from './fewShotDeviceModel';
import { leaveOneDeviceOut, sampleIndices } from './leaveOneDeviceOut';

/** n rows of 4 features uniform in [0, 3), a fixed seed. */
function rows(n: number, seed: number): number[][] {
  const rng = createPrng(seed);
  return Array.from({ length: n }, () => Array.from({ length: 4 }, () => 3 * rng.next()));
}

describe('fitFewShotDeviceModel', () => {
  it('recovers an exact linear law in all features from 12 samples', () => {
    const x = rows(12, 1);
    const law = (r: number[]) => 2 + 0.5 * r[0] - r[1] + 0.25 * r[2] + 0.1 * r[3];
    const m = fitFewShotDeviceModel(x, x.map(law));
    expect(m.features).toEqual([0, 1, 2, 3]);
    // The smallest penalty of the grid shrinks a little: within 1% of the law's spread on new points.
    for (const r of rows(20, 2)) expect(Math.abs(m.predictLog(r) - law(r))).toBeLessThan(0.03);
  });

  it('explains a metric that follows one known device by that device alone', () => {
    const rng = createPrng(7);
    const x = rows(10, 3);
    // Follows feature 2 with small noise; the other features are unrelated.
    const y = x.map((r) => 1 + 0.9 * r[2] + 0.02 * (rng.next() - 0.5));
    const m = fitFewShotDeviceModel(x, y);
    expect(m.features).toEqual([2]);
    expect(m.looRmse).toBeLessThan(0.02);
  });

  it('says what is wrong with its input', () => {
    expect(() => fitFewShotDeviceModel([[1], [2]], [1, 2])).toThrow('at least 3 measured architectures, got 2');
    expect(() => fitFewShotDeviceModel([[1], [2], [3]], [1, 2])).toThrow('3 feature rows but 2 values');
    expect(() => fitFewShotDeviceModel([[1], [2], [NaN]], [1, 2, 3])).toThrow('feature 0 of row 2 is not finite');
  });
});

describe('leaveOneDeviceOut', () => {
  it('ranks a device that is a power law of a known one perfectly and scores noise near τ = 0', () => {
    const x = rows(300, 4);
    const follows = x.map((r) => Math.exp(0.7 * r[1] + 0.3)); // log-linear in feature 1
    const [k20] = leaveOneDeviceOut({ reference: x, measured: follows }, [20], 5);
    expect(k20.tauMedian).toBeGreaterThan(0.99);
    expect(k20.mapeMedian).toBeLessThan(1);
    const rng = createPrng(9);
    const noise = x.map(() => Math.exp(rng.next()));
    const [n20] = leaveOneDeviceOut({ reference: x, measured: noise }, [20], 5);
    expect(Math.abs(n20.tauMedian)).toBeLessThan(0.15);
  });

  it('rejects a k it cannot use and non-positive measurements', () => {
    const x = rows(10, 5);
    expect(() => leaveOneDeviceOut({ reference: x, measured: x.map(() => 1) }, [10], 1)).toThrow('k = 10 must be an integer from 3 to 9');
    expect(() => leaveOneDeviceOut({ reference: x, measured: x.map((_, i) => (i === 4 ? 0 : 1)) }, [5], 1)).toThrow(
      'measurement 4 is 0, must be a positive number',
    );
  });

  it('samples k distinct indices, the same for the same seed', () => {
    const a = sampleIndices(100, 20, 3);
    expect(new Set(a).size).toBe(20);
    expect(a.every((i) => i >= 0 && i < 100)).toBe(true);
    expect(sampleIndices(100, 20, 3)).toEqual(a);
    expect(sampleIndices(100, 20, 4)).not.toEqual(a);
  });
});
