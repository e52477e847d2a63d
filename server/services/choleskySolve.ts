// Solves A·x = b for a symmetric positive-definite A (the normal equations of a least-squares fit)
// by Cholesky factorisation. Pure arithmetic, no framework imports: it belongs with core/metrics and
// lives here only because this change may not add files to core/.

/**
 * `a` is p×p row-major (only the lower triangle is read) and is not modified. Returns null when A is
 * not positive definite, i.e. the design has a column that is a combination of the others.
 */
export function choleskySolve(a: Float64Array, b: Float64Array, p: number): Float64Array | null {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * p + j];
      for (let k = 0; k < j; k++) s -= l[i * p + k] * l[j * p + k];
      if (i === j) {
        // Relative tolerance: a pivot this small means a (numerically) rank-deficient design.
        if (!(s > 1e-10 * Math.max(1, Math.abs(a[i * p + i])))) return null;
        l[i * p + i] = Math.sqrt(s);
      } else {
        l[i * p + j] = s / l[j * p + j];
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
