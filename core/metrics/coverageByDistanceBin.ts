// A reliability diagram by distance from the data: test points grouped into bins of their gene distance
// to the nearest training architecture, and per bin the share inside the stated interval and the
// interval's mean width relative to the prediction. Calibration averaged over a split can hide a drift
// with distance; this shows it.

export interface DistanceBin {
  /** Smallest distance in the bin (inclusive). */
  min: number;
  /** Largest distance in the bin (inclusive); the last bin is open-ended and holds everything above. */
  max: number;
  /** How many points fall in the bin. */
  n: number;
}

export interface DistancedPrediction {
  distance: number;
  measured: number;
  mean: number;
  std: number;
}

export interface BinCoverage {
  min: number;
  max: number;
  /** Points in the bin with this target measured. */
  n: number;
  /** Share of them inside mean ± z·std; null for an empty bin. */
  coverage: number | null;
  /** Mean of 2·z·std / |mean| over them; null for an empty bin. */
  meanRelativeWidth: number | null;
}

/**
 * Consecutive integer-distance bins holding at least `minCount` points each: distances are taken in
 * ascending order and a bin closes once it is full; a short remainder joins the last bin. Bins fitted to
 * the data rather than fixed edges, because where test points sit (distance 1–3 on a random split, far
 * more on a held-out-extremes one) depends on the split, and a bin of a dozen points says nothing.
 */
export function distanceBins(distances: readonly number[], minCount: number): DistanceBin[] {
  const counts = new Map<number, number>();
  for (const d of distances) counts.set(d, (counts.get(d) ?? 0) + 1);
  const values = [...counts.keys()].sort((a, b) => a - b);
  const bins: DistanceBin[] = [];
  let open: DistanceBin | null = null;
  for (const d of values) {
    open ??= { min: d, max: d, n: 0 };
    open.max = d;
    open.n += counts.get(d)!;
    if (open.n >= minCount) {
      bins.push(open);
      open = null;
    }
  }
  if (open) {
    const last = bins.at(-1);
    if (last) {
      last.max = open.max;
      last.n += open.n;
    } else bins.push(open);
  }
  return bins;
}

/** Coverage of mean ± z·std and mean relative width per bin, in the bins' order. */
export function coverageByDistanceBin(rows: readonly DistancedPrediction[], bins: readonly DistanceBin[], z: number): BinCoverage[] {
  return bins.map((bin, i) => {
    const last = i === bins.length - 1;
    const inBin = rows.filter((r) => r.distance >= bin.min && (last || r.distance <= bin.max));
    const n = inBin.length;
    if (n === 0) return { min: bin.min, max: bin.max, n, coverage: null, meanRelativeWidth: null };
    const inside = inBin.filter((r) => Math.abs(r.measured - r.mean) <= z * r.std).length;
    const width = inBin.reduce((s, r) => s + (2 * z * r.std) / Math.abs(r.mean), 0);
    return { min: bin.min, max: bin.max, n, coverage: inside / n, meanRelativeWidth: width / n };
  });
}
