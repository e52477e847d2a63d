// Records as CSV: one header line, one line per record, every device metric as <name>_mean and
// <name>_std (empty where the dataset has no value), so the file re-imports into pandas or R as is.
// Each measured column names its unit (csvColumnName): `val_top1_pct`, `latency_zcu102_mean_ms`.
import { csvColumnName } from '@/components/ui/csvColumnName';
import { DEVICE_METRICS, DEVICE_METRIC_NAMES, target } from '@/core/targets';
import type { ApiRecordLike } from './dataColumns';

export const CSV_HEADER = [
  'result_id',
  'code',
  'split',
  csvColumnName('val_top1', target('val_top1').unit),
  csvColumnName('val_top5', target('val_top5').unit),
  csvColumnName('train_time', target('train_time').unit),
  // MACs and parameters are in millions in the API (ApiRecordLike), as the data table's headers say.
  csvColumnName('macs', 'M'),
  csvColumnName('params', 'M'),
  ...DEVICE_METRICS.flatMap((m) => [csvColumnName(`${m.name}_mean`, m.unit), csvColumnName(`${m.name}_std`, m.unit)]),
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
