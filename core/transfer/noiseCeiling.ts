// How well ANY model could rank a device metric, given how repeatable its measurements are (#12): a
// device metric measured twice on the same architectures does not agree with itself exactly, so no
// predictor's Kendall τ against the measurements can reach 1. The relative noise is estimated from the
// architectures the dataset measured twice (independent measurements of the same network); the
// ceiling is τ between the measured values and the same values with that noise added, averaged over
// seeded draws. It bounds the leave-one-device-out goal (τ ≥ 0.9) from above.
import { kendallTauB } from '../metrics/rankCorrelation';
import { createPrng } from '../random/prng';

/** Per-measurement relative noise (sd of log value) from pairs of repeated measurements: sd(log a/b) / √2. */
export function relativeNoiseFromPairs(pairs: readonly (readonly [number, number])[]): number {
  if (pairs.length < 2) throw new Error(`relativeNoiseFromPairs needs at least 2 pairs, got ${pairs.length}`);
  const d = pairs.map(([a, b]) => Math.log(a / b));
  // The pairs' mean difference is 0 by symmetry (which measurement is "first" is arbitrary): no centring.
  return Math.sqrt(d.reduce((s, x) => s + x * x, 0) / d.length / 2);
}

/** Mean over `draws` seeded draws of τ(values, values × exp(noise · z)), z standard normal. */
export function noiseCeilingTau(values: readonly number[], relativeNoise: number, draws = 5, seed = 1): number {
  const rng = createPrng(seed);
  // Box–Muller from the seeded uniform stream.
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  let sum = 0;
  for (let d = 0; d < draws; d++)
    sum += kendallTauB(
      values,
      values.map((v) => v * Math.exp(relativeNoise * normal())),
    );
  return sum / draws;
}
