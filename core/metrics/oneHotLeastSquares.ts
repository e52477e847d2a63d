// Ordinary least squares on a 0/1 design, for several responses at once and with row weights (the
// draw counts of a bootstrap resample). The design is sparse — each row has ~17 of 44 columns set —
// so XᵀX is accumulated from the active columns only: one fit of 5,138 rows is ~1 M additions.
import { createPrng } from '../random/prng';
import { choleskySolve } from './choleskySolve';

export interface OneHotProblem {
  /** Number of columns, the intercept included. */
  p: number;
  /** Ascending indices of the columns that are 1, per row. */
  rows: Int32Array[];
  /** One response per target, aligned with `rows`; NaN marks a missing value (row left out for it). */
  responses: Float64Array[];
}

/** Coefficients per response (null when that response's design is rank-deficient). */
export function fitOneHotLeastSquares(problem: OneHotProblem, weights: Float64Array | null = null): (Float64Array | null)[] {
  const { p, rows, responses } = problem;
  const full = new Float64Array(p * p);
  for (let r = 0; r < rows.length; r++) {
    const w = weights ? weights[r] : 1;
    if (w === 0) continue;
    addOuter(full, rows[r], p, w);
  }
  return responses.map((y) => {
    // XᵀX of the rows this response has, from the full one minus the few rows it lacks.
    const xtx = full.slice();
    const xty = new Float64Array(p);
    for (let r = 0; r < rows.length; r++) {
      const w = weights ? weights[r] : 1;
      if (w === 0) continue;
      const cols = rows[r];
      if (Number.isNaN(y[r])) {
        addOuter(xtx, cols, p, -w);
        continue;
      }
      for (let i = 0; i < cols.length; i++) xty[cols[i]] += w * y[r];
    }
    return choleskySolve(xtx, xty, p);
  });
}

/** Lower triangle of `m` += w · x xᵀ for the 0/1 row `x` given by its active columns. */
function addOuter(m: Float64Array, cols: Int32Array, p: number, w: number): void {
  for (let i = 0; i < cols.length; i++) {
    const base = cols[i] * p;
    for (let j = 0; j <= i; j++) m[base + cols[j]] += w;
  }
}

/** Share of the response's variance the fit explains, over the rows where it is present. */
export function oneHotRSquared(problem: OneHotProblem, response: number, coef: Float64Array): number {
  const y = problem.responses[response];
  let n = 0;
  let mean = 0;
  for (let r = 0; r < y.length; r++) {
    if (Number.isNaN(y[r])) continue;
    mean += y[r];
    n++;
  }
  mean /= n;
  let ssRes = 0;
  let ssTot = 0;
  for (let r = 0; r < y.length; r++) {
    if (Number.isNaN(y[r])) continue;
    let pred = 0;
    for (const c of problem.rows[r]) pred += coef[c];
    ssRes += (y[r] - pred) ** 2;
    ssTot += (y[r] - mean) ** 2;
  }
  return 1 - ssRes / ssTot;
}

/**
 * Non-parametric bootstrap of the fit: `resamples` draws of n rows with replacement (as weights),
 * seeded so the intervals are the same on every server. Returns [response][resample] coefficients.
 */
export function bootstrapOneHotLeastSquares(problem: OneHotProblem, resamples: number, seed: number): Float64Array[][] {
  const rng = createPrng(seed);
  const n = problem.rows.length;
  const out: Float64Array[][] = problem.responses.map(() => []);
  const weights = new Float64Array(n);
  for (let b = 0; b < resamples; b++) {
    weights.fill(0);
    for (let i = 0; i < n; i++) weights[rng.int(n)]++;
    const fits = fitOneHotLeastSquares(problem, weights);
    fits.forEach((coef, k) => {
      // A resample can only lose rank by dropping every row of a level: impossible at these sizes.
      if (!coef) throw new Error(`bootstrap resample ${b}: response ${k} has a rank-deficient design`);
      out[k].push(coef);
    });
  }
  return out;
}
