// Quantises float32 features into at most 255 bins per feature, the histogram form the boosted
// trees train on. Cut points are float32 values that separate two observed values, so a split
// "bin ≤ s" is exactly the runtime test "x ≤ cut[s]" on the encoder's float32 output.

export interface BinnedFeatures {
  rows: number;
  featureCount: number;
  /** Row-major bin index of each value, [rows, featureCount]. */
  bins: Uint8Array;
  /** Per feature, ascending cut points: bin b holds values in (cut[b-1], cut[b]]. */
  cuts: Float32Array[];
  /** Per feature, where its bins start in a flat histogram; the last entry is the total bin count. */
  offsets: Int32Array;
}

export const MAX_BINS = 255;

/** Cut points of one feature from its training values (ascending, float32, deterministic). */
function featureCuts(values: Float32Array, maxBins: number): Float32Array {
  const sorted = Float32Array.from(values).sort();
  const distinct: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (distinct.length > 0 && sorted[i] === distinct[distinct.length - 1]) counts[counts.length - 1]++;
    else {
      distinct.push(sorted[i]);
      counts.push(1);
    }
  }
  const cuts: number[] = [];
  const between = (lo: number, hi: number) => {
    const mid = Math.fround((lo + hi) / 2);
    return mid < hi && mid >= lo ? mid : lo;
  };
  if (distinct.length <= maxBins) {
    for (let i = 0; i + 1 < distinct.length; i++) cuts.push(between(distinct[i], distinct[i + 1]));
  } else {
    // Equal-count bins over the sorted values; a cut never splits equal values.
    const perBin = sorted.length / maxBins;
    let seen = 0;
    let next = perBin;
    for (let i = 0; i + 1 < distinct.length; i++) {
      seen += counts[i];
      if (seen >= next) {
        cuts.push(between(distinct[i], distinct[i + 1]));
        while (next <= seen) next += perBin;
        if (cuts.length === maxBins - 1) break;
      }
    }
  }
  return Float32Array.from(cuts);
}

/** Index of the bin holding `x`: the first cut with x ≤ cut, or cuts.length. */
export function binOf(cuts: Float32Array, x: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x <= cuts[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Bins the rows of `x` ([rows, featureCount], row-major) with cut points learnt from those rows. */
export function binFeatures(x: Float32Array, rows: number, featureCount: number, maxBins = MAX_BINS): BinnedFeatures {
  const cuts: Float32Array[] = [];
  const column = new Float32Array(rows);
  for (let f = 0; f < featureCount; f++) {
    for (let i = 0; i < rows; i++) column[i] = x[i * featureCount + f];
    cuts.push(featureCuts(column, maxBins));
  }
  const offsets = new Int32Array(featureCount + 1);
  for (let f = 0; f < featureCount; f++) offsets[f + 1] = offsets[f] + cuts[f].length + 1;
  const bins = new Uint8Array(rows * featureCount);
  for (let i = 0; i < rows; i++) {
    for (let f = 0; f < featureCount; f++) bins[i * featureCount + f] = binOf(cuts[f], x[i * featureCount + f]);
  }
  return { rows, featureCount, bins, cuts, offsets };
}
