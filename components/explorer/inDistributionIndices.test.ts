import { describe, expect, it } from 'vitest';
import { inDistributionIndices } from './inDistributionIndices';

describe('inDistributionIndices', () => {
  it('keeps only rows at level in, in order, and looks no further than count', () => {
    const ood = Uint8Array.from([0, 1, 0, 2, 0, 0]);
    expect(Array.from(inDistributionIndices(ood, 6))).toEqual([0, 2, 4, 5]);
    // Rows past `count` are not predicted yet (the cloud still streams in).
    expect(Array.from(inDistributionIndices(ood, 4))).toEqual([0, 2]);
  });

  it('gives nothing when every row is flagged', () => {
    expect(inDistributionIndices(Uint8Array.from([1, 2, 1]), 3).length).toBe(0);
  });
});
