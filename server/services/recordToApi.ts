// Maps a `records` row to the API's record shape (measurements grouped per device metric).
import { DEVICE_METRICS } from '@/core/targets';
import { measurementColumn, type RecordRow } from '../db/schema';
import type { ApiRecord } from '../api/schemas';

export function recordToApi(row: RecordRow): ApiRecord {
  const measurements = {} as ApiRecord['measurements'];
  for (const t of DEVICE_METRICS) {
    measurements[t.name] = { mean: row[t.field], std: row[measurementColumn(t.name, 'std')], unit: t.unit };
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
