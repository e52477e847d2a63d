// Reads one target's value from a records row: accuracy/time columns directly, device metrics' means.
import { DEVICE_METRIC_NAMES, type DeviceMetricName, type TargetName } from '@/core/targets';
import type { RecordRow } from '../db/schema';

export function metricValue(row: RecordRow, name: TargetName | 'macs' | 'params'): number | null {
  if ((DEVICE_METRIC_NAMES as readonly string[]).includes(name)) return row[`${name as DeviceMetricName}_mean`];
  return row[name as 'val_top1' | 'val_top5' | 'train_time' | 'macs' | 'params'];
}
