// How differently the accelerators rank the same architectures: Spearman and Kendall τ-b between
// every pair of hardware metrics and top-1, over records where both values exist. Latency is
// negated first so that for every metric "higher is better" and agreement shows as positive. /compare
// adds profiled devices (#12) through deviceRankCorrelationWith; the REST route serves ANB's matrix.
import 'server-only';
import { z } from 'zod';
import { kendallTauB, spearman } from '@/core/metrics/rankCorrelation';
import { DEVICE_METRIC_NAMES, isDeviceMetricName, target, type TargetName } from '@/core/targets';
import type { Database } from '../db/openDatabase';
import { getSnapshot, memo } from './datasetSnapshot';
import { anyDeviceMetricSchema, deviceMetricReader } from './deviceMetricReader';
import { metricValue } from './metricValue';

export const CORRELATION_METRICS: TargetName[] = ['val_top1', ...DEVICE_METRIC_NAMES];

/** A metric's values over the records, negated for lower-is-better so that higher is better for all. */
function oriented(values: readonly (number | null)[], direction: 'min' | 'max'): (number | null)[] {
  const sign = direction === 'min' ? -1 : 1;
  return values.map((v) => (v === null ? null : sign * v));
}

/** Fills cell (i, j) and (j, i) of the three matrices from the records where both columns have a value. */
function fillPair(columns: (number | null)[][], i: number, j: number, sp: number[][], kt: number[][], n: number[][]) {
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < columns[i].length; r++) {
    const x = columns[i][r];
    const y = columns[j][r];
    if (x !== null && y !== null) {
      a.push(x);
      b.push(y);
    }
  }
  n[i][j] = n[j][i] = a.length;
  if (i !== j) {
    sp[i][j] = sp[j][i] = spearman(a, b);
    kt[i][j] = kt[j][i] = kendallTauB(a, b);
  }
}

export async function deviceRankCorrelation(db: Database) {
  const snap = await getSnapshot(db);
  return memo(snap, 'rankCorrelation', () => {
    const m = CORRELATION_METRICS;
    const columns = m.map((name) =>
      oriented(
        snap.records.map((r) => metricValue(r, name)),
        target(name).direction,
      ),
    );
    const size = m.length;
    const sp = Array.from({ length: size }, () => new Array<number>(size).fill(1));
    const kt = Array.from({ length: size }, () => new Array<number>(size).fill(1));
    const n = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    for (let i = 0; i < size; i++) for (let j = i; j < size; j++) fillPair(columns, i, j, sp, kt, n);
    return {
      metrics: m,
      spearman: sp,
      kendall: kt,
      n,
      note: 'Latency metrics are negated so that higher is better for every metric; positive values mean the two metrics rank architectures alike.',
    };
  });
}

/** Bounded: /compare adds at most its devices A and B. */
export const rankCorrelationInput = z
  .strictObject({
    profiled: z
      .array(anyDeviceMetricSchema.refine((m) => !isDeviceMetricName(m), 'an ANB device metric is in the matrix already'))
      .max(2)
      .describe("Profiled devices' metrics (<id>.latency / <id>.throughput) to add as rows and columns"),
  })
  .optional();

/**
 * The matrix with profiled devices' metrics (#12) added as last rows and columns: each over every record,
 * its value the profile's prediction for the record's architecture (deviceMetricReader), oriented like
 * the others. The ANB part is the memoised matrix above; the added cells take a few ms each (τ-b is
 * O(n log n)), so they are not cached and a deleted profile is a not_found at once.
 */
export async function deviceRankCorrelationWith(db: Database, raw: z.input<typeof rankCorrelationInput>) {
  const base = await deviceRankCorrelation(db);
  const names = [...new Set(rankCorrelationInput.parse(raw)?.profiled ?? [])];
  if (!names.length)
    return { ...base, metrics: base.metrics as string[], profiled: [] as { name: string; label: string; short: string }[] };
  const snap = await getSnapshot(db);
  const readers = await Promise.all(names.map((name) => deviceMetricReader(db, name)));
  const columns = [
    ...base.metrics.map((name) =>
      oriented(
        snap.records.map((r) => metricValue(r, name)),
        target(name).direction,
      ),
    ),
    ...readers.map((reader) =>
      oriented(
        snap.records.map((r) => reader.value(r)),
        reader.direction,
      ),
    ),
  ];
  const size = columns.length;
  const grow = (m: number[][], diagonal: number) =>
    Array.from({ length: size }, (_, i) =>
      Array.from({ length: size }, (_, j) => (i < m.length && j < m.length ? m[i][j] : i === j ? diagonal : NaN)),
    );
  const sp = grow(base.spearman, 1);
  const kt = grow(base.kendall, 1);
  const n = grow(base.n, 0);
  for (let i = base.metrics.length; i < size; i++) for (let j = 0; j <= i; j++) fillPair(columns, i, j, sp, kt, n);
  return {
    metrics: [...base.metrics, ...names] as string[],
    spearman: sp,
    kendall: kt,
    n,
    note: `${base.note} A profiled device's values are its profile's predictions for the measured architectures, not measurements.`,
    profiled: readers.map((r) => ({ name: r.name as string, label: r.label, short: r.short })),
  };
}
