// How a profile's rounds become one time per model (#12). Every round times every kernel and network
// once, in a fresh order, so whatever slows the machine for a while (a neighbour on a shared host, CPU
// clocks, the browser's other work) lands on all models of that round alike instead of on the ones that
// happened to be timed then. Measured on this 2-core VM: one model's time drifted 9% over a 35 s run,
// and held-out networks timed in one block apart from the calibration ones came out 24–30% off the fit.
// So each round's level is divided out first — the median, over a group of models (kernels, networks),
// of the round's time over that model's median across rounds — and a model's time is then the median
// of its levelled rounds, its spread their interquartile range.
import { median } from '../metrics/median';
import { quantile } from '../metrics/quantile';

export interface CombinedTime {
  ms: number;
  /** Interquartile range of the levelled rounds, ms (0 with one round). */
  iqrMs: number;
}

const sorted = (v: readonly number[]) => [...v].sort((a, b) => a - b);

/**
 * `rounds[m][r]` is model m's time in round r (ms, > 0); every model has the same number of rounds.
 * Returns one time per model, in the same order. Levels are taken over all the models passed in, so
 * call it once per group of models whose times move together (kernels alone, networks alone).
 */
export function combineRounds(rounds: readonly (readonly number[])[]): CombinedTime[] {
  if (rounds.length === 0) return [];
  const n = rounds[0].length;
  if (n === 0 || rounds.some((r) => r.length !== n)) throw new Error(`combineRounds: every model needs the same number (≥ 1) of rounds`);
  if (rounds.some((r) => r.some((t) => !(t > 0) || !Number.isFinite(t)))) throw new Error('combineRounds: times must be finite and > 0');
  const centre = rounds.map((r) => median(sorted(r)));
  // With two or more models a round's level is their median ratio; a lone model keeps its raw rounds.
  const level = Array.from({ length: n }, (_, j) => (rounds.length > 1 ? median(sorted(rounds.map((r, m) => r[j] / centre[m]))) : 1));
  return rounds.map((r) => {
    const levelled = sorted(r.map((t, j) => t / level[j]));
    return { ms: median(levelled), iqrMs: n > 1 ? quantile(levelled, 0.75) - quantile(levelled, 0.25) : 0 };
  });
}
