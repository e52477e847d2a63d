// How much one training run or one measurement of the same architecture varies around its expected
// value, per target, in model space (points for the accuracies, log units for the rest). No model can
// predict below it: two single runs of one network differ by this noise twice over, so a predicted
// difference smaller than that cannot be seen in a pair of experiments (runtime/predictedDifference.ts).
// Sources, the only repeated runs the data holds:
// - accuracies and train time: the proxy-fidelity files' searched-proxy runs, 117 architectures × 3
//   seeds (the recipe ANB's records were trained with), pooled within-architecture variance;
// - device metrics: the records trained (and measured) twice, from the training split only, half the
//   mean squared difference of a pair. The per-record std is not used: it is the spread of repeated
//   timings within one measurement session (A100: 0.04% against 0.14% between the twice-measured
//   networks) and the FPGAs have none.
import type { MeasuredRecord } from '../../core/dataset/measuredRecord';
import type { ProxyFidelityRun } from '../../core/dataset/proxyFidelityRun';
import { pooledRunVariance } from '../../core/metrics/pooledRunVariance';
import { isDeviceMetricName, type TargetName } from '../../core/targets';
import type { TargetTransform } from '../runtime/naturalMoments';
import { targetValue } from './targetValue';

export interface RunNoise {
  /** Variance of one run around its expected value, in model space. */
  variance: number;
  /** Degrees of freedom behind it (pairs, or runs minus architectures). */
  dof: number;
  source: 'proxified-seeds' | 'repeated-records';
}

export function runNoise(
  name: TargetName,
  transform: TargetTransform,
  proxyRuns: readonly ProxyFidelityRun[],
  records: readonly MeasuredRecord[],
): RunNoise {
  const toModel = (v: number) => (transform === 'log' ? Math.log(v) : v);
  const byCode = new Map<string, number[]>();
  const add = (code: string, v: number) => {
    const list = byCode.get(code) ?? [];
    list.push(toModel(v));
    byCode.set(code, list);
  };
  if (!isDeviceMetricName(name)) {
    for (const r of proxyRuns) {
      if (r.recipe !== 'proxified') continue;
      const v = name === 'val_top1' ? r.top1 : name === 'val_top5' ? r.top5 : r.trainTimeS;
      if (Number.isFinite(v) && (transform !== 'log' || v > 0)) add(r.code, v);
    }
    return { ...pooledRunVariance(byCode.values()), source: 'proxified-seeds' };
  }
  for (const r of records) {
    const v = targetValue(r, name);
    if (v !== null && v > 0) add(r.code, v);
  }
  return { ...pooledRunVariance(byCode.values()), source: 'repeated-records' };
}
