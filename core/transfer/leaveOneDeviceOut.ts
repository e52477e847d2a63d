// Validation of the few-shot device model on ANB's own data (#12): pretend one device metric is new,
// give the model k of its measured architectures (drawn at random, several seeds), and rank all the
// other measured architectures by its predictions. Reports Kendall τ and the mean absolute percentage
// error on those others, per k, as median and worst over the seeds.
import { median } from '../metrics/median';
import { kendallTauB } from '../metrics/rankCorrelation';
import { createPrng } from '../random/prng';
import { fitFewShotDeviceModel } from './fewShotDeviceModel';

export interface TransferCase {
  /** Reference features per measured architecture (must not include the held-out metric itself). */
  reference: readonly ArrayLike<number>[];
  /** The held-out metric's measured value per architecture (> 0). */
  measured: readonly number[];
}

export interface TransferScore {
  k: number;
  seeds: number;
  /** Kendall τ-b of predictions vs measurements on the architectures not sampled. */
  tauMedian: number;
  tauMin: number;
  /** Mean absolute percentage error (%) on the architectures not sampled. */
  mapeMedian: number;
  mapeMax: number;
  /** How often each setting was chosen: 'all' or the single feature index. */
  chosen: Record<string, number>;
}

export function leaveOneDeviceOut(c: TransferCase, ks: readonly number[], seeds: number): TransferScore[] {
  const n = c.measured.length;
  if (c.reference.length !== n) throw new Error(`leaveOneDeviceOut: ${c.reference.length} feature rows but ${n} measurements`);
  const logMeasured = c.measured.map((v, i) => {
    if (!(v > 0) || !Number.isFinite(v)) throw new Error(`leaveOneDeviceOut: measurement ${i} is ${v}, must be a positive number`);
    return Math.log(v);
  });
  return ks.map((k) => {
    if (!Number.isInteger(k) || k < 3 || k >= n) throw new Error(`leaveOneDeviceOut: k = ${k} must be an integer from 3 to ${n - 1}`);
    const taus: number[] = [];
    const mapes: number[] = [];
    const chosen: Record<string, number> = {};
    for (let seed = 1; seed <= seeds; seed++) {
      const sample = sampleIndices(n, k, seed * 1_000 + k);
      const inSample = new Set(sample);
      const model = fitFewShotDeviceModel(
        sample.map((i) => c.reference[i]),
        sample.map((i) => logMeasured[i]),
      );
      const key = model.features.length === 1 ? String(model.features[0]) : 'all';
      chosen[key] = (chosen[key] ?? 0) + 1;
      const rest = Array.from({ length: n }, (_, i) => i).filter((i) => !inSample.has(i));
      const predicted = rest.map((i) => model.predictLog(c.reference[i]));
      taus.push(
        kendallTauB(
          predicted,
          rest.map((i) => logMeasured[i]),
        ),
      );
      mapes.push((100 * rest.reduce((s, i, j) => s + Math.abs(Math.exp(predicted[j] - logMeasured[i]) - 1), 0)) / rest.length);
    }
    return {
      k,
      seeds,
      tauMedian: median([...taus].sort((a, b) => a - b)),
      tauMin: Math.min(...taus),
      mapeMedian: median([...mapes].sort((a, b) => a - b)),
      mapeMax: Math.max(...mapes),
      chosen,
    };
  });
}

/** k distinct indices of [0, n), a partial Fisher–Yates shuffle seeded by `seed`. */
export function sampleIndices(n: number, k: number, seed: number): number[] {
  const rng = createPrng(seed);
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, k);
}
