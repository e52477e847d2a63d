import { describe, expect, it } from 'vitest';
import { edgeScore, featureDomain, featureExcess, inverseRange } from './edgeScore';

// Two features: x0 in [0, 10] (range 10), x1 constant 5 in training (range 0 → its own unit).
const rows = Float64Array.of(0, 5, 10, 5, 4, 5);
const domain = featureDomain(rows, 3, 2);

describe('edgeScore', () => {
  it('is the box of the training rows', () => {
    expect(domain).toEqual({ min: [0, 5], max: [10, 5] });
    expect(Array.from(inverseRange(domain))).toEqual([0.1, 1]);
  });

  it('is 0 inside the box, on its faces and at every training row', () => {
    for (let i = 0; i < 3; i++) expect(edgeScore(domain, rows, 2 * i)).toBe(0);
    expect(edgeScore(domain, [7.5, 5], 0)).toBe(0);
  });

  it('sums each feature’s distance outside the box in units of its range (worked by hand)', () => {
    // x0 = 12 is 2 beyond 10 → 0.2; x1 = 3 is 2 below the constant 5 → 2 (unit range).
    expect(edgeScore(domain, [12, 3], 0)).toBeCloseTo(2.2, 12);
    expect(Array.from(featureExcess(domain, [-5, 5], 0))).toEqual([0.5, 0]);
    // Reads the row at its offset.
    expect(edgeScore(domain, [99, 99, -1, 5], 2)).toBeCloseTo(0.1, 12);
  });

  it('grows linearly with the distance beyond the box', () => {
    const a = edgeScore(domain, [11, 5], 0);
    const b = edgeScore(domain, [13, 5], 0);
    expect(b).toBeCloseTo(3 * a, 12);
  });
});
