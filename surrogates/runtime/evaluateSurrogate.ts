// Pure-TS evaluation of a trained surrogate, step for step what the ONNX graph computes (float64
// throughout): the pipeline's own evaluation, and the reference the ONNX parity tests compare to.
import { BLOCK_COUNT } from '../../core/space/searchSpace';
import { edgeScore, inverseRange } from './edgeScore';
import { naturalMoments } from './naturalMoments';
import { predictTree } from './regressionTree';
import type { SurrogateModel, TargetModel } from './surrogateModel';

const EXPANSION_INDEX: Record<number, number> = { 1: 0, 4: 1, 6: 2 };

/** The layer-cost sum u(x) read from the gene features (block b's e,k,l,se at 4b..4b+3). */
function layerCostSum(target: TargetModel, x: ArrayLike<number>, row: number): number {
  const model = target.layerCost!;
  let u = model.intercept;
  for (let b = 0; b < BLOCK_COUNT; b++) {
    const e = x[row + 4 * b];
    const k = x[row + 4 * b + 1];
    const l = x[row + 4 * b + 2];
    const se = x[row + 4 * b + 3];
    const combo = EXPANSION_INDEX[e] * 4 + (k === 5 ? 2 : 0) + (se > 0.5 ? 1 : 0);
    u += model.stageCost[b][combo * 4 + l - 1];
  }
  return u;
}

/** z₀(x), the base every member starts from, in model space. */
export function baseValue(target: TargetModel, x: ArrayLike<number>, row: number): number {
  switch (target.baseLink) {
    case 'none':
      return target.offset;
    case 'additive':
      return layerCostSum(target, x, row);
    case 'log':
      return Math.log(Math.max(layerCostSum(target, x, row), target.baseFloor));
    case 'negLog':
      return -Math.log(Math.max(layerCostSum(target, x, row), target.baseFloor));
  }
}

/** Each member's value z_m(x) in model space, for one row (base included). */
export function memberValues(target: TargetModel, x: ArrayLike<number>, row: number): Float64Array {
  const z0 = baseValue(target, x, row);
  const z = new Float64Array(target.members.length);
  target.members.forEach((trees, m) => {
    let sum = 0;
    for (const tree of trees) sum += predictTree(tree, x, row);
    z[m] = z0 + sum;
  });
  return z;
}

/** Ensemble mean and (population) variance of the members in model space, for one row. */
export function memberMoments(target: TargetModel, x: ArrayLike<number>, row: number): { mu: number; spread: number } {
  const z = memberValues(target, x, row);
  const k = z.length;
  let mu = 0;
  for (let m = 0; m < k; m++) mu += z[m];
  mu /= k;
  let spread = 0;
  for (let m = 0; m < k; m++) spread += (z[m] - mu) * (z[m] - mu);
  return { mu, spread: spread / k };
}

/** Model-space predictive variance: A·v + B + G·(s + s²) (pipeline/calibrateEdgeScale.ts says why). */
export function predictiveVariance(target: TargetModel, spread: number, edge: number): number {
  return target.varianceScale * spread + target.varianceFloor + target.edgeScale * (edge + edge * edge);
}

/**
 * Mean and std of every target for `rows` feature rows (row-major), as [rows, targets] arrays, and
 * each row's edge score s(x) (runtime/edgeScore.ts).
 */
export function evaluateSurrogate(
  model: SurrogateModel,
  features: ArrayLike<number>,
  rows: number,
  options: { ignoreEdge?: boolean } = {},
): { mean: Float64Array; std: Float64Array; edge: Float64Array } {
  const t = model.targets.length;
  const mean = new Float64Array(rows * t);
  const std = new Float64Array(rows * t);
  const edge = new Float64Array(rows);
  const inv = inverseRange(model.domain);
  for (let i = 0; i < rows; i++) {
    const row = i * model.featureCount;
    edge[i] = edgeScore(model.domain, features, row, inv);
    // ignoreEdge: the variance without the G·s² term (the method before it, for comparisons).
    const s = options.ignoreEdge ? 0 : edge[i];
    model.targets.forEach((target, j) => {
      const { mu, spread } = memberMoments(target, features, row);
      const moments = naturalMoments(target.transform, mu, predictiveVariance(target, spread, s));
      mean[i * t + j] = moments.mean;
      std[i * t + j] = moments.std;
    });
  }
  return { mean, std, edge };
}
