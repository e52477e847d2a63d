// How much one run (a training, a measurement) of the same thing varies around its own expected value,
// from things run more than once: the pooled within-group variance, Σ over groups of Σ (v − group mean)²
// over Σ (runs − 1). For two runs of one network that is (a − b)²/2. The surrogate's run-to-run noise
// (surrogates/pipeline/runNoise.ts) and /compare's measurement noise of best-per-device margins use it.

export function pooledRunVariance(groups: Iterable<readonly number[]>): { variance: number; dof: number } {
  let squares = 0;
  let dof = 0;
  for (const values of groups) {
    if (values.length < 2) continue;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    for (const v of values) squares += (v - mean) ** 2;
    dof += values.length - 1;
  }
  return { variance: dof > 0 ? squares / dof : 0, dof };
}
