import { describe, expect, it } from 'vitest';
import { normalQuantile, twoSidedZ, Z90 } from './normalQuantile';

describe('normalQuantile', () => {
  it('matches tabulated values', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326347874040841, 8);
    expect(twoSidedZ(0.9)).toBeCloseTo(Z90, 8);
    expect(Z90).toBe(1.6448536269514722);
    expect(twoSidedZ(0.6826894921370859)).toBeCloseTo(1, 7);
  });
  it('rejects p outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1.2)).toThrow(RangeError);
  });
});
