import { describe, expect, it } from 'vitest';
import { noiseCeilingTau, relativeNoiseFromPairs } from './noiseCeiling';

describe('noise ceiling', () => {
  it('estimates per-measurement noise from repeated pairs', () => {
    // log(a/b) = ±0.02 √2 → per-measurement sd 0.02.
    const r = Math.exp(0.02 * Math.SQRT2);
    expect(
      relativeNoiseFromPairs([
        [r, 1],
        [1, r],
        [2 * r, 2],
        [3, 3 * r],
      ]),
    ).toBeCloseTo(0.02, 12);
    expect(() => relativeNoiseFromPairs([[1, 1]])).toThrow(/at least 2 pairs/);
  });

  it('is 1 without noise and falls as the noise grows against the spread of the values', () => {
    const values = Array.from({ length: 400 }, (_, i) => 100 * Math.exp(i / 400));
    expect(noiseCeilingTau(values, 0)).toBe(1);
    const small = noiseCeilingTau(values, 0.01);
    const large = noiseCeilingTau(values, 0.1);
    expect(small).toBeLessThan(1);
    expect(large).toBeLessThan(small);
    expect(large).toBeGreaterThan(0);
  });
});
