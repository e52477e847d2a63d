// The change of a profiled device's metric between two architectures in the editor (#12), in the shape
// of the surrogate's predicted differences so the table reads it the same way: the relative change
// exp(Δz) − 1 of the kernel-level model's predictions (Δz = log after/before), its 90% interval, the
// run-to-run noise and the verdict (surrogates/runtime/predictedDifference.ts). The kernel model has no
// members to pair, so the interval treats the fit's held-out log residuals (std s) as independent per
// architecture, σ²_Δ = 2s²: an upper bound, since two architectures one gene apart share most kernels
// and most of their error. The noise is what two timings of one network differ by, from the
// profile's own interquartile ranges (over its rounds, each a fresh session; over the runs of one pass
// in profiles measured before rounds).
import { Z90 } from '@/core/metrics/normalQuantile';
import { median } from '@/core/metrics/median';
import { differenceVerdict, runNoiseBand, type PredictedDifference } from '@/surrogates/runtime/predictedDifference';

/** IQR of a normal distribution in standard deviations: σ ≈ IQR / 1.349. */
const IQR_PER_SD = 1.349;

/**
 * Run-to-run variance of one network's time in log space, from the timed networks' IQR/median ratios
 * (their median, so one noisy network does not set it).
 */
export function profiledRunNoise(networks: readonly { ms: number; iqrMs: number }[]): number {
  if (networks.length === 0) return 0;
  const sd = median(networks.map((n) => n.iqrMs / n.ms / IQR_PER_SD).sort((a, b) => a - b));
  return sd * sd;
}

export function profiledDifference(before: number, after: number, logResidualStd: number, runNoise: number): PredictedDifference {
  if (!(before > 0 && after > 0)) throw new RangeError(`profiledDifference: predictions must be positive, got ${before} and ${after}`);
  const dz = Math.log(after / before);
  const variance = 2 * logResidualStd * logResidualStd;
  const half = Z90 * Math.sqrt(variance);
  return {
    delta: Math.expm1(dz),
    lo: Math.expm1(dz - half),
    hi: Math.expm1(dz + half),
    noise: Math.expm1(runNoiseBand(runNoise)),
    verdict: differenceVerdict(dz, variance, runNoise),
  };
}
