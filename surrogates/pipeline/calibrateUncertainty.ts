// Turns ensemble spread into a calibrated predictive std, from held-out residuals (the validation
// split's, plus out-of-fold ones from the training split; never test).
// Model: in the target's model space the observation is y = μ(x) + ε, ε ~ N(0, σ²(x)) with
// σ²(x) = b·(1 + ρ·v(x)/v̄): a noise floor b (training / measurement noise, which no ensemble
// spread shows) plus a share proportional to the members' variance v(x) (model uncertainty).
// 1. ρ and b by maximum likelihood on the held-out residuals (grid over ρ, closed form for b).
// 2. A split-conformal scale c: the smallest factor such that the reported 90% interval,
//    mean ± 1.645·std in natural units, holds ⌈0.9·(n+1)⌉ of the n held-out points. For new
//    points drawn like those this gives ≥ 90% coverage (and < 90% + 1/(n+1) on average).
// The result is σ²(x) = A·v(x) + B with A = c²·b·ρ/v̄, B = c²·b.
import { Z90 } from '../../core/metrics/normalQuantile';
import { naturalMoments, type TargetTransform } from '../runtime/naturalMoments';

export interface UncertaintyCalibration {
  /** Multiplies the ensemble variance (model-space units²). */
  varianceScale: number;
  /** Added variance (model-space units²). */
  varianceFloor: number;
  /** Diagnostics: maximum-likelihood ρ, b and the conformal factor c. */
  rho: number;
  noise: number;
  conformal: number;
}

export function intervalCovers(transform: TargetTransform, mu: number, variance: number, y: number): boolean {
  const { mean, std } = naturalMoments(transform, mu, variance);
  return Math.abs(y - mean) <= Z90 * std;
}

export function calibrateUncertainty(
  transform: TargetTransform,
  mu: Float64Array,
  spread: Float64Array,
  z: Float64Array,
  y: Float64Array,
  level = 0.9,
): UncertaintyCalibration {
  const n = mu.length;
  let vBar = 0;
  for (let i = 0; i < n; i++) vBar += spread[i];
  vBar = vBar / n || 1;

  let best = { nll: Infinity, rho: 0, b: 0 };
  const rhos = [0, ...Array.from({ length: 61 }, (_, i) => 10 ** (-3 + i * 0.1))];
  for (const rho of rhos) {
    let b = 0;
    for (let i = 0; i < n; i++) b += (z[i] - mu[i]) ** 2 / (1 + (rho * spread[i]) / vBar);
    b = Math.max(b / n, 1e-300);
    let nll = 0;
    for (let i = 0; i < n; i++) nll += Math.log(b * (1 + (rho * spread[i]) / vBar));
    if (nll < best.nll - 1e-9) best = { nll, rho, b };
  }
  const { rho, b } = best;
  const varianceAt = (i: number, c: number) => c * c * b * (1 + (rho * spread[i]) / vBar);

  // Per point, the smallest c whose interval covers it (coverage is monotone in c); the conformal
  // factor is their ⌈level·(n+1)⌉-th smallest.
  const critical = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let lo = 0;
    let hi = 1;
    while (!intervalCovers(transform, mu[i], varianceAt(i, hi), y[i]) && hi < 1e6) hi *= 2;
    for (let it = 0; it < 60; it++) {
      const mid = (lo + hi) / 2;
      if (intervalCovers(transform, mu[i], varianceAt(i, mid), y[i])) hi = mid;
      else lo = mid;
    }
    critical[i] = hi;
  }
  critical.sort();
  const k = Math.min(n, Math.ceil(level * (n + 1))) - 1;
  const c = critical[k];
  return { varianceScale: (c * c * b * rho) / vBar, varianceFloor: c * c * b, rho, noise: b, conformal: c };
}
