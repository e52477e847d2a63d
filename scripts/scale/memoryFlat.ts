// Whether a process's resident memory levelled off over one window of steady load: the median RSS of
// the window's last third within max(48 MB, 15%) of its first third's. Used by test:soak (one instance,
// one load) and test:scale (each instance behind nginx, before the faults: a fault changes what an
// instance holds, so windows on either side of one do not measure a leak; see testScale.ts).
import { readFileSync } from 'node:fs';
import { median } from '@/core/metrics/median';

export interface RssSample {
  atMs: number;
  mb: number;
}

/** RSS may grow by this much, or by this fraction of the first third's median, whichever is larger. */
const SLACK_MB = 48;
const SLACK_FRACTION = 0.15;

/** Resident memory of process `pid` in MB, from /proc; NaN once it is gone. */
export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

export interface MemoryVerdict {
  /** Median RSS of the window's first and last thirds, MB. */
  first: number;
  last: number;
  allowed: number;
  samples: number;
  ok: boolean;
}

/** The samples inside [from, to] (all of them when no window is given), in time order. */
export function memoryLevelled(samples: RssSample[], window?: [number, number]): MemoryVerdict {
  const mb = samples
    .filter((s) => (!window || (s.atMs >= window[0] && s.atMs <= window[1])) && Number.isFinite(s.mb))
    .sort((a, b) => a.atMs - b.atMs)
    .map((s) => s.mb);
  const third = Math.max(1, Math.floor(mb.length / 3));
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const first = mb.length ? median(sorted(mb.slice(0, third))) : NaN;
  const last = mb.length ? median(sorted(mb.slice(-third))) : NaN;
  const allowed = Math.max(SLACK_MB, first * SLACK_FRACTION);
  // Fewer than 3 samples cannot show a trend: the check fails rather than pass on nothing.
  return { first, last, allowed, samples: mb.length, ok: mb.length >= 3 && last - first <= allowed };
}
