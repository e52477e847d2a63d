import { describe, expect, it } from 'vitest';
import { median } from './median';
import { quantile } from './quantile';

describe('quantile (type 7)', () => {
  const s = [1, 2, 4, 8, 16];

  it('returns the ranked value where (n − 1)·q is whole', () => {
    expect(quantile(s, 0)).toBe(1);
    expect(quantile(s, 0.25)).toBe(2);
    expect(quantile(s, 0.5)).toBe(4);
    expect(quantile(s, 1)).toBe(16);
  });

  it('interpolates linearly between the two nearest ranks', () => {
    // (5 − 1)·0.1 = 0.4: 1 + 0.4·(2 − 1).
    expect(quantile(s, 0.1)).toBeCloseTo(1.4, 15);
    // 4·0.9 = 3.6: 8 + 0.6·(16 − 8).
    expect(quantile(s, 0.9)).toBeCloseTo(12.8, 15);
    // 4·0.99 = 3.96: 8 + 0.96·8 (a p99 of five values sits near the maximum).
    expect(quantile(s, 0.99)).toBeCloseTo(15.68, 12);
    // Even count: 3·0.5 = 1.5, halfway between 2 and 4.
    expect(quantile([1, 2, 4, 8], 0.5)).toBe(3);
  });

  it('is the single value for one value', () => {
    expect(quantile([7], 0)).toBe(7);
    expect(quantile([7], 0.99)).toBe(7);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([1, 2, 4, 8, 16])).toBe(4);
    expect(median([1, 2, 4, 8])).toBe(3);
    expect(median([5])).toBe(5);
  });

  it('computes (a + b) / 2, which the interpolated 0.5-quantile does not always equal to the last bit', () => {
    // 0.1 + 0.7 = 0.7999999999999999, halved 0.39999999999999997; 0.1 + (0.7 − 0.1)·0.5 = 0.4.
    expect(median([0.1, 0.7])).toBe((0.1 + 0.7) / 2);
    expect(median([0.1, 0.7])).not.toBe(quantile([0.1, 0.7], 0.5));
  });
});
