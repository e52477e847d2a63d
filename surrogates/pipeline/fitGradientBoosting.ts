// Histogram gradient boosting for squared error or Huber loss (the LightGBM recipe, small): leaf-wise
// growth to `leaves` leaves, L2-regularised leaf values, per-tree row and feature subsampling,
// histogram subtraction (build the smaller child, derive the larger). Deterministic for a given Prng.
// Huber uses the clipped residual as gradient and a unit hessian, as LightGBM does.
import type { Prng } from '../../core/random/prng';
import type { BinnedFeatures } from './binFeatures';
import type { RegressionTree } from '../runtime/regressionTree';

export interface BoostingParams {
  rounds: number;
  learningRate: number;
  /** Maximum leaves per tree. */
  leaves: number;
  maxDepth: number;
  /** Minimum (weighted) rows in a leaf. */
  minLeafRows: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** Share of rows each tree sees. */
  rowSubsample: number;
  /** Share of the candidate features each tree may split on. */
  featureSubsample: number;
  /** Huber loss threshold in model-space units (residuals beyond it pull with constant force); 0 = squared error. */
  huberDelta: number;
}

export interface BoostedModel {
  /** Constant the trees start from (0 when `init` is given). */
  base: number;
  trees: RegressionTree[];
}

export interface FitOptions {
  /** Per-row weights (e.g. bootstrap counts); rows with weight 0 are left out. Defaults to 1. */
  weights?: Float64Array;
  /** Features the trees may split on (default: all). */
  features?: readonly number[];
  /** Starting prediction per row instead of the weighted mean (boosting on top of a base model). */
  init?: Float64Array;
  /** Called after each round with the new tree (e.g. to track a validation curve). */
  onRound?: (round: number, tree: RegressionTree) => void;
}

interface Split {
  gain: number;
  feature: number;
  bin: number;
  gradLeft: number;
  hessLeft: number;
}

interface OpenLeaf {
  start: number;
  end: number;
  depth: number;
  grad: number;
  hess: number;
  hist: Float64Array;
  split: Split | null;
  /** Internal node whose child this leaf is (-1 for the root) and which side. */
  parent: number;
  isLeft: boolean;
}

/** A uniform `share` of the candidate rows, in ascending order (Knuth's selection sampling). */
function sampleRows(candidates: Uint32Array, share: number, rng: Prng, out: Uint32Array): number {
  const n = candidates.length;
  if (share >= 1) {
    out.set(candidates);
    return n;
  }
  const k = Math.max(1, Math.round(n * share));
  let chosen = 0;
  for (let i = 0; i < n && chosen < k; i++) {
    if (rng.next() * (n - i) < k - chosen) out[chosen++] = candidates[i];
  }
  return chosen;
}

