// Two device metrics against each other, one point per measured record (the records where both were
// measured, as in the rank-correlation matrix), with the pair's Spearman ρ and Kendall τ-b computed the
// matrix's way (latency negated) so the scatter on /compare states the number of the cell clicked.
// A profiled device (#12) is read through deviceMetricReader: its values are its profile's predictions.
import 'server-only';
import { z } from 'zod';
import { kendallTauB, spearman } from '@/core/metrics/rankCorrelation';
import type { Database } from '../db/openDatabase';
import { getSnapshot, memo } from './datasetSnapshot';
import { anyDeviceMetricSchema, deviceMetricReader } from './deviceMetricReader';

export const devicePairInput = z.strictObject({
  a: anyDeviceMetricSchema,
  b: anyDeviceMetricSchema,
});
export type DevicePairInput = z.input<typeof devicePairInput>;

export async function devicePair(db: Database, raw: DevicePairInput) {
  const { a, b } = devicePairInput.parse(raw);
  const snap = await getSnapshot(db);
  const [readA, readB] = await Promise.all([deviceMetricReader(db, a), deviceMetricReader(db, b)]);
  const compute = () => {
    const codes: string[] = [];
    const valuesA: number[] = [];
    const valuesB: number[] = [];
    for (const r of snap.records) {
      const va = readA.value(r);
      const vb = readB.value(r);
      if (va === null || vb === null) continue;
      codes.push(r.code);
      valuesA.push(va);
      valuesB.push(vb);
    }
    const signA = readA.direction === 'min' ? -1 : 1;
    const signB = readB.direction === 'min' ? -1 : 1;
    const oa = valuesA.map((v) => signA * v);
    const ob = valuesB.map((v) => signB * v);
    const enough = codes.length >= 2;
    return {
      a,
      b,
      profiled: { a: readA.profiled, b: readB.profiled },
      labels: { a: readA.label, b: readB.label },
      units: { a: readA.unit, b: readB.unit },
      n: codes.length,
      spearman: enough ? spearman(oa, ob) : null,
      kendall: enough ? kendallTauB(oa, ob) : null,
      codes,
      valuesA,
      valuesB,
    };
  };
  // Keyed by the pair of ANB metrics: at most 8 × 8 entries per snapshot, so the memo stays bounded; a
  // pair with a profiled device (any number of ids) is computed each time (a few ms).
  return readA.profiled || readB.profiled ? compute() : memo(snap, `devicePair:${a}:${b}`, compute);
}
