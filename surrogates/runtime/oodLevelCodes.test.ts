import { describe, expect, it } from 'vitest';
import { createPrng } from '../../core/random/prng';
import { OOD_LEVEL_CODES, OOD_LEVELS, oodLevelCodes } from './oodLevelCodes';
import { outOfDistributionLevel, type OodReference } from './outOfDistributionLevel';

const ref: OodReference = {
  featureNames: ['macs', 'layers', 'params'],
  features: { min: [100, 10, 5], max: [500, 20, 5] },
  targets: [
    { name: 'val_top1', min: 40, max: 60 },
    { name: 'throughput_a100', min: 1000, max: 30000 },
  ],
};

describe('oodLevelCodes', () => {
  it('codes the worked cases of outOfDistributionLevel: inside, a descriptor out, a prediction out, far', () => {
    const features = [300, 15, 5, 520, 15, 5, 300, 15, 5, 50, 25, 5, 300, 15, 5];
    const predicted = [50, 5000, 50, 5000, 61, 5000, 50, 5000, 63, 5000];
    expect(Array.from(oodLevelCodes(ref, features, predicted, 5))).toEqual([0, 1, 1, 2, 2]);
    expect(OOD_LEVELS[OOD_LEVEL_CODES.edge]).toBe('edge');
  });

  it('agrees with outOfDistributionLevel row by row on random rows around the box (a constant feature included)', () => {
    const rng = createPrng(17);
    const rows = 2000;
    const features: number[] = [];
    const predicted: number[] = [];
    for (let i = 0; i < rows; i++) {
      features.push(60 + rng.next() * 480, 8 + rng.next() * 14, rng.next() < 0.9 ? 5 : 5 + rng.next());
      predicted.push(37 + rng.next() * 26, rng.next() < 0.95 ? 1000 + rng.next() * 29000 : 33000 * rng.next());
    }
    const codes = oodLevelCodes(ref, features, predicted, rows);
    const expected = Array.from(
      { length: rows },
      (_, i) => OOD_LEVEL_CODES[outOfDistributionLevel(ref, features.slice(i * 3, i * 3 + 3), predicted.slice(i * 2, i * 2 + 2)).level],
    );
    expect(Array.from(codes)).toEqual(expected);
    // The sample reaches all three levels, so the comparison means something.
    expect(new Set(codes).size).toBe(3);
  });
});