function sampleFeatures(features: readonly number[], share: number, rng: Prng): Int32Array {
  if (share >= 1) return Int32Array.from(features);
  const pool = features.slice();
  const k = Math.max(1, Math.round(pool.length * share));
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(pool.length - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return Int32Array.from(pool.slice(0, k)).sort();
}

export function fitGradientBoosting(
  data: BinnedFeatures,
  y: Float64Array,
  params: BoostingParams,
  rng: Prng,
  options: FitOptions = {},
): BoostedModel {
  const { rows, featureCount: F, bins, offsets, cuts } = data;
  const weights = options.weights ?? new Float64Array(rows).fill(1);
  const allFeatures = options.features ?? Array.from({ length: F }, (_, f) => f);
  const totalBins = offsets[F];

  let weightSum = 0;
  let weighted = 0;
  const inBag: number[] = [];
  for (let i = 0; i < rows; i++) {
    if (weights[i] > 0) {
      inBag.push(i);
      weightSum += weights[i];
      weighted += weights[i] * y[i];
    }
  }
  const candidates = Uint32Array.from(inBag);
  const base = options.init ? 0 : weighted / weightSum;
  const pred = options.init ? Float64Array.from(options.init) : new Float64Array(rows).fill(base);
  const grad = new Float64Array(rows);
  const trees: RegressionTree[] = [];
  const { lambda, minLeafRows } = params;

  const order = new Uint32Array(rows);
  const scratch = new Uint32Array(rows);

  // Histograms are recycled across nodes and rounds; only the ranges of the round's features are
  // ever read, so only those are cleared.
  const spare: Float64Array[] = [];
  const takeHist = () => spare.pop() ?? new Float64Array(totalBins * 2);
  const featureSlot = new Int32Array(F);
  const unweighted = !options.weights;
  function buildHist(hist: Float64Array, start: number, end: number, feats: Int32Array): void {
    const nf = feats.length;
    for (let j = 0; j < nf; j++) hist.fill(0, offsets[feats[j]] * 2, offsets[feats[j] + 1] * 2);
    // Unweighted rows (the usual case) skip a multiply and a load per cell.
    if (unweighted) {
      for (let p = start; p < end; p++) {
        const r = order[p];
        const g = grad[r];
        const rowBase = r * F;
        for (let j = 0; j < nf; j++) {
          const slot = featureSlot[j] + (bins[rowBase + feats[j]] << 1);
          hist[slot] += g;
          hist[slot + 1] += 1;
        }
      }
      return;
    }
    for (let p = start; p < end; p++) {
      const r = order[p];
      const w = weights[r];
      const wg = w * grad[r];
      const rowBase = r * F;
      for (let j = 0; j < nf; j++) {
        const slot = featureSlot[j] + (bins[rowBase + feats[j]] << 1);
        hist[slot] += wg;
        hist[slot + 1] += w;
      }
    }
  }

  function bestSplit(leaf: OpenLeaf, feats: Int32Array): Split | null {
    if (leaf.depth >= params.maxDepth || leaf.hess < 2 * minLeafRows) return null;
    const parentScore = (leaf.grad * leaf.grad) / (leaf.hess + lambda);
    let best: Split | null = null;
    const hist = leaf.hist;
    for (let j = 0; j < feats.length; j++) {
      const f = feats[j];
      const first = offsets[f];
      const last = offsets[f + 1] - 1;
      let gl = 0;
      let hl = 0;
      for (let b = first; b < last; b++) {
        gl += hist[b * 2];
        hl += hist[b * 2 + 1];
        if (hl < minLeafRows) continue;
        const hr = leaf.hess - hl;
        if (hr < minLeafRows) break;
        const gr = leaf.grad - gl;
        const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parentScore;
        if (gain > 1e-12 && (best === null || gain > best.gain)) {
          best = { gain, feature: f, bin: b - first, gradLeft: gl, hessLeft: hl };
        }
      }
    }
    return best;
  }

  for (let round = 0; round < params.rounds; round++) {
    const delta = params.huberDelta;
    for (let i = 0; i < rows; i++) {
      const r = pred[i] - y[i];
      grad[i] = delta > 0 ? Math.max(-delta, Math.min(delta, r)) : r;
    }
    const sampled = sampleRows(candidates, params.rowSubsample, rng, order);
    const feats = sampleFeatures(allFeatures, params.featureSubsample, rng);
    for (let j = 0; j < feats.length; j++) featureSlot[j] = offsets[feats[j]] * 2;

    const nodeFeature: number[] = [];
    const nodeBin: number[] = [];
    const nodeLeft: number[] = [];
    const nodeRight: number[] = [];

    let g0 = 0;
    let h0 = 0;
    for (let p = 0; p < sampled; p++) {
      g0 += weights[order[p]] * grad[order[p]];
      h0 += weights[order[p]];
    }
    const root: OpenLeaf = {
      start: 0,
      end: sampled,
      depth: 0,
      grad: g0,
      hess: h0,
      hist: takeHist(),
      split: null,
      parent: -1,
      isLeft: true,
    };
    buildHist(root.hist, root.start, root.end, feats);
    root.split = bestSplit(root, feats);
    const open: OpenLeaf[] = [root];

    while (open.length < params.leaves) {
      let pick = -1;
      for (let i = 0; i < open.length; i++) {
        const s = open[i].split;
        if (s && (pick < 0 || s.gain > open[pick].split!.gain)) pick = i;
      }
      if (pick < 0) break;
      const leaf = open[pick];
      const split = leaf.split!;
      const node = nodeFeature.length;
      nodeFeature.push(split.feature);
      nodeBin.push(split.bin);
      nodeLeft.push(0);
      nodeRight.push(0);
      if (leaf.parent >= 0) (leaf.isLeft ? nodeLeft : nodeRight)[leaf.parent] = node;

      // Stable partition of the leaf's rows: left rows first, each side in its previous order.
      let nl = 0;
      let nr = 0;
      for (let p = leaf.start; p < leaf.end; p++) {
        const r = order[p];
        if (bins[r * F + split.feature] <= split.bin) order[leaf.start + nl++] = r;
        else scratch[nr++] = r;
      }
      order.set(scratch.subarray(0, nr), leaf.start + nl);
      const mid = leaf.start + nl;

      const left: OpenLeaf = {
        start: leaf.start,
        end: mid,
        depth: leaf.depth + 1,
        grad: split.gradLeft,
        hess: split.hessLeft,
        hist: leaf.hist,
        split: null,
        parent: node,
        isLeft: true,
      };
      const right: OpenLeaf = {
        start: mid,
        end: leaf.end,
        depth: leaf.depth + 1,
        grad: leaf.grad - split.gradLeft,
        hess: leaf.hess - split.hessLeft,
        hist: leaf.hist,
        split: null,
        parent: node,
        isLeft: false,
      };
      // Build the smaller child's histogram; the larger one is the parent's minus it.
      const small = nl <= nr ? left : right;
      const large = small === left ? right : left;
      const parentHist = leaf.hist;
      small.hist = takeHist();
      buildHist(small.hist, small.start, small.end, feats);
      for (let j = 0; j < feats.length; j++) {
        const f = feats[j];
        for (let b = offsets[f] * 2; b < offsets[f + 1] * 2; b++) parentHist[b] -= small.hist[b];
      }
      large.hist = parentHist;
      left.split = bestSplit(left, feats);
      right.split = bestSplit(right, feats);
      open.splice(pick, 1, left, right);
    }

    for (const leaf of open) spare.push(leaf.hist);
    const leafValue = new Float64Array(open.length);
    open.forEach((leaf, i) => {
      leafValue[i] = (-leaf.grad / (leaf.hess + lambda)) * params.learningRate;
      if (leaf.parent >= 0) (leaf.isLeft ? nodeLeft : nodeRight)[leaf.parent] = ~i;
    });

    // Update every row's prediction (sampled or not) by walking the tree on bin indices.
    for (let r = 0; r < rows; r++) {
      let node = nodeFeature.length === 0 ? -1 : 0;
      while (node >= 0) node = bins[r * F + nodeFeature[node]] <= nodeBin[node] ? nodeLeft[node] : nodeRight[node];
      pred[r] += leafValue[nodeFeature.length === 0 ? 0 : ~node];
    }

    const tree: RegressionTree = {
      feature: Int32Array.from(nodeFeature),
      threshold: Float64Array.from(nodeFeature, (f, i) => cuts[f][nodeBin[i]]),
      left: Int32Array.from(nodeLeft),
      right: Int32Array.from(nodeRight),
      leafValue,
    };
    trees.push(tree);
    options.onRound?.(round, tree);
  }
  return { base, trees };
}
