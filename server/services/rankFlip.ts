// Rank flips between two device metrics: the N most accurate architectures ranked on device A and on
// device B (1 = best: highest throughput, lowest latency), and how much the two orders agree. Either
// device may be a profiled one (#12): its values are its profile's predictions (deviceMetricReader).
import 'server-only';
import { z } from 'zod';
import { kendallTauB, spearman } from '@/core/metrics/rankCorrelation';
import type { Database } from '../db/openDatabase';
import type { RecordRow } from '../db/schema';
import { getSnapshot, memo } from './datasetSnapshot';
import { anyDeviceMetricSchema, deviceMetricReader } from './deviceMetricReader';

export const rankFlipInput = z.strictObject({
  a: anyDeviceMetricSchema,
  b: anyDeviceMetricSchema,
  /** Bounded: a slope chart of more than a few hundred lines is unreadable. */
  n: z.int().min(5).max(500).default(50),
});
export type RankFlipInput = z.input<typeof rankFlipInput>;

/** One record per architecture: of the 13 trained twice, the first training (lowest result id). */
export function firstRecordPerCode(rows: RecordRow[]): RecordRow[] {
  const seen = new Set<string>();
  return [...rows].sort((x, y) => x.result_id - y.result_id).filter((r) => (seen.has(r.code) ? false : (seen.add(r.code), true)));
}

/** 1-based ranks, best first, ties sharing their average rank. */
function ranksBestFirst(values: number[], direction: 'max' | 'min'): number[] {
  const order = values.map((_, i) => i).sort((i, j) => (direction === 'max' ? values[j] - values[i] : values[i] - values[j]));
  const ranks = new Array<number>(values.length);
  for (let s = 0; s < order.length;) {
    let e = s + 1;
    while (e < order.length && values[order[e]] === values[order[s]]) e++;
    for (let p = s; p < e; p++) ranks[order[p]] = (s + 1 + e) / 2;
    s = e;
  }
  return ranks;
}

export async function rankFlip(db: Database, raw: RankFlipInput) {
  const input = rankFlipInput.parse(raw);
  const snap = await getSnapshot(db);
  // Only the de-duplication is memoised: the rest takes milliseconds, and a memo keyed by (a, b, n)
  // would let clients grow the snapshot's memory without bound.
  const perCode = memo(snap, 'firstRecordPerCode', () => firstRecordPerCode(snap.records));
  const [readA, readB] = await Promise.all([deviceMetricReader(db, input.a), deviceMetricReader(db, input.b)]);
  const dirA = readA.direction;
  const dirB = readB.direction;
  const eligible = perCode.filter((r) => readA.value(r) !== null && readB.value(r) !== null);
  const chosen = [...eligible].sort((x, y) => y.val_top1 - x.val_top1 || x.result_id - y.result_id).slice(0, input.n);
  const va = chosen.map((r) => readA.value(r)!);
  const vb = chosen.map((r) => readB.value(r)!);
  const rankA = ranksBestFirst(va, dirA);
  const rankB = ranksBestFirst(vb, dirB);
  // Ranks are already oriented (1 = best on each device), so τ on ranks is τ on oriented values.
  const agree = chosen.length >= 2;
  const items = chosen
    .map((r, i) => ({
      code: r.code,
      resultId: r.result_id,
      valTop1: r.val_top1,
      valueA: va[i],
      valueB: vb[i],
      rankA: rankA[i],
      rankB: rankB[i],
    }))
    .sort((x, y) => x.rankA - y.rankA);
  return {
    a: input.a,
    b: input.b,
    /** Which side is a profiled device, its values predicted by its profile (#12). */
    profiled: { a: readA.profiled, b: readB.profiled },
    labels: { a: readA.label, b: readB.label },
    n: chosen.length,
    eligible: eligible.length,
    minTop1: chosen.length ? chosen[chosen.length - 1].val_top1 : null,
    kendallTau: agree ? kendallTauB(rankA, rankB) : null,
    spearman: agree ? spearman(rankA, rankB) : null,
    items,
  };
}
