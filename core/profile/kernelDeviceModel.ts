// The kernel-level device model (#12, nn-Meter's idea on this project's additive layer structure): a
// network's time is its layers' kernel times summed, calibrated to whole networks on a few of them:
//   network ms ≈ intercept + slope × Σ kernel ms + perLayer × layers + perGmac × GMACs.
// The intercept is the stem, the head and one run's fixed cost; the slope is how much slower or faster
// a kernel runs inside a network than alone (caches, fused scheduling); perLayer removes the fixed cost
// every kernel paid when it was timed alone (one session run each), which a network pays once, not per
// layer — so it is usually negative. perGmac corrects the mix: a kernel alone is priced with its input
// fresh from memory, inside a network its compute and its memory traffic overlap differently, so one
// slope over-prices some kernels and under-prices others in proportion to their arithmetic. On six CLI
// profiles of this 2-core VM (20 calibration, 50 held-out networks each) adding it raised held-out τ in
// every one, from 0.871–0.910 to 0.899–0.931. Terms need spare calibration networks: with fewer than 8
// the MACs term is left out, with fewer than 6 the per-layer term too, and a model whose slope is not
// positive falls back to the simpler one, down to the line intercept + slope × Σ (or, when noise makes
// that line fall, slope × Σ through the origin).
import { choleskySolve } from '../metrics/choleskySolve';
import { macsParams } from '../metrics/macsParams';
import { mbconvLayers } from '../network/networkLayers';
import type { Architecture } from '../space/searchSpace';
import { fitLine } from './fitLine';
import { kernelSum } from './kernelCatalog';

export interface KernelDeviceModel {
  kernelMs: ReadonlyMap<string, number>;
  intercept: number;
  slope: number;
  perLayer: number;
  /** ms per billion multiply-accumulates (the analytic count, core/metrics/macsParams). */
  perGmac: number;
  predictMs(arch: Architecture): number;
}

/** Calibration networks below which the per-layer term is not fitted (3 coefficients need spare points). */
export const MIN_NETWORKS_FOR_LAYER_TERM = 6;
/** Calibration networks below which the MACs term is not fitted (4 coefficients). */
export const MIN_NETWORKS_FOR_MACS_TERM = 8;

/** The architecture's analytic multiply-accumulates, billions. */
export const gmacs = (arch: Architecture) => macsParams(arch).macs / 1000;

/**
 * Least squares of ys on the columns with an intercept (centred normal equations, for conditioning):
 * [intercept, ...coefficients], or null when the design is rank-deficient.
 */
function fitCentred(columns: readonly number[][], ys: readonly number[]): number[] | null {
  const n = ys.length;
  const p = columns.length;
  const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / n;
  const mx = columns.map(mean);
  const my = mean(ys);
  const a = new Float64Array(p * p);
  const b = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    const dy = ys[i] - my;
    for (let j = 0; j < p; j++) {
      const dj = columns[j][i] - mx[j];
      b[j] += dj * dy;
      for (let k = 0; k < p; k++) a[j * p + k] += dj * (columns[k][i] - mx[k]);
    }
  }
  const coef = choleskySolve(a, b, p);
  if (!coef) return null;
  return [my - mx.reduce((s, m, j) => s + coef[j] * m, 0), ...coef];
}

export function fitKernelDeviceModel(
  kernelMs: ReadonlyMap<string, number>,
  calibration: readonly { arch: Architecture; measuredMs: number }[],
): KernelDeviceModel {
  const sums = calibration.map((c) => kernelSum(c.arch, kernelMs));
  const layers = calibration.map((c) => mbconvLayers(c.arch).length);
  const macs = calibration.map((c) => gmacs(c.arch));
  const ys = calibration.map((c) => c.measuredMs);
  const model = (intercept: number, slope: number, perLayer: number, perGmac: number): KernelDeviceModel => ({
    kernelMs,
    intercept,
    slope,
    perLayer,
    perGmac,
    predictMs: (arch) =>
      intercept + slope * kernelSum(arch, kernelMs) + perLayer * mbconvLayers(arch).length + (perGmac === 0 ? 0 : perGmac * gmacs(arch)),
  });
  // Richest first; a slope that is not positive would rank more work as faster: try the next simpler.
  if (calibration.length >= MIN_NETWORKS_FOR_MACS_TERM) {
    const c = fitCentred([sums, layers, macs], ys);
    if (c && c[1] > 0) return model(c[0], c[1], c[2], c[3]);
  }
  if (calibration.length >= MIN_NETWORKS_FOR_LAYER_TERM) {
    const c = fitCentred([sums, layers], ys);
    if (c && c[1] > 0) return model(c[0], c[1], c[2], 0);
  }
  const { a, b } = fitLine(sums, ys);
  if (b > 0) return model(a, b, 0, 0);
  // A line falling with more work (a few noisy networks) would rank every network backwards and clamp
  // the fast ones at the floor: keep the proportional model through the origin instead.
  return model(0, ys.reduce((s, y) => s + y, 0) / sums.reduce((s, x) => s + x, 0), 0, 0);
}
