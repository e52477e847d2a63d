// The trained surrogate as plain data: what the pipeline fits, the ONNX exporter writes and the
// TS evaluator runs. One entry per target, each an additive layer-cost base plus K boosted members.
import type { TargetName } from '../../core/targets';
import type { TargetTransform } from './naturalMoments';
import type { RegressionTree } from './regressionTree';

/**
 * How the additive layer-cost sum u(x) enters the model space z: `additive` z₀ = u, `log`
 * z₀ = log u (u models the target itself, e.g. latency), `negLog` z₀ = −log u (u models 1/target,
 * e.g. seconds per image for a throughput). `none`: z₀ is the constant `offset`.
 */
export type BaseLink = 'none' | 'additive' | 'log' | 'negLog';

export interface LayerCostModel {
  intercept: number;
  /** Per stage, indexed [combo * 4 + (l - 1)] with combo = eIndex·4 + kIndex·2 + (se ? 1 : 0). */
  stageCost: Float64Array[];
}

export interface TargetModel {
  name: TargetName;
  transform: TargetTransform;
  baseLink: BaseLink;
  /** z₀ when baseLink is `none`. */
  offset: number;
  layerCost: LayerCostModel | null;
  /** For `log`/`negLog`, u is clamped to at least this before the log. */
  baseFloor: number;
  /** Each member's trees; a member predicts z₀ + the sum of its trees. */
  members: RegressionTree[][];
  /** Predictive variance in model space: varianceScale·(members' variance) + varianceFloor + edgeScale·(s + s²). */
  varianceScale: number;
  varianceFloor: number;
  /** G: model-space variance per unit of s + s², s the edge score (runtime/edgeScore.ts); 0 = no widening. */
  edgeScale: number;
}

export interface SurrogateModel {
  featureCount: number;
  /** The training split's per-feature box; s(x) measures how far a row lies outside it. */
  domain: { min: number[]; max: number[] };
  targets: TargetModel[];
}
