// Where the edited architecture ranks among the measured records on each target: by its measured value
// when it was measured (its first record), else by the surrogate's mean; nothing before the records load.
import type { MeasuredDataset } from '@/components/explorer/useMeasuredDataset';
import { TARGETS, type TargetName } from '@/core/targets';
import { percentileAmongMeasured } from './percentileAmongMeasured';
import type { MeasuredRecord } from './PredictionTable';
import type { ArchPrediction } from './useEditPredictions';

export type TargetPercentiles = Partial<Record<TargetName, { share: number; of: 'measured' | 'predicted' } | null>>;

/** `targets`: the surrogate's output column order; `current`: its prediction for the architecture. */
export function targetPercentiles(
  data: MeasuredDataset | undefined,
  measured: MeasuredRecord[] | null | undefined,
  targets: TargetName[] | null,
  current: Pick<ArchPrediction, 'mean'> | undefined,
): TargetPercentiles {
  const percentiles: TargetPercentiles = {};
  if (data) {
    for (const t of TARGETS) {
      const m = measured?.[0]?.values[t.name];
      const col = targets?.indexOf(t.name) ?? -1;
      const value = m ?? (current && col >= 0 ? current.mean[col] : null);
      const share = value === null ? null : percentileAmongMeasured(data, t.name, value);
      percentiles[t.name] = share === null ? null : { share, of: m !== null && m !== undefined ? 'measured' : 'predicted' };
    }
  }
  return percentiles;
}
