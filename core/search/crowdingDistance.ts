// NSGA-II's crowding distance (Deb et al. 2002, §III-B): how much room a point has on its front, so
// selection prefers spread-out points and keeps the front's extremes.

/**
 * Crowding distance of each point of one front, in the order given. Per objective the points are
 * sorted (ties by position, for determinism); the two ends get Infinity and every other point adds the
 * gap between its neighbours divided by the objective's range. An objective with zero range adds
 * nothing, where the paper's formula would divide by zero.
 */
export function crowdingDistance(front: readonly (readonly number[])[]): number[] {
  const n = front.length;
  const distance = new Array<number>(n).fill(0);
  if (n === 0) return distance;
  const objectives = front[0].length;
  for (let m = 0; m < objectives; m++) {
    const order = [...Array(n).keys()].sort((a, b) => front[a][m] - front[b][m] || a - b);
    const min = front[order[0]][m];
    const max = front[order[n - 1]][m];
    distance[order[0]] = Infinity;
    distance[order[n - 1]] = Infinity;
    const range = max - min;
    if (!(range > 0)) continue;
    for (let i = 1; i < n - 1; i++) distance[order[i]] += (front[order[i + 1]][m] - front[order[i - 1]][m]) / range;
  }
  return distance;
}
