// The edge term of the predictive variance, σ²(x) = A·v(x) + B + G·h(s(x)) with h(s) = s + s²,
// calibrated conformally on *edge residuals*: out-of-fold residuals of points that lay outside their
// fold's training box (s > 0; trainTargetEnsemble's edge fold holds out the training split's own
// tails). A and B stay as the random folds calibrated them, so inside the box (s = 0) nothing
// changes. Per group of edge points (one tail of one measure), G_g is the smallest value whose 90%
// interval, mean ± 1.645·std in natural units, holds ⌈level·(n_g+1)⌉ of its n_g points; G is the
// largest G_g, so each tail on its own is covered (the tails differ: small networks' train time is
// noisy, large networks' accuracy saturates).
// Why h(s) = s + s², not s²: most held-out extremes lie just outside the box (median s ≈ 0.07 on
// the MACs-tails split) yet their errors are already large there; s² barely widened them (train
// time needed 130× the G it got), the linear part does, and s² still dominates far out.
import { intervalCovers } from './calibrateUncertainty';
import type { TargetTransform } from '../runtime/naturalMoments';

export interface EdgeResiduals {
  /** Ensemble mean and members' variance in model space, per point. */
  mu: Float64Array;
  spread: Float64Array;
  /** Edge score of each point against its fold's training box. */
  edge: Float64Array;
  /** Group of each point (which tail it was held out as); calibrated separately, G = the largest. */
  group?: Int32Array;
  /** Measured value in natural units. */
  y: Float64Array;
}

/** h(s) = s + s²: the shape of the edge term (the graph and runtime/evaluateSurrogate.ts use the same). */
export function edgeShape(edge: number): number {
  return edge + edge * edge;
}

/** Per point, the smallest G ≥ 0 that covers it (0 if already covered; Infinity if s = 0 and not). */
export function criticalEdgeScale(
  transform: TargetTransform,
  A: number,
  B: number,
  mu: number,
  spread: number,
  edge: number,
  y: number,
): number {
  const h = edgeShape(edge);
  const at = (g: number) => intervalCovers(transform, mu, A * spread + B + g * h, y);
  if (at(0)) return 0;
  if (edge <= 0) return Infinity;
  let lo = 0;
  let hi = Math.max(B, 1e-12) / h;
  while (!at(hi)) {
    hi *= 4;
    if (hi > 1e12) return Infinity;
  }
  for (let it = 0; it < 60; it++) {
    const mid = (lo + hi) / 2;
    if (at(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The ⌈level·(n+1)⌉-th smallest critical G; points no G covers rank last (then the largest finite). */
function conformalQuantile(critical: Float64Array, level: number): number {
  const n = critical.length;
  if (n === 0) return 0;
  critical.sort();
  const k = Math.min(n, Math.ceil(level * (n + 1))) - 1;
  if (Number.isFinite(critical[k])) return critical[k];
  let g = 0;
  for (const c of critical) if (Number.isFinite(c)) g = c;
  return g;
}

/** Groups with fewer points than this join no maximum of their own (their quantile is noise). */
export const MIN_GROUP_POINTS = 30;

/** G for one target: the largest per-group conformal G (one group when `group` is absent); 0 with no points. */
export function calibrateEdgeScale(transform: TargetTransform, A: number, B: number, points: EdgeResiduals, level = 0.9): number {
  const n = points.mu.length;
  const critical = Float64Array.from({ length: n }, (_, i) =>
    criticalEdgeScale(transform, A, B, points.mu[i], points.spread[i], points.edge[i], points.y[i]),
  );
  if (!points.group) return conformalQuantile(critical, level);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) groups.set(points.group[i], [...(groups.get(points.group[i]) ?? []), critical[i]]);
  let g = 0;
  for (const values of groups.values())
    if (values.length >= MIN_GROUP_POINTS) g = Math.max(g, conformalQuantile(Float64Array.from(values), level));
  return g;
}
