// The kernel-level device model (#12, nn-Meter's idea on this project's additive layer structure): a
// network's time is its layers' kernel times summed, calibrated to whole networks on a few of them:
//   network ms ≈ intercept + slope × Σ kernel ms + perLayer × layers.
// The intercept is the stem, the head and one run's fixed cost; the slope is how much slower or faster
// a kernel runs inside a network than alone (caches, fused scheduling); perLayer removes the fixed cost
// every kernel paid when it was timed alone (one session run each), which a network pays once, not per
// layer — so it is usually negative. With fewer than 6 calibration networks (or layer counts that do not
// vary) the per-layer term is left out and the model is the line intercept + slope × Σ (or, when noise
// makes that line fall, slope × Σ through the origin).
import { choleskySolve } from '../metrics/choleskySolve';
import { mbconvLayers } from '../network/networkLayers';
import type { Architecture } from '../space/searchSpace';
import { fitLine } from './fitLine';
import { kernelSum } from './kernelCatalog';

export interface KernelDeviceModel {
  kernelMs: ReadonlyMap<string, number>;
  intercept: number;
  slope: number;
  perLayer: number;
  predictMs(arch: Architecture): number;
}

/** Calibration networks below which the per-layer term is not fitted (3 coefficients need spare points). */
export const MIN_NETWORKS_FOR_LAYER_TERM = 6;

export function fitKernelDeviceModel(
  kernelMs: ReadonlyMap<string, number>,
  calibration: readonly { arch: Architecture; measuredMs: number }[],
): KernelDeviceModel {
  const sums = calibration.map((c) => kernelSum(c.arch, kernelMs));
  const layers = calibration.map((c) => mbconvLayers(c.arch).length);
  const ys = calibration.map((c) => c.measuredMs);
  const model = (intercept: number, slope: number, perLayer: number): KernelDeviceModel => ({
    kernelMs,
    intercept,
    slope,
    perLayer,
    predictMs: (arch) => intercept + slope * kernelSum(arch, kernelMs) + perLayer * mbconvLayers(arch).length,
  });
  if (calibration.length >= MIN_NETWORKS_FOR_LAYER_TERM) {
    // Normal equations of y = a + b·Σ + c·L, centred for conditioning.
    const n = ys.length;
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / n;
    const ms = mean(sums);
    const ml = mean(layers);
    const my = mean(ys);
    let sss = 0;
    let ssl = 0;
    let sll = 0;
    let sys = 0;
    let syl = 0;
    for (let i = 0; i < n; i++) {
      const ds = sums[i] - ms;
      const dl = layers[i] - ml;
      const dy = ys[i] - my;
      sss += ds * ds;
      ssl += ds * dl;
      sll += dl * dl;
      sys += dy * ds;
      syl += dy * dl;
    }
    const coef = choleskySolve(new Float64Array([sss, ssl, ssl, sll]), new Float64Array([sys, syl]), 2);
    // A slope that is not positive would rank more work as faster: fall back to the line.
    if (coef && coef[0] > 0) return model(my - coef[0] * ms - coef[1] * ml, coef[0], coef[1]);
  }
  const { a, b } = fitLine(sums, ys);
  if (b > 0) return model(a, b, 0);
  // A line falling with more work (a few noisy networks) would rank every network backwards and clamp
  // the fast ones at the floor: keep the proportional model through the origin instead.
  return model(0, ys.reduce((s, y) => s + y, 0) / sums.reduce((s, x) => s + x, 0), 0);
}
