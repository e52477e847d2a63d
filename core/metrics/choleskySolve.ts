// Solves A·x = b for a symmetric positive-definite A (the normal equations of a least-squares fit)
// by Cholesky factorisation, optionally with a ridge penalty added to the diagonal. Used by the
// design-rules regression (server) and the surrogates' additive layer-cost model (pipeline).

export interface CholeskyOptions {
  /** λ added to the diagonal, (A + λI)·x = b; 0 (the default) is no penalty. */
  ridge?: number;
  /** First diagonal index the ridge applies to (1 leaves an intercept in column 0 unpenalised); default 0. */
  ridgeFrom?: number;
  /**
   * A pivot that is not positive: 'reject' (the default) returns null when it is below a relative
   * 1e-10 (a numerically rank-deficient design); 'clamp' floors it at 1e-300 and always solves.
   */
  smallPivot?: 'reject' | 'clamp';
}

/**
 * `a` is p×p row-major (only the lower triangle is read) and is not modified. Returns null when A
 * (plus the ridge) is not positive definite, unless `smallPivot` is 'clamp'.
 */
export function choleskySolve(
  a: Float64Array,
  b: Float64Array,
  p: number,
  options: CholeskyOptions & { smallPivot: 'clamp' },
): Float64Array;
export function choleskySolve(a: Float64Array, b: Float64Array, p: number, options?: CholeskyOptions): Float64Array | null;
export function choleskySolve(a: Float64Array, b: Float64Array, p: number, options: CholeskyOptions = {}): Float64Array | null {
  const { ridge = 0, ridgeFrom = 0, smallPivot = 'reject' } = options;
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * p + j];
      if (i === j && ridge !== 0 && i >= ridgeFrom) s += ridge;
      const diagonal = s;
      for (let k = 0; k < j; k++) s -= l[i * p + k] * l[j * p + k];
      if (i !== j) {
        l[i * p + j] = s / l[j * p + j];
      } else if (smallPivot === 'clamp') {
        l[i * p + i] = Math.sqrt(Math.max(s, 1e-300));
      } else {
        // Relative tolerance: a pivot this small means a (numerically) rank-deficient design.
        if (!(s > 1e-10 * Math.max(1, Math.abs(diagonal)))) return null;
        l[i * p + i] = Math.sqrt(s);
      }
    }
  }
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * p + k] * y[k];
    y[i] = s / l[i * p + i];
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < p; k++) s -= l[k * p + i] * x[k];
    x[i] = s / l[i * p + i];
  }
  return x;
}
