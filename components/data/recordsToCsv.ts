// Records as CSV: one header line, one line per record, every device metric as <name>_mean and
// <name>_std (empty where the dataset has no value), so the file re-imports into pandas or R as is.
import { DEVICE_METRIC_NAMES } from '@/core/targets';
import type { ApiRecordLike } from './dataColumns';

export const CSV_HEADER = [
  'result_id',
  'code',
  'split',
  'val_top1',
  'val_top5',
  'train_time',
  'macs',
  'params',
  ...DEVICE_METRIC_NAMES.flatMap((m) => [`${m}_mean`, `${m}_std`]),
];

const cell = (v: string | number | null) => (v === null ? '' : String(v));

export function recordsToCsv(records: ApiRecordLike[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const r of records) {
    const values = [
      r.resultId,
      r.code,
      r.split,
      r.valTop1,
      r.valTop5,
      r.trainTime,
      r.macs,
      r.params,
      ...DEVICE_METRIC_NAMES.flatMap((m) => [r.measurements[m].mean, r.measurements[m].std]),
    ];
    lines.push(values.map(cell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
