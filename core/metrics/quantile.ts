// Quantiles of measured or resampled values: bench figures (p25/p50/p75, p99 of prediction times) and
// the design rules' bootstrap intervals read them off the same definition.

/**
 * The q-quantile of ascending `sorted`, interpolated linearly between the two nearest ranks
 * (Hyndman & Fan type 7, R's and NumPy's default): position (n − 1)·q.
 */
export function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
