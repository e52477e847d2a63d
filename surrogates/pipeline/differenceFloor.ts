// F, the model-error floor of a predicted difference (runtime/predictedDifference.ts), calibrated on
// the validation split's nearest measured pairs.
import { Z90 } from '../../core/metrics/normalQuantile';
import { forEachPair, type HeldOutPoints } from '../runtime/differenceCoverage';
import type { DifferenceCalibration } from '../runtime/predictedDifference';

/** Pairs up to this many differing genes calibrate F: the nearest ~3% of pairs of random architectures. */
export const FLOOR_MAX_DISTANCE = 10;

/**
 * F, the model-error floor of a difference: the smallest variance that, added twice (once per
 * architecture) to the members' part, makes Δz ± z90·√(σ²_Δ + 2N) hold ⌈level·(n+1)⌉ of the n held-out
 * pairs at most FLOOR_MAX_DISTANCE genes apart (split-conformal, as the intervals). The members' paired
 * differences alone left the hardware differences at 33–67% coverage: their errors at ≥ 7 genes apart
 * are as good as independent (a flat variogram), which no spread of two members shows. Calibrated on
 * the nearest pairs the data has, F is conservative for one-gene edits, whose errors share more.
 */
export function differenceFloor(calibration: DifferenceCalibration, points: HeldOutPoints, level = 0.9): { floor: number; pairs: number } {
  const critical: number[] = [];
  forEachPair({ ...calibration, differenceFloor: 0 }, points, FLOOR_MAX_DISTANCE, ({ residual, expected }) => {
    critical.push(Math.max(0, ((residual / Z90) ** 2 - expected - 2 * calibration.runNoise) / 2));
  });
  if (critical.length === 0) return { floor: 0, pairs: 0 };
  critical.sort((a, b) => a - b);
  const k = Math.min(critical.length, Math.ceil(level * (critical.length + 1))) - 1;
  return { floor: critical[k], pairs: critical.length };
}
