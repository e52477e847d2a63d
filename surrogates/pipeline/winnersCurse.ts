// The winner's-curse check: a predicted Pareto front (top-1 against one device metric) is made of the
// most extreme predictions, so its points are where predictions leave the measured range. For each
// device metric: the front of N predicted architectures, how many of its points are predicted beyond
// every measured value (top-1 or the metric), and how many of those the OOD definition flags. The
// goal (issue #17) is that all of them are.
import { paretoFront } from '../../core/metrics/paretoFront';
import { DEVICE_METRICS, TARGETS, type TargetName } from '../../core/targets';
import { outOfDistributionLevel, type OodReference } from '../runtime/outOfDistributionLevel';

export interface WinnersCurseRow {
  metric: TargetName;
  front: number;
  /** Front points whose predicted top-1 or metric lies beyond every measured value. */
  beyondMeasured: number;
  /** Of those, flagged (level not `in`). */
  beyondFlagged: number;
  /** All front points flagged. */
  flagged: number;
}

/**
 * `features` [N, F] and `mean` [N, T] (targets in TARGETS order) of the predicted architectures;
 * `measured` the smallest and largest measured value of each target over the whole dataset.
 */
export function winnersCurse(
  ref: OodReference,
  features: Float32Array,
  mean: ArrayLike<number>,
  rows: number,
  measured: Record<TargetName, { min: number; max: number }>,
): WinnersCurseRow[] {
  const T = TARGETS.length;
  const F = features.length / rows;
  const col = (name: TargetName) => TARGETS.findIndex((t) => t.name === name);
  const top1 = col('val_top1');
  const column = (j: number) => Float64Array.from({ length: rows }, (_, i) => mean[i * T + j]);
  const ys = column(top1);
  const beyond = (name: TargetName, v: number) => v > measured[name].max || v < measured[name].min;
  return DEVICE_METRICS.map((m) => {
    const j = col(m.name);
    const xs = column(j);
    const front = paretoFront(xs, ys, { x: m.direction, y: 'max' });
    let beyondMeasured = 0;
    let beyondFlagged = 0;
    let flagged = 0;
    for (const i of front) {
      const row = Array.from({ length: T }, (_, k) => mean[i * T + k]);
      const isFlagged = outOfDistributionLevel(ref, features.subarray(i * F, (i + 1) * F), row).level !== 'in';
      const out = beyond('val_top1', ys[i]) || beyond(m.name, xs[i]);
      if (isFlagged) flagged++;
      if (out) beyondMeasured++;
      if (out && isFlagged) beyondFlagged++;
    }
    return { metric: m.name, front: front.length, beyondMeasured, beyondFlagged, flagged };
  });
}
