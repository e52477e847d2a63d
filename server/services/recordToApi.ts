// Maps a `records` row to the API's record shape (measurements grouped per device metric).
import { DEVICE_METRICS, type DeviceMetricName } from '@/core/targets';
import type { RecordRow } from '../db/schema';
import type { ApiRecord } from '../api/schemas';

export function recordToApi(row: RecordRow): ApiRecord {
  const measurements = {} as ApiRecord['measurements'];
  for (const t of DEVICE_METRICS) {
    const name = t.name as DeviceMetricName;
    measurements[name] = { mean: row[`${name}_mean`], std: row[`${name}_std`], unit: t.unit };
  }
  return {
    resultId: row.result_id,
    file: row.file,
    code: row.code,
    split: row.split,
    valTop1: row.val_top1,
    valTop5: row.val_top5,
    trainTime: row.train_time,
    macs: row.macs,
    params: row.params,
    measurements,
  };
}
