import { describe, expect, it } from 'vitest';
import { Z90 } from '../../core/metrics/normalQuantile';
import { calibrateEdgeScale, criticalEdgeScale } from './calibrateEdgeScale';

describe('criticalEdgeScale', () => {
  it('is the G at which the interval just reaches the point (worked by hand, identity)', () => {
    // A·v + B = 1; residual 3; s = 2, h(s) = s + s² = 6: need 1.645²·(1 + 6G) = 9 → G = (9/1.645² − 1)/6.
    const g = criticalEdgeScale('identity', 1, 0.5, 10, 0.5, 2, 13);
    expect(g).toBeCloseTo((9 / Z90 ** 2 - 1) / 6, 9);
  });

  it('is 0 for a point already covered, Infinity for one outside with s = 0', () => {
    expect(criticalEdgeScale('identity', 0, 1, 0, 0, 5, 1)).toBe(0);
    expect(criticalEdgeScale('identity', 0, 1, 0, 0, 0, 10)).toBe(Infinity);
  });

  it('covers a log target in natural units', () => {
    const g = criticalEdgeScale('log', 0, 0.01, Math.log(100), 0, 1, 200);
    const variance = 0.01 + 2 * g; // s = 1: h(s) = 2
    const mean = Math.exp(Math.log(100) + variance / 2);
    const std = mean * Math.sqrt(Math.exp(variance) - 1);
    expect(Math.abs(200 - mean)).toBeCloseTo(Z90 * std, 6);
  });
});

describe('calibrateEdgeScale', () => {
  it('takes the ⌈0.9·(n+1)⌉-th smallest critical G (hand-worked, 9 points)', () => {
    // B = 1, v = 0, s = 1 (h = 2): point i with residual r_i needs G_i = max(0, (r_i/1.645)² − 1)/2.
    const residuals = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    const points = {
      mu: new Float64Array(9),
      spread: new Float64Array(9),
      edge: new Float64Array(9).fill(1),
      y: Float64Array.from(residuals),
    };
    // ⌈0.9·10⌉ = 9 → the largest: residual 8.
    expect(calibrateEdgeScale('identity', 0, 1, points)).toBeCloseTo(((8 / Z90) ** 2 - 1) / 2, 8);
    // At level 0.5, ⌈5⌉ = 5th smallest: residual 4.
    expect(calibrateEdgeScale('identity', 0, 1, points, 0.5)).toBeCloseTo(((4 / Z90) ** 2 - 1) / 2, 8);
  });

  it('covers each group (tail) on its own: G is the largest per-group quantile', () => {
    // 40 points per group; group 0 residuals ≤ 1.645 (covered at G = 0), group 1 residual 3.29 = 2·1.645
    // (B = 1, s = 1: needs 4 = 1 + 2G → G = 1.5). A group of 10 large residuals is too small to count.
    const n = 90;
    const y = Float64Array.from({ length: n }, (_, i) => (i < 40 ? 1 : i < 80 ? 2 * Z90 : 100));
    const group = Int32Array.from({ length: n }, (_, i) => (i < 40 ? 0 : i < 80 ? 1 : 2));
    const points = { mu: new Float64Array(n), spread: new Float64Array(n), edge: new Float64Array(n).fill(1), y, group };
    expect(calibrateEdgeScale('identity', 0, 1, points)).toBeCloseTo(1.5, 8);
  });

  it('is 0 with no edge points or when the in-box intervals already cover them', () => {
    const none = { mu: new Float64Array(0), spread: new Float64Array(0), edge: new Float64Array(0), y: new Float64Array(0) };
    expect(calibrateEdgeScale('identity', 1, 1, none)).toBe(0);
    const covered = {
      mu: new Float64Array(5),
      spread: new Float64Array(5),
      edge: new Float64Array(5).fill(1),
      y: new Float64Array(5).fill(0.1),
    };
    expect(calibrateEdgeScale('identity', 0, 1, covered)).toBe(0);
  });
});
