// The uncertainty of a predicted difference between two architectures (an edit, a margin), which is
// not the two predictions' intervals combined: both come from the same trees, so most of their errors
// are shared and cancel. What does not cancel is how differently the members see the two:
//   Δz = mean over members of z_m(after) − z_m(before)        (model space: points, or log units)
//   σ²_Δ = A·v_Δ + 2F + G·(s_a + s_a² + s_b + s_b²)
// with v_Δ the members' variance of their paired differences, A the same scale that turns the members'
// variance into the calibrated 90% intervals (pipeline/calibrateUncertainty.ts), F the model error each
// architecture keeps that no member spread shows (calibrated on the nearest held-out pairs:
// pipeline/differenceFloor.ts) and G the edge term of both points (runtime/edgeScore.ts). That is
// the uncertainty of the *expected* difference. Separately,
// one training run or measurement of a network varies by N (pipeline/runNoise.ts), so two single runs
// differ by noise of variance 2N: a predicted change smaller than z90·√(2N) would not show in a pair
// of experiments. "Within noise" means either: the 90% interval holds 0, or the change is below that.
import { Z90 } from '../../core/metrics/normalQuantile';
import type { TargetTransform } from './naturalMoments';

export interface DifferenceCalibration {
  transform: TargetTransform;
  /** A: multiplies the members' variance (the intervals' varianceScale). */
  varianceScale: number;
  /** G: variance per edge score s + s² (the intervals' edgeScale). */
  edgeScale: number;
  /** N: variance of one training run or measurement around its expected value, model space. */
  runNoise: number;
  /** F: model-error variance per architecture that the members' paired differences do not show. */
  differenceFloor: number;
}

export interface PredictedDifference {
  /** after − before: points for the accuracies; for log targets the relative change of the medians, exp(Δz) − 1. */
  delta: number;
  /** The 90% interval of the expected difference, same unit as delta. */
  lo: number;
  hi: number;
  /** What two single runs of one architecture differ by at 90%, same unit (log targets: exp(z90·√(2N)) − 1). */
  noise: number;
  /** 'uncertain': the interval holds 0; 'below-noise': smaller than run-to-run noise; 'clear': neither. */
  verdict: 'clear' | 'uncertain' | 'below-noise';
}

/** Δz and σ²_Δ in model space, from the member values of the two architectures (same member order). */
export function differenceVariance(
  calibration: DifferenceCalibration,
  before: ArrayLike<number>,
  after: ArrayLike<number>,
  edgeBefore = 0,
  edgeAfter = 0,
): { dz: number; variance: number } {
  const k = before.length;
  if (k === 0 || after.length !== k) throw new RangeError(`need the same members for both architectures, got ${k} and ${after.length}`);
  let dz = 0;
  for (let m = 0; m < k; m++) dz += after[m] - before[m];
  dz /= k;
  let v = 0;
  for (let m = 0; m < k; m++) v += (after[m] - before[m] - dz) ** 2;
  v /= k;
  const edge = edgeBefore + edgeBefore ** 2 + edgeAfter + edgeAfter ** 2;
  return { dz, variance: calibration.varianceScale * v + 2 * calibration.differenceFloor + calibration.edgeScale * edge };
}

/** What two single runs of one network differ by at 90%, in model space: z90·√(2N). */
export function runNoiseBand(runNoise: number): number {
  return Z90 * Math.sqrt(2 * runNoise);
}

/** The verdict on a model-space difference dz with variance σ²_Δ (see the header). */
export function differenceVerdict(dz: number, variance: number, runNoise: number): PredictedDifference['verdict'] {
  const half = Z90 * Math.sqrt(variance);
  return dz - half <= 0 && dz + half >= 0 ? 'uncertain' : Math.abs(dz) < runNoiseBand(runNoise) ? 'below-noise' : 'clear';
}

/** The predicted difference after − before with its 90% interval, run-to-run noise and verdict. */
export function predictedDifference(
  calibration: DifferenceCalibration,
  before: ArrayLike<number>,
  after: ArrayLike<number>,
  edgeBefore = 0,
  edgeAfter = 0,
): PredictedDifference {
  const { dz, variance } = differenceVariance(calibration, before, after, edgeBefore, edgeAfter);
  const half = Z90 * Math.sqrt(variance);
  const natural = (z: number) => (calibration.transform === 'log' ? Math.expm1(z) : z);
  return {
    delta: natural(dz),
    lo: natural(dz - half),
    hi: natural(dz + half),
    noise: natural(runNoiseBand(calibration.runNoise)),
    verdict: differenceVerdict(dz, variance, calibration.runNoise),
  };
}
