// For each device metric, the best measured architecture among those at or above a top-1 threshold:
// highest throughput or lowest latency, with the runner-up (another architecture) for the margin, and
// whether that margin is within measurement noise: smaller than two measurements of one network differ
// by at 90%, 1.645·√(2N) in log units, N from the networks the dataset measured twice.
import 'server-only';
import { z } from 'zod';
import { pooledRunVariance } from '@/core/metrics/pooledRunVariance';
import { DEVICE_METRICS, type DeviceMetricName } from '@/core/targets';
import { runNoiseBand } from '@/surrogates/runtime/predictedDifference';
import type { Database } from '../db/openDatabase';
import type { RecordRow } from '../db/schema';
import { getSnapshot, memo } from './datasetSnapshot';
import { metricValue } from './metricValue';

export const bestPerDeviceInput = z.strictObject({
  /** Top-1 threshold in %; the dataset spans 42.85–67.05. */
  minTop1: z.number().min(0).max(100).default(64),
});
export type BestPerDeviceInput = z.input<typeof bestPerDeviceInput>;

function pick(r: RecordRow, name: DeviceMetricName) {
  return {
    code: r.code,
    resultId: r.result_id,
    valTop1: r.val_top1,
    value: metricValue(r, name)!,
    std: r[`${name}_std`],
    macs: r.macs,
    params: r.params,
  };
}

/** The 90% band of the log difference of two single measurements of one network, as a %, per metric. */
function marginNoisePct(records: readonly RecordRow[], name: DeviceMetricName): { pct: number; dof: number } {
  const byCode = new Map<string, number[]>();
  for (const r of records) {
    const v = metricValue(r, name);
    if (v === null || v <= 0) continue;
    const list = byCode.get(r.code) ?? [];
    list.push(Math.log(v));
    byCode.set(r.code, list);
  }
  const { variance, dof } = pooledRunVariance(byCode.values());
  return { pct: 100 * Math.expm1(runNoiseBand(variance)), dof };
}

export async function bestPerDevice(db: Database, raw: BestPerDeviceInput) {
  const input = bestPerDeviceInput.parse(raw);
  const snap = await getSnapshot(db);
  // Not memoised: eight passes over 5,138 rows take milliseconds, and a memo keyed by a free-form
  // threshold would grow without bound.
  const eligible = snap.records.filter((r) => r.val_top1 >= input.minTop1);
  const rows = DEVICE_METRICS.map((t) => {
    const name = t.name;
    const better = (x: number, y: number) => (t.direction === 'max' ? x > y : x < y);
    let best: RecordRow | null = null;
    let candidates = 0;
    for (const r of eligible) {
      const v = metricValue(r, name);
      if (v === null) continue;
      candidates++;
      if (!best || better(v, metricValue(best, name)!) || (v === metricValue(best, name) && r.result_id < best.result_id)) best = r;
    }
    let runnerUp: RecordRow | null = null;
    if (best) {
      for (const r of eligible) {
        const v = metricValue(r, name);
        if (v === null || r.code === best.code) continue;
        if (!runnerUp || better(v, metricValue(runnerUp, name)!)) runnerUp = r;
      }
    }
    const b = best ? pick(best, name) : null;
    const ru = runnerUp ? pick(runnerUp, name) : null;
    const noise = memo(snap, `marginNoise:${name}`, () => marginNoisePct(snap.records, name));
    const marginPct = b && ru ? (t.direction === 'max' ? b.value / ru.value - 1 : 1 - b.value / ru.value) * 100 : null;
    return {
      metric: name,
      unit: t.unit,
      direction: t.direction,
      candidates,
      best: b,
      runnerUp: ru,
      /** How much better the best is than the runner-up, in % of the runner-up's value. */
      marginPct,
      /** What two measurements of one network differ by at 90%, in % (from the twice-measured networks). */
      marginNoisePct: noise.dof > 0 ? noise.pct : null,
      /** The margin is smaller than that: the order of the two could flip on a re-measurement. */
      marginWithinNoise: marginPct !== null && noise.dof > 0 ? marginPct < noise.pct : null,
    };
  });
  return {
    minTop1: input.minTop1,
    eligible: eligible.length,
    maxTop1: snap.records.reduce((m, r) => Math.max(m, r.val_top1), -Infinity),
    rows: rows.map((r) => ({
      ...r,
      alsoBestOn: rows.filter((o) => o.metric !== r.metric && o.best && r.best && o.best.code === r.best.code).map((o) => o.metric),
    })),
  };
}
