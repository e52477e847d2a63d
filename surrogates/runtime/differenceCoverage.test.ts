import { describe, expect, it } from 'vitest';
import { syntheticHeldOutPoints as points } from './syntheticHeldOutPoints';
import type { DifferenceCalibration } from './predictedDifference';
import { differenceCoverage } from './differenceCoverage';

const calibration: DifferenceCalibration = { transform: 'identity', varianceScale: 1, edgeScale: 0, runNoise: 0, differenceFloor: 0 };

describe('differenceCoverage', () => {
  it('counts covered pairs per gene-distance bin', () => {
    // Pair (0,1) at 1 gene: residual 1; (0,2) at 12: residual 0.1; (1,2) at 11 genes apart: residual −0.9.
    const p = points([0, 1, 12], [60, 60, 60], [60, 61, 60.1]);
    const bins = differenceCoverage({ ...calibration, differenceFloor: 0.1 }, p);
    // Half-width z90·√0.2 = 0.736: covers 0.1 and −0.9? no; 1? no.
    expect(bins[0]).toMatchObject({ minDistance: 1, maxDistance: 10, pairs: 1, coverage90: 0 });
    expect(bins[1]).toMatchObject({ minDistance: 11, maxDistance: 12, pairs: 2, coverage90: 0.5 });
    expect(bins[2].pairs).toBe(0);
    expect(bins[2].coverage90).toBeNull();
  });
});
