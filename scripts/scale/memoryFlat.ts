// Whether an instance's resident memory levelled off between two windows of the same load (both
// instances up): the soak's rule (scripts/soak.ts), median against median, 48 MB or 15% of slack.
import { readFileSync } from 'node:fs';
import { median } from '@/core/metrics/median';

export interface RssSample {
  atMs: number;
  mb: number;
}

/** Resident memory of process `pid` in MB, from /proc; NaN once it is gone. */
export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

export function memoryFlat(samples: RssSample[], first: [number, number], last: [number, number]) {
  const pick = ([from, to]: [number, number]) =>
    samples
      .filter((s) => s.atMs >= from && s.atMs <= to && Number.isFinite(s.mb))
      .map((s) => s.mb)
      .sort((a, b) => a - b);
  const [a, b] = [pick(first), pick(last)];
  const before = a.length ? median(a) : NaN;
  const after = b.length ? median(b) : NaN;
  const allowed = Math.max(48, before * 0.15);
  return { before, after, allowed, ok: a.length > 0 && b.length > 0 && after - before <= allowed };
}
