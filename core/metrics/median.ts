// The median as the dataset statistics, the search reference points and the soak report show it.
// Not quantile(sorted, 0.5): for an even count that computes a + (b − a)·0.5, which differs from
// (a + b) / 2 in the last bit for about 0.6% of pairs, and the shown and asserted medians are (a + b) / 2.

/** The middle value of ascending `sorted`, or the mean of the two middle values for an even count. */
export function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
