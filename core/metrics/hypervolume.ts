// Exact 2-D hypervolume: the area dominated by a point set and bounded by a reference point, the
// single number that scores a whole Pareto front (accuracy vs throughput or latency) in one go.
import type { Target } from '../targets';

type Direction = Target['direction'];

/**
 * Area of the region dominated by the points and dominating `reference`, in O(n log n): one sort by x,
 * one sweep. Each point is first turned into gains over the reference (positive when better), so
 * every direction pair is the max/max case. Points not strictly better than the reference on both
 * targets dominate no area and are left out, as are points with a NaN coordinate (a missing
 * prediction). Throws when `xs` and `ys` differ in length.
 *
 * The area is summed over the staircase (the front with duplicates dropped) in gain-x ascending order,
 * Σ (gx_i − gx_{i−1})·gy_i with gx_{−1} = 0, so any other code that sums the same staircase in the same
 * order (the search trajectory's running hypervolume) gets the same bits.
 */
export function hypervolume(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  reference: readonly [x: number, y: number],
  opts: { x: Direction; y: Direction },
): number {
  if (xs.length !== ys.length) throw new RangeError(`hypervolume: xs has ${xs.length} values but ys has ${ys.length}`);
  const xSign = opts.x === 'max' ? 1 : -1;
  const ySign = opts.y === 'max' ? 1 : -1;
  const gx: number[] = [];
  const gy: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const u = xSign * (xs[i] - reference[0]);
    const v = ySign * (ys[i] - reference[1]);
    // `> 0` is false for NaN too, so one test drops both the missing and the non-contributing points.
    if (u > 0 && v > 0) {
      gx.push(u);
      gy.push(v);
    }
  }
  const order = gx.map((_, i) => i);
  // Best gain-x first; within a tie the best gain-y first, so the first of a group is the one that counts.
  order.sort((a, b) => gx[b] - gx[a] || gy[b] - gy[a]);
  const stairX: number[] = [];
  const stairY: number[] = [];
  let bestY = 0;
  for (const i of order) {
    if (gy[i] > bestY) {
      stairX.push(gx[i]);
      stairY.push(gy[i]);
      bestY = gy[i];
    }
  }
  return staircaseArea(stairX.reverse(), stairY.reverse());
}

/** Σ (x_i − x_{i−1})·y_i over a staircase given in x ascending (y descending) order, x_{−1} = 0. */
export function staircaseArea(xs: readonly number[], ys: readonly number[]): number {
  let area = 0;
  let previous = 0;
  for (let i = 0; i < xs.length; i++) {
    area += (xs[i] - previous) * ys[i];
    previous = xs[i];
  }
  return area;
}
