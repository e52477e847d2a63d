// Bench figures are medians with quartiles (core/metrics/quantile, tested there), checked on samples worked by hand.
import { describe, expect, it } from 'vitest';
import { summarize } from './summarize';

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
