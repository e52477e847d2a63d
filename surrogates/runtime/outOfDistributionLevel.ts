// The one definition of "out of distribution" for a surrogate prediction (API, editor, Pareto views,
// search results): where the architecture's descriptors lie against the training split's box (the
// edge score, runtime/edgeScore.ts) and where its *predicted* values lie against the measured values
// the surrogate was trained on. A prediction beyond every training value of its target is an
// extrapolation: a predicted Pareto front is made of the most extreme predictions (the winner's
// curse), so those are flagged whatever the descriptors say. Optionally the gene-distance percentile
// (core/space/geneDistanceFromData.ts) adds its own far end. Pure: no Node, no DOM.
import type { TargetName } from '../../core/targets';
import { featureExcess, inverseRange, type FeatureDomain } from './edgeScore';

export type OodLevel = 'in' | 'edge' | 'far';

export type OodReason =
  /** A descriptor beyond the training box; `excess` in units of the feature's training range. */
  | { kind: 'descriptor'; feature: string; value: number; min: number; max: number; excess: number }
  /** A predicted mean beyond the target's training values; `excess` in units of that range. */
  | { kind: 'prediction'; target: TargetName; value: number; min: number; max: number; excess: number }
  /** Genes further from the nearest training architecture than (percentile) of test architectures. */
  | { kind: 'genes'; percentile: number };

export interface OodVerdict {
  level: OodLevel;
  /** s(x): summed descriptor excess (the graph's `edge` output). */
  edge: number;
  /** Why, most extreme first within each kind; empty when `in`. */
  reasons: OodReason[];
}

/** What the verdict is measured against: the manifest's `domain` and targets' `trainingRange`. */
export interface OodReference {
  featureNames: readonly string[];
  features: FeatureDomain;
  targets: readonly { name: TargetName; min: number; max: number }[];
}

/**
 * Thresholds, calibrated on held-out-extremes and random splits (surrogates/README.md, "At the
 * edges"): any descriptor beyond the box by more than EDGE_MIN of its range, or any prediction
 * beyond its target's training range, is `edge`; an edge score ≥ FAR_EDGE, a prediction beyond the
 * range by ≥ FAR_PREDICTION of it, or a gene-distance percentile > FAR_GENE_PERCENTILE is `far`.
 */
export const OOD_THRESHOLDS = { EDGE_MIN: 0.002, FAR_EDGE: 0.25, FAR_PREDICTION: 0.1, FAR_GENE_PERCENTILE: 0.99 } as const;

/**
 * The verdict for one architecture: `features` its encoder row (FEATURE_COUNT values), `predicted`
 * its predicted means in the reference's target order, `genePercentile` (optional) its gene-distance
 * percentile against the test split.
 */
export function outOfDistributionLevel(
  ref: OodReference,
  features: ArrayLike<number>,
  predicted: ArrayLike<number>,
  genePercentile?: number,
  thresholds = OOD_THRESHOLDS,
): OodVerdict {
  const excess = featureExcess(ref.features, features, 0, inverseRange(ref.features));
  let edge = 0;
  const reasons: OodReason[] = [];
  const descriptors: OodReason[] = [];
  excess.forEach((e, j) => {
    edge += e;
    if (e > thresholds.EDGE_MIN)
      descriptors.push({
        kind: 'descriptor',
        feature: ref.featureNames[j],
        value: features[j],
        min: ref.features.min[j],
        max: ref.features.max[j],
        excess: e,
      });
  });
  descriptors.sort((a, b) => (b as { excess: number }).excess - (a as { excess: number }).excess);
  reasons.push(...descriptors);
  let farPrediction = false;
  ref.targets.forEach((t, j) => {
    const v = predicted[j];
    const beyond = Math.max(0, t.min - v, v - t.max);
    if (!(beyond > 0)) return;
    const e = beyond / (t.max - t.min || 1);
    if (e >= thresholds.FAR_PREDICTION) farPrediction = true;
    reasons.push({ kind: 'prediction', target: t.name, value: v, min: t.min, max: t.max, excess: e });
  });
  const farGenes = genePercentile !== undefined && genePercentile > thresholds.FAR_GENE_PERCENTILE;
  if (farGenes) reasons.push({ kind: 'genes', percentile: genePercentile });
  const level: OodLevel = edge >= thresholds.FAR_EDGE || farPrediction || farGenes ? 'far' : reasons.length > 0 ? 'edge' : 'in';
  return { level, edge, reasons };
}
