// "Best single edit" as numbers: of the 43 one-gene edits, those that improve the chosen device metric
// while losing at most `maxLoss` predicted top-1 points, best first, each with the predicted differences
// (metric and top-1) and their uncertainty. Ranked by the predicted change of the metric's median
// (what the members agree on), not by the difference of two predictive means.
import type { DifferenceCalibration, PredictedDifference } from '@/surrogates/runtime/predictedDifference';
import { target, type DeviceMetricName, type TargetName } from '@/core/targets';
import { editDifference } from './editDifference';
import type { ArchPrediction, NeighbourEdit } from './useEditPredictions';

export interface RankedEdit {
  edit: NeighbourEdit;
  /** Relative change of the metric, signed so that > 0 is better (latency: a fall). */
  gain: number;
  metric: PredictedDifference;
  top1: PredictedDifference;
  before: number;
  after: number;
}

export function rankEdits(
  targets: readonly TargetName[],
  calibrations: readonly DifferenceCalibration[],
  current: ArchPrediction,
  edits: readonly (NeighbourEdit & { prediction: ArchPrediction | undefined })[],
  metric: DeviceMetricName,
  maxLoss: number,
  limit: number,
): RankedEdit[] {
  const mi = targets.indexOf(metric);
  const ai = targets.indexOf('val_top1');
  const better = target(metric).direction === 'max' ? 1 : -1;
  const out: RankedEdit[] = [];
  for (const e of edits) {
    const m = editDifference(calibrations, current, e.prediction, mi);
    const a = editDifference(calibrations, current, e.prediction, ai);
    if (!m || !a) continue;
    const gain = better * m.delta;
    if (gain > 0 && a.delta >= -maxLoss)
      out.push({ edit: e, gain, metric: m, top1: a, before: current.mean[mi], after: e.prediction!.mean[mi] });
  }
  return out.sort((x, y) => y.gain - x.gain).slice(0, limit);
}
