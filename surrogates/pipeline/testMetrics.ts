// The report's per-target numbers on held-out records: fit (R², MAE), ranking (Kendall τ-b,
// Spearman ρ) of the predicted means, how often the 90% interval mean ± 1.645·std holds the value
// and how wide it is on average, and the share of points flagged out of distribution.
import { kendallTauB, meanAbsoluteError, rSquared, spearman } from '../../core/metrics/rankCorrelation';
import { Z90 } from '../../core/metrics/normalQuantile';
import type { SurrogateTestMetrics } from '../runtime/manifestSchema';

export function testMetrics(
  nTrain: number,
  actual: Float64Array,
  mean: Float64Array,
  std: Float64Array,
  /** Per point: flagged out of distribution (runtime/outOfDistributionLevel.ts). */
  flagged: readonly boolean[],
): Omit<SurrogateTestMetrics, 'difference_coverage90'> {
  let covered = 0;
  let width = 0;
  for (let i = 0; i < actual.length; i++) {
    if (Math.abs(actual[i] - mean[i]) <= Z90 * std[i]) covered++;
    width += 2 * Z90 * std[i];
  }
  return {
    n_train: nTrain,
    n_test: actual.length,
    r2: rSquared(actual, mean),
    kendall_tau: kendallTauB(actual, mean),
    spearman: spearman(actual, mean),
    mae: meanAbsoluteError(actual, mean),
    coverage90: covered / actual.length,
    width90: width / actual.length,
    ood_flag_rate: flagged.filter(Boolean).length / actual.length,
  };
}
