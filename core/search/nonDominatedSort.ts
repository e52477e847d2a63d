// NSGA-II's fast non-dominated sort (Deb et al. 2002, §III-A): the population split into fronts, the
// first non-dominated, the second non-dominated once the first is removed, and so on.

/** Whether `a` dominates `b`, every objective maximised: at least as good on all, better on one. */
function dominates(a: readonly number[], b: readonly number[]): boolean {
  let better = false;
  for (let m = 0; m < a.length; m++) {
    if (a[m] < b[m]) return false;
    if (a[m] > b[m]) better = true;
  }
  return better;
}

/**
 * Fronts of point indices, best first, each in index order. Every objective is maximised (negate a
 * minimised one first). O(M·N²) as in the paper: populations are tens of points, so the 2-D
 * O(N log N) sweep would not pay for itself.
 */
export function nonDominatedSort(points: readonly (readonly number[])[]): number[][] {
  const n = points.length;
  const dominatedBy: number[][] = Array.from({ length: n }, () => []);
  const dominationCount = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    for (let q = p + 1; q < n; q++) {
      if (dominates(points[p], points[q])) {
        dominatedBy[p].push(q);
        dominationCount[q]++;
      } else if (dominates(points[q], points[p])) {
        dominatedBy[q].push(p);
        dominationCount[p]++;
      }
    }
  }
  const fronts: number[][] = [];
  let front = [...Array(n).keys()].filter((p) => dominationCount[p] === 0);
  while (front.length > 0) {
    fronts.push(front);
    const next: number[] = [];
    for (const p of front) {
      for (const q of dominatedBy[p]) if (--dominationCount[q] === 0) next.push(q);
    }
    front = next.sort((a, b) => a - b);
  }
  return fronts;
}
