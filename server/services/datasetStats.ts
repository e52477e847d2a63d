// Dataset statistics: counts, per-metric ranges and missing values, the repeated trainings (the
// benchmark's own noise floor) and how exactly our analytic MACs/params reproduce the dataset's.
import 'server-only';
import { compareMacsParams } from '@/core/metrics/macsParams';
import { median } from '@/core/metrics/median';
import { TARGETS } from '@/core/targets';
import type { Database } from '../db/openDatabase';
import type { RecordRow } from '../db/schema';
import { getSnapshot, memo } from './datasetSnapshot';
import { metricValue } from './metricValue';
import { storedArchitecture } from './storedArchitecture';

function summary(values: number[]) {
  if (values.length === 0) return { min: null, max: null, mean: null, median: null };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0],
    max: sorted[sorted.length - 1],
    mean: values.reduce((s, v) => s + v, 0) / values.length,
    median: median(sorted),
  };
}

function repeats(rows: RecordRow[]) {
  const byCode = new Map<string, RecordRow[]>();
  for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  const pairs = [...byCode.entries()]
    .filter(([, rs]) => rs.length > 1)
    .map(([code, rs]) => {
      const top1 = rs.map((r) => r.val_top1);
      return { code, resultIds: rs.map((r) => r.result_id), valTop1: top1, absDiffTop1: Math.max(...top1) - Math.min(...top1) };
    })
    .sort((a, b) => a.resultIds[0] - b.resultIds[0]);
  const diffs = pairs.map((p) => p.absDiffTop1);
  return {
    architectures: byCode.size,
    pairs,
    maxAbsDiffTop1: diffs.length ? Math.max(...diffs) : null,
    meanAbsDiffTop1: diffs.length ? diffs.reduce((s, v) => s + v, 0) / diffs.length : null,
  };
}

export async function datasetStats(db: Database) {
  const snap = await getSnapshot(db);
  return memo(snap, 'stats', () => {
    const rows = snap.records;
    const rep = repeats(rows);
    const check = compareMacsParams(rows.map((r) => ({ architecture: storedArchitecture(r.code), macs: r.macs, params: r.params })));
    const splits = { train: 0, val: 0, test: 0, none: 0 };
    for (const r of rows) splits[r.split ?? 'none']++;
    return {
      version: snap.version.hash,
      importedAt: snap.version.imported_at.toISOString(),
      records: rows.length,
      architectures: rep.architectures,
      repeatedArchitectures: rep.pairs.length,
      splits,
      proxyRuns: snap.proxyRuns.length,
      devices: snap.devices.length,
      metrics: TARGETS.map((t) => {
        const values = rows.map((r) => metricValue(r, t.name)).filter((v): v is number => v !== null);
        return { name: t.name, unit: t.unit, count: values.length, missing: rows.length - values.length, ...summary(values) };
      }),
      repeats: { pairs: rep.pairs, maxAbsDiffTop1: rep.maxAbsDiffTop1, meanAbsDiffTop1: rep.meanAbsDiffTop1 },
      macsParamsCheck: check,
    };
  });
}
