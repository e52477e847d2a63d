// Turns a validated dataset into the rows of the dataset tables, plus the counts a version records.
// Pure: no database, so the import transaction only writes what is computed here.
import type { Dataset } from '@/core/dataset/dataset';
import { SPLIT_NAMES, type SplitName } from '@/core/dataset/splitPaths';
import { DEVICES } from '@/core/devices';
import { DEVICE_METRIC_NAMES, deviceMetrics } from '@/core/targets';
import {
  measurementColumn,
  type NewArchitectureRow,
  type NewDeviceProfileRow,
  type NewProxyFidelityRunRow,
  type NewRecordRow,
} from '@/server/db/schema';

export interface DatasetCounts {
  record_count: number;
  architecture_count: number;
  duplicate_architecture_count: number;
  train_count: number;
  val_count: number;
  test_count: number;
  unsplit_count: number;
  proxy_run_count: number;
}

export interface DatasetRows {
  architectures: NewArchitectureRow[];
  records: NewRecordRow[];
  proxyFidelityRuns: NewProxyFidelityRunRow[];
  counts: DatasetCounts;
}

export function datasetRows(dataset: Pick<Dataset, 'records' | 'splits' | 'proxyRuns'>): DatasetRows {
  const imported = new Set(dataset.records.map((r) => r.file));
  const splitOf = new Map<string, SplitName>();
  // Split files may name records that were skipped as invalid; only imported ones get a split.
  for (const name of SPLIT_NAMES) for (const file of dataset.splits[name]) if (imported.has(file)) splitOf.set(file, name);

  const byCode = new Map<string, NewArchitectureRow>();
  const records: NewRecordRow[] = dataset.records.map((r) => {
    const arch = byCode.get(r.code);
    if (arch) arch.record_count = (arch.record_count ?? 1) + 1;
    else {
      const row: Record<string, unknown> = { code: r.code, macs: r.macs, params: r.params, record_count: 1 };
      r.architecture.forEach((b, i) => {
        row[`e${i}`] = b.e;
        row[`k${i}`] = b.k;
        row[`l${i}`] = b.l;
        row[`se${i}`] = b.se;
      });
      byCode.set(r.code, row as unknown as NewArchitectureRow);
    }
    const row: NewRecordRow = {
      result_id: r.resultId,
      file: r.file,
      code: r.code,
      val_top1: r.valTop1,
      val_top5: r.valTop5,
      train_time: r.trainTime,
      macs: r.macs,
      params: r.params,
      split: splitOf.get(r.file) ?? null,
    };
    for (const name of DEVICE_METRIC_NAMES) {
      row[measurementColumn(name, 'mean')] = r.perf[name].mean;
      row[measurementColumn(name, 'std')] = r.perf[name].std;
    }
    return row;
  });

  const architectures = [...byCode.values()];
  const proxyFidelityRuns: NewProxyFidelityRunRow[] = dataset.proxyRuns.map((p) => ({
    recipe: p.recipe,
    seed: p.seed,
    row: p.row,
    code: p.code,
    top1: p.top1,
    top5: p.top5,
    macs: p.macs,
    params: p.params,
    train_time_s: p.trainTimeS,
  }));
  const perSplit = (name: SplitName) => records.filter((r) => r.split === name).length;
  return {
    architectures,
    records,
    proxyFidelityRuns,
    counts: {
      record_count: records.length,
      architecture_count: architectures.length,
      duplicate_architecture_count: architectures.filter((a) => (a.record_count ?? 1) > 1).length,
      train_count: perSplit('train'),
      val_count: perSplit('val'),
      test_count: perSplit('test'),
      unsplit_count: records.filter((r) => r.split === null).length,
      proxy_run_count: proxyFidelityRuns.length,
    },
  };
}

/** Rows of device_profiles, from core/devices.ts (device facts live there, not in the dataset). */
export function deviceProfileRows(): NewDeviceProfileRow[] {
  return DEVICES.map((d, position) => ({
    id: d.id,
    position,
    name: d.name,
    vendor: d.vendor,
    kind: d.kind,
    metrics: deviceMetrics(d.id).map((t) => t.name),
    units: Object.fromEntries(deviceMetrics(d.id).map((t) => [t.name, t.unit])),
    batch_size: d.batchSize,
    protocol: d.protocol,
    source: d.source,
  }));
}
