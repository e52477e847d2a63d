// Bench figures are medians with quartiles; the interpolated quantile is checked on samples worked
// by hand (numpy's default 'linear' method gives the same numbers).
import { describe, expect, it } from 'vitest';
import { quantile, summarize } from './summarize';

describe('quantile', () => {
  it('interpolates between the two nearest ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75); // position 0.75
    expect(quantile([10, 20, 30, 40, 50], 0.75)).toBe(40);
    expect(quantile([10, 20], 0.1)).toBe(11);
  });

  it('is the minimum at 0, the maximum at 1, and the value itself for one sample', () => {
    expect(quantile([3, 8, 9], 0)).toBe(3);
    expect(quantile([3, 8, 9], 1)).toBe(9);
    expect(quantile([7], 0.25)).toBe(7);
  });
});

describe('summarize', () => {
  it('sorts numerically before taking quantiles', () => {
    // [2, 9, 10, 100]: p25 at position 0.75 → 2 + 0.75 · 7; p75 at 2.25 → 10 + 0.25 · 90.
    expect(summarize([100, 9, 10, 2])).toEqual({ n: 4, median: 9.5, p25: 7.25, p75: 32.5, min: 2, max: 100 });
  });

  it('does not reorder the caller’s array', () => {
    const times = [5, 1, 3];
    summarize(times);
    expect(times).toEqual([5, 1, 3]);
  });
});
