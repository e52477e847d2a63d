import { describe, expect, it } from 'vitest';
import { Z90 } from '../../core/metrics/normalQuantile';
import { GENE_COUNT } from '../../core/space/geneIndex';
import type { HeldOutPoints } from '../runtime/differenceCoverage';
import type { DifferenceCalibration } from '../runtime/predictedDifference';
import { differenceFloor } from './differenceFloor';

const calibration: DifferenceCalibration = { transform: 'identity', varianceScale: 1, edgeScale: 0, runNoise: 0, differenceFloor: 0 };

/** Points whose genes differ from the first in `distance[i]` leading genes; members agree (v = 0). */
function points(distance: number[], predicted: number[], measured: number[]): HeldOutPoints {
  const genes = new Uint8Array(distance.length * GENE_COUNT);
  distance.forEach((d, i) => {
    for (let g = 0; g < d; g++) genes[i * GENE_COUNT + g] = 1;
  });
  return {
    genes,
    members: Float64Array.from(predicted.flatMap((p) => [p, p])),
    k: 2,
    y: Float64Array.from(measured),
    edge: new Float64Array(distance.length),
  };
}

describe('differenceFloor', () => {
  it('is the conformal quantile of the per-pair critical floors of near pairs', () => {
    // Residuals 0, 1, 3: pair differences 1, 3, 2; critical F = (r/z90)²/2; with n = 3 the
    // ⌈0.9·4⌉-th smallest is the largest.
    const p = points([0, 1, 2], [60, 60, 60], [60, 61, 63]);
    const { floor, pairs } = differenceFloor(calibration, p);
    expect(pairs).toBe(3);
    expect(floor).toBeCloseTo((3 / Z90) ** 2 / 2, 12);
  });

  it('subtracts the run noise of both measurements and ignores pairs further apart than 10 genes', () => {
    const p = points([0, 1, 20], [60, 60, 60], [60, 61, 90]);
    const { floor, pairs } = differenceFloor({ ...calibration, runNoise: 0.1 }, p);
    expect(pairs).toBe(1);
    expect(floor).toBeCloseTo(((1 / Z90) ** 2 - 0.2) / 2, 12);
  });
});
