// Least-squares line y = a + b·x: the calibration of summed kernel times to whole-network times (a
// whole network also runs its stem and head, and one session run has fixed costs the kernels' runs
// each paid too; both are a line's intercept and slope).
export function fitLine(x: readonly number[], y: readonly number[]): { a: number; b: number } {
  const n = x.length;
  if (n < 2 || y.length !== n) throw new Error(`fitLine needs at least 2 points and as many x as y, got ${n} and ${y.length}`);
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  if (sxx === 0) throw new Error('fitLine: all x are equal, the slope is undefined');
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}
