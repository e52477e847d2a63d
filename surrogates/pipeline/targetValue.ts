// A record's measured value of one target in natural units, or null where the dataset has none.
import type { MeasuredRecord } from '../../core/dataset/measuredRecord';
import { DEVICE_METRIC_NAMES, type DeviceMetricName, type TargetName } from '../../core/targets';

export function targetValue(record: MeasuredRecord, name: TargetName): number | null {
  if (name === 'val_top1') return record.valTop1;
  if (name === 'val_top5') return record.valTop5;
  if (name === 'train_time') return record.trainTime;
  if ((DEVICE_METRIC_NAMES as readonly string[]).includes(name)) return record.perf[name as DeviceMetricName].mean;
  throw new Error(`unknown target ${name}`);
}
