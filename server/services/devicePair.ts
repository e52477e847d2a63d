// Two device metrics against each other, one point per measured record (the records where both were
// measured, as in the rank-correlation matrix), with the pair's Spearman ρ and Kendall τ-b computed the
// matrix's way (latency negated) so the scatter on /compare states the number of the cell clicked.
import 'server-only';
import { z } from 'zod';
import { kendallTauB, spearman } from '@/core/metrics/rankCorrelation';
import { DEVICE_METRIC_NAMES, target } from '@/core/targets';
import type { Database } from '../db/openDatabase';
import { getSnapshot, memo } from './datasetSnapshot';
import { metricValue } from './metricValue';

export const devicePairInput = z.strictObject({
  a: z.enum(DEVICE_METRIC_NAMES),
  b: z.enum(DEVICE_METRIC_NAMES),
});
export type DevicePairInput = z.input<typeof devicePairInput>;

export async function devicePair(db: Database, raw: DevicePairInput) {
  const { a, b } = devicePairInput.parse(raw);
  const snap = await getSnapshot(db);
  // Keyed by the pair: at most 8 × 8 entries per snapshot, so the memo stays bounded.
  return memo(snap, `devicePair:${a}:${b}`, () => {
    const codes: string[] = [];
    const valuesA: number[] = [];
    const valuesB: number[] = [];
    for (const r of snap.records) {
      const va = metricValue(r, a);
      const vb = metricValue(r, b);
      if (va === null || vb === null) continue;
      codes.push(r.code);
      valuesA.push(va);
      valuesB.push(vb);
    }
    const signA = target(a).direction === 'min' ? -1 : 1;
    const signB = target(b).direction === 'min' ? -1 : 1;
    const oa = valuesA.map((v) => signA * v);
    const ob = valuesB.map((v) => signB * v);
    const enough = codes.length >= 2;
    return {
      a,
      b,
      n: codes.length,
      spearman: enough ? spearman(oa, ob) : null,
      kendall: enough ? kendallTauB(oa, ob) : null,
      codes,
      valuesA,
      valuesB,
    };
  });
}
