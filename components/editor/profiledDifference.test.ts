import { describe, expect, it } from 'vitest';
import { profiledDifference, profiledRunNoise } from './profiledDifference';

describe('profiledDifference', () => {
  it('is the relative change with a 90% interval of ±1.645·√2·s in log space', () => {
    // 10 ms → 12 ms with s = 0.01: Δz = ln 1.2 = 0.18232, half-width 1.6449 × 0.014142 = 0.023262.
    const d = profiledDifference(10, 12, 0.01, 0);
    expect(d.delta).toBeCloseTo(0.2, 12);
    expect(d.lo).toBeCloseTo(Math.exp(0.18232156 - 0.02326174) - 1, 6);
    expect(d.hi).toBeCloseTo(Math.exp(0.18232156 + 0.02326174) - 1, 6);
    expect(d.noise).toBe(0);
    expect(d.verdict).toBe('clear');
  });

  it('calls a change uncertain when its interval holds 0, below noise when runs differ by more', () => {
    expect(profiledDifference(10, 10.2, 0.05, 0).verdict).toBe('uncertain');
    // Runs of one network spread by 5% (σ in log space): two runs differ by 1.645·√2·0.05 = 11.6% at 90%.
    const d = profiledDifference(10, 11, 0.001, 0.05 ** 2);
    expect(d.verdict).toBe('below-noise');
    expect(d.noise).toBeCloseTo(Math.expm1(1.6448536 * Math.SQRT2 * 0.05), 6);
  });

  it('refuses non-positive predictions', () => {
    expect(() => profiledDifference(0, 1, 0.1, 0)).toThrow(/must be positive/);
  });
});

describe('profiledRunNoise', () => {
  it("is the squared median of the networks' IQR/median over 1.349", () => {
    const nets = [
      { ms: 10, iqrMs: 0.2698 },
      { ms: 20, iqrMs: 0.2698 },
      { ms: 5, iqrMs: 5 },
    ];
    // Ratios 0.02698, 0.01349, 1: the median 0.02698 / 1.349 = 0.02.
    expect(profiledRunNoise(nets)).toBeCloseTo(0.02 ** 2, 12);
    expect(profiledRunNoise([])).toBe(0);
  });
});
