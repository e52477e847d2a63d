// The hypervolume of everything a search has evaluated so far, kept up to date one point at a time so a
// trajectory can show it after every evaluation without re-sorting the whole history each time.
import { staircaseArea } from '../metrics/hypervolume';
import type { Target } from '../targets';

type Direction = Target['direction'];

export interface RunningHypervolume {
  /** Adds one point and returns the hypervolume of all points added so far. */
  add(x: number, y: number): number;
  readonly value: number;
}

/**
 * Keeps the staircase (the non-dominated points as gains over the reference, gain-x ascending) and
 * re-sums it only when a point changes it, in the order `hypervolume` sums it, so after every `add`
 * `value` equals `hypervolume` of all points added so far, bit for bit. A dominated point costs one
 * binary search; a front point costs O(front size).
 */
export function createRunningHypervolume(
  reference: readonly [x: number, y: number],
  opts: { x: Direction; y: Direction },
): RunningHypervolume {
  const xSign = opts.x === 'max' ? 1 : -1;
  const ySign = opts.y === 'max' ? 1 : -1;
  const stairX: number[] = [];
  const stairY: number[] = [];
  let value = 0;

  const add = (x: number, y: number): number => {
    const u = xSign * (x - reference[0]);
    const v = ySign * (y - reference[1]);
    if (!(u > 0 && v > 0)) return value;
    // b: first step strictly right of u. Steps left of it have gain-x ≤ u.
    let lo = 0;
    let hi = stairX.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (stairX[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    const b = lo;
    // Gain-y falls as gain-x rises, so only the neighbours can dominate (or equal) the new point.
    if (b < stairX.length && stairY[b] >= v) return value;
    if (b > 0 && stairX[b - 1] === u && stairY[b - 1] >= v) return value;
    // The steps it dominates (gain-x ≤ u, gain-y ≤ v) are the run just left of b.
    let a = b;
    while (a > 0 && stairY[a - 1] <= v) a--;
    stairX.splice(a, b - a, u);
    stairY.splice(a, b - a, v);
    value = staircaseArea(stairX, stairY);
    return value;
  };

  return {
    add,
    get value() {
      return value;
    },
  };
}
