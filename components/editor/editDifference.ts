// The predicted difference between two architectures the editor holds (an edit, or the current one
// against the reference it is compared with) on one target, with its uncertainty: the members' paired
// differences, calibrated as the surrogate's manifest says (surrogates/runtime/predictedDifference.ts).
import { predictedDifference, type DifferenceCalibration, type PredictedDifference } from '@/surrogates/runtime/predictedDifference';
import type { ArchPrediction } from './useEditPredictions';

/** `column`: the target's output column; null when either side lacks member values. */
export function editDifference(
  calibrations: readonly DifferenceCalibration[],
  before: ArchPrediction | undefined,
  after: ArchPrediction | undefined,
  column: number,
): PredictedDifference | null {
  const targets = calibrations.length;
  if (!before || !after || column < 0 || column >= targets) return null;
  const k = before.members.length / targets;
  if (!Number.isInteger(k) || k < 1 || after.members.length !== before.members.length) return null;
  const pick = (p: ArchPrediction) => Float64Array.from({ length: k }, (_, m) => p.members[m * targets + column]);
  return predictedDifference(calibrations[column], pick(before), pick(after), before.edge, after.edge);
}
