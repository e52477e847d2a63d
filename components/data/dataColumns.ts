// The dataset table's columns, described once: header, the sort key they sort by, how the value is
// read from a record, and which order a first click sorts in (best first).
import { DEVICE_METRICS, type DeviceMetricName } from '@/core/targets';
import type { DataSortKey } from '@/lib/url/dataParams';

export interface ApiRecordLike {
  resultId: number;
  code: string;
  split: 'train' | 'val' | 'test' | null;
  valTop1: number;
  valTop5: number;
  trainTime: number;
  macs: number;
  params: number;
  measurements: Record<DeviceMetricName, { mean: number | null; std: number | null; unit: string }>;
}

export interface DataColumn {
  key: DataSortKey;
  header: string;
  unit: string;
  value: (r: ApiRecordLike) => number | null;
  /** Order of the first click on the header. */
  firstOrder: 'asc' | 'desc';
}

export const DATA_COLUMNS: DataColumn[] = [
  { key: 'result_id', header: '#', unit: '', value: (r) => r.resultId, firstOrder: 'asc' },
  { key: 'val_top1', header: 'Top-1', unit: '%', value: (r) => r.valTop1, firstOrder: 'desc' },
  { key: 'val_top5', header: 'Top-5', unit: '%', value: (r) => r.valTop5, firstOrder: 'desc' },
  { key: 'macs', header: 'MACs', unit: 'M', value: (r) => r.macs, firstOrder: 'asc' },
  { key: 'params', header: 'Params', unit: 'M', value: (r) => r.params, firstOrder: 'asc' },
  { key: 'train_time', header: 'Train time', unit: 's', value: (r) => r.trainTime, firstOrder: 'asc' },
  ...DEVICE_METRICS.map((t) => ({
    key: t.name,
    header: t.short,
    unit: t.unit,
    value: (r: ApiRecordLike) => r.measurements[t.name].mean,
    firstOrder: t.direction === 'max' ? ('desc' as const) : ('asc' as const),
  })),
];
