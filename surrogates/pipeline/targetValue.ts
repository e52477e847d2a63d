// A record's measured value of one target in natural units, or null where the dataset has none.
import type { MeasuredRecord } from '../../core/dataset/measuredRecord';
import { isDeviceMetricName, type TargetName } from '../../core/targets';

export function targetValue(record: MeasuredRecord, name: TargetName): number | null {
  if (isDeviceMetricName(name)) return record.perf[name].mean;
  if (name === 'val_top1') return record.valTop1;
  if (name === 'val_top5') return record.valTop5;
  return record.trainTime;
}
