// Per optimizer, the mean and the min–max band over seeds of a per-evaluation column (best reward,
// hypervolume), sampled at ≤ `points` evaluations so a chart draws a few hundred points, not 1e5.

export interface RunColumns {
  optimizer: string;
  /** Evaluations received so far. */
  length: number;
  values: Float64Array;
}

export interface RaceSeries {
  optimizer: string;
  /** 1-based evaluation numbers. */
  x: number[];
  mean: number[];
  min: number[];
  max: number[];
}

export function raceSeries(runs: readonly RunColumns[], points = 200): RaceSeries[] {
  const byOptimizer = new Map<string, RunColumns[]>();
  for (const r of runs) byOptimizer.set(r.optimizer, [...(byOptimizer.get(r.optimizer) ?? []), r]);
  const out: RaceSeries[] = [];
  for (const [optimizer, group] of byOptimizer) {
    // Only evaluations every seed has reached, so the mean is over the same seeds throughout.
    const n = Math.min(...group.map((g) => g.length));
    const s: RaceSeries = { optimizer, x: [], mean: [], min: [], max: [] };
    if (n > 0) {
      const step = Math.max(1, Math.ceil(n / points));
      for (let i = 0; i < n; i += step) push(s, group, i);
      if ((n - 1) % step !== 0) push(s, group, n - 1);
    }
    out.push(s);
  }
  return out;
}

function push(s: RaceSeries, group: readonly RunColumns[], i: number): void {
  let sum = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const g of group) {
    const v = g.values[i];
    sum += v;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  s.x.push(i + 1);
  s.mean.push(sum / group.length);
  s.min.push(lo);
  s.max.push(hi);
}
