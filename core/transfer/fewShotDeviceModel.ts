// A new device's metric from a few measured architectures (#12, HELP's idea: transfer from the devices
// already known). Each architecture is described by reference features — the log of the eight ANB
// device metrics as the surrogates predict them (available for any architecture), log MACs and log
// params — and the new metric's log is a ridge regression on those, fitted to the k measured ones.
// With k = 10–50 samples and ~10 features the penalty and the feature set decide everything, so both
// are chosen by leave-one-out error on the k samples themselves: all features, or one reference feature
// alone (a device that behaves like one known device is best explained by it, and 10 samples cannot
// support 10 weights). Log space: throughput and latency are multiplicative (a network twice as costly
// is twice as slow), and the relative error is what matters on every device's scale.
import { choleskySolve } from '../metrics/choleskySolve';

/** Penalties tried on the standardised features, smallest to largest. */
export const RIDGE_GRID = [1e-3, 1e-2, 0.1, 0.3, 1, 3, 10] as const;

export interface FewShotDeviceModel {
  /** Feature columns used (indices into the reference features); all of them or one. */
  readonly features: readonly number[];
  readonly ridge: number;
  /** Root mean squared leave-one-out error of log(metric) on the k samples at the chosen setting. */
  readonly looRmse: number;
  /** log(metric) for one architecture's reference features. */
  predictLog(reference: ArrayLike<number>): number;
}

/**
 * `reference[i]` are sample i's reference features (finite), `logMetric[i]` the log of its measured
 * value. Needs at least 3 samples. Deterministic.
 */
export function fitFewShotDeviceModel(reference: readonly ArrayLike<number>[], logMetric: readonly number[]): FewShotDeviceModel {
  const k = reference.length;
  if (k < 3) throw new Error(`fitFewShotDeviceModel needs at least 3 measured architectures, got ${k}`);
  if (logMetric.length !== k) throw new Error(`fitFewShotDeviceModel: ${k} feature rows but ${logMetric.length} values`);
  const width = reference[0].length;
  for (const [i, row] of reference.entries()) {
    if (row.length !== width) throw new Error(`fitFewShotDeviceModel: row ${i} has ${row.length} features, row 0 has ${width}`);
    for (let c = 0; c < width; c++)
      if (!Number.isFinite(row[c])) throw new Error(`fitFewShotDeviceModel: feature ${c} of row ${i} is not finite`);
    if (!Number.isFinite(logMetric[i])) throw new Error(`fitFewShotDeviceModel: value ${i} is not finite`);
  }
  const subsets: number[][] = [Array.from({ length: width }, (_, c) => c), ...Array.from({ length: width }, (_, c) => [c])];
  let best: { features: number[]; ridge: number; sse: number } | null = null;
  for (const features of subsets) {
    for (const ridge of RIDGE_GRID) {
      let sse = 0;
      for (let h = 0; h < k; h++) {
        const rows = reference.filter((_, i) => i !== h);
        const w = fitRidge(
          rows,
          logMetric.filter((_, i) => i !== h),
          features,
          ridge,
        );
        const e = w.predict(reference[h]) - logMetric[h];
        sse += e * e;
      }
      // Strictly smaller only: ties keep the earlier (fuller feature set, smaller penalty) setting.
      if (!best || sse < best.sse) best = { features, ridge, sse };
    }
  }
  const chosen = best!;
  const fit = fitRidge(reference, logMetric, chosen.features, chosen.ridge);
  return { features: chosen.features, ridge: chosen.ridge, looRmse: Math.sqrt(chosen.sse / k), predictLog: fit.predict };
}

/** Ridge on standardised columns `features` with an unpenalised intercept. */
function fitRidge(rows: readonly ArrayLike<number>[], y: readonly number[], features: readonly number[], ridge: number) {
  const n = rows.length;
  const p = features.length + 1;
  const mean = features.map((c) => rows.reduce((s, r) => s + r[c], 0) / n);
  // A constant column (sd 0) is left unscaled: the ridge then holds its weight at 0.
  const scale = features.map((c, j) => Math.sqrt(rows.reduce((s, r) => s + (r[c] - mean[j]) ** 2, 0) / n) || 1);
  const x = (r: ArrayLike<number>) => [1, ...features.map((c, j) => (r[c] - mean[j]) / scale[j])];
  const a = new Float64Array(p * p);
  const b = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    const xi = x(rows[i]);
    for (let u = 0; u < p; u++) {
      b[u] += xi[u] * y[i];
      for (let v = 0; v <= u; v++) a[u * p + v] += xi[u] * xi[v];
    }
  }
  const w = choleskySolve(a, b, p, { ridge, ridgeFrom: 1, smallPivot: 'clamp' });
  return { predict: (r: ArrayLike<number>) => x(r).reduce((s, v, u) => s + v * w[u], 0) };
}
