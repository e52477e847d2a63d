import { describe, expect, it } from 'vitest';
import { syntheticHeldOutPoints as points } from '../runtime/syntheticHeldOutPoints';
import { Z90 } from '../../core/metrics/normalQuantile';
import type { DifferenceCalibration } from '../runtime/predictedDifference';
import { differenceFloor } from './differenceFloor';

const calibration: DifferenceCalibration = { transform: 'identity', varianceScale: 1, edgeScale: 0, runNoise: 0, differenceFloor: 0 };

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
