// How differently the accelerators rank the same architectures: Spearman and Kendall τ-b between
// every pair of hardware metrics and top-1, over records where both values exist. Latency is
// negated first so that for every metric "higher is better" and agreement shows as positive.
import 'server-only';
import { kendallTauB, spearman } from '@/core/metrics/rankCorrelation';
import { DEVICE_METRIC_NAMES, target, type TargetName } from '@/core/targets';
import type { Database } from '../db/openDatabase';
import { getSnapshot, memo } from './datasetSnapshot';
import { metricValue } from './metricValue';

export const CORRELATION_METRICS: TargetName[] = ['val_top1', ...DEVICE_METRIC_NAMES];

export async function deviceRankCorrelation(db: Database) {
  const snap = await getSnapshot(db);
  return memo(snap, 'rankCorrelation', () => {
    const m = CORRELATION_METRICS;
    const oriented = m.map((name) => {
      const sign = target(name).direction === 'min' ? -1 : 1;
      return snap.records.map((r) => {
        const v = metricValue(r, name);
        return v === null ? null : sign * v;
      });
    });
    const size = m.length;
    const sp = Array.from({ length: size }, () => new Array<number>(size).fill(1));
    const kt = Array.from({ length: size }, () => new Array<number>(size).fill(1));
    const n = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    for (let i = 0; i < size; i++) {
      for (let j = i; j < size; j++) {
        const a: number[] = [];
        const b: number[] = [];
        for (let r = 0; r < snap.records.length; r++) {
          const x = oriented[i][r];
          const y = oriented[j][r];
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
    }
    return {
      metrics: m,
      spearman: sp,
      kendall: kt,
      n,
      note: 'Latency metrics are negated so that higher is better for every metric; positive values mean the two metrics rank architectures alike.',
    };
  });
}
