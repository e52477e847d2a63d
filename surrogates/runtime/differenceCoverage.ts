// Does the predicted-difference interval hold for measured differences? On held-out architectures,
// every pair's measured difference in model space is compared with Δz ± z90·√(σ²_Δ + 2N): the
// expected difference's uncertainty (runtime/predictedDifference.ts) plus the run-to-run noise of the
// two single measurements. Binned by how many of the 28 genes differ: random architectures differ in
// ~16 genes and no two measured ones in fewer than 5, so the nearest bin is the closest the data comes
// to a one-gene edit. The same pairs calibrate the difference floor F (pipeline/differenceFloor.ts).
// Pure: the pipeline reports it on its test split, the server's /surrogates view on the paper's.
import { Z90 } from '../../core/metrics/normalQuantile';
import { GENE_COUNT } from '../../core/space/geneIndex';
import { differenceVariance, differenceVerdict, type DifferenceCalibration } from './predictedDifference';

export interface DifferenceCoverageBin {
  /** Genes that differ, inclusive bounds. */
  minDistance: number;
  maxDistance: number;
  pairs: number;
  /** Share of pairs whose measured difference lies in the 90% interval; null without pairs. */
  coverage90: number | null;
  /** Share of pairs called within noise (predictedDifference's verdict not 'clear'). */
  withinNoise: number | null;
}

export const DIFFERENCE_DISTANCE_BINS: readonly (readonly [number, number])[] = [
  [1, 10],
  [11, 12],
  [13, 14],
  [15, 16],
  [17, 18],
  [19, GENE_COUNT],
];

/** Held-out architectures as one model sees them. */
export interface HeldOutPoints {
  /** Packed gene indices [n, 28]. */
  genes: Uint8Array;
  /** Model-space member values [n, k]. */
  members: Float64Array;
  k: number;
  /** Measured values in model space (NaN where missing). */
  y: Float64Array;
  /** Edge scores s(x) [n]. */
  edge: Float64Array;
}

export interface DifferencePair {
  distance: number;
  /** Measured minus predicted difference, model space. */
  residual: number;
  /** σ²_Δ of the expected difference (runtime/predictedDifference.ts). */
  expected: number;
  dz: number;
}

/** Every pair of points with measured values at most `maxDistance` genes apart. */
export function forEachPair(
  calibration: DifferenceCalibration,
  p: HeldOutPoints,
  maxDistance: number,
  visit: (pair: DifferencePair) => void,
): void {
  const { genes, members, k, y, edge } = p;
  const n = y.length;
  const before = new Float64Array(k);
  const after = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(y[i])) continue;
    for (let j = i + 1; j < n; j++) {
      if (!Number.isFinite(y[j])) continue;
      let distance = 0;
      for (let g = 0; g < GENE_COUNT; g++) if (genes[i * GENE_COUNT + g] !== genes[j * GENE_COUNT + g]) distance++;
      if (distance > maxDistance) continue;
      before.set(members.subarray(i * k, (i + 1) * k));
      after.set(members.subarray(j * k, (j + 1) * k));
      const { dz, variance } = differenceVariance(calibration, before, after, edge[i], edge[j]);
      visit({ distance, residual: y[j] - y[i] - dz, expected: variance, dz });
    }
  }
}

/** Coverage of measured differences and the share called within noise, per gene-distance bin. */
export function differenceCoverage(
  calibration: DifferenceCalibration,
  points: HeldOutPoints,
  bins: readonly (readonly [number, number])[] = DIFFERENCE_DISTANCE_BINS,
): DifferenceCoverageBin[] {
  const pairs = new Float64Array(bins.length);
  const covered = new Float64Array(bins.length);
  const within = new Float64Array(bins.length);
  const binOf = new Int32Array(GENE_COUNT + 1).fill(-1);
  bins.forEach(([lo, hi], b) => {
    for (let d = lo; d <= hi; d++) binOf[d] = b;
  });
  const noiseVariance = 2 * calibration.runNoise;
  forEachPair(calibration, points, GENE_COUNT, ({ distance, residual, expected, dz }) => {
    const b = binOf[distance];
    if (b < 0) return;
    pairs[b]++;
    if (Math.abs(residual) <= Z90 * Math.sqrt(expected + noiseVariance)) covered[b]++;
    if (differenceVerdict(dz, expected, calibration.runNoise) !== 'clear') within[b]++;
  });
  return bins.map(([minDistance, maxDistance], b) => ({
    minDistance,
    maxDistance,
    pairs: pairs[b],
    coverage90: pairs[b] > 0 ? covered[b] / pairs[b] : null,
    withinNoise: pairs[b] > 0 ? within[b] / pairs[b] : null,
  }));
}
