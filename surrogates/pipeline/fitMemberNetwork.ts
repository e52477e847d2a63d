// Compiles the members' boosted trees (all targets, all members) into one ReLU network that the
// browser evaluates with dense matrix products instead of ~1,000 tree walks per architecture
// (surrogates/README.md, "Evaluation design"). The trees stay the model; the network is fitted to
// reproduce their sums — noise-free labels, on the training architectures plus a large seeded pool of
// random ones, so it follows the trees wherever the browser asks, not only where data was measured.
// Training runs the gradient graph (memberNetworkGradientGraph.ts) on onnxruntime-node with one
// thread (deterministic: same seed, same bytes) and Adam in JS.
import * as ort from 'onnxruntime-node';
import { createPrng, type Prng } from '../../core/random/prng';
import { sampleArchitecture } from '../../core/space/sampleArchitecture';
import { encodeFeatureBatch } from '../runtime/encodeFeatures';
import { evaluateMemberNetwork, NETWORK_INPUTS, networkInputs, type DenseLayer, type MemberNetwork } from '../runtime/memberNetwork';
import { predictTree } from '../runtime/regressionTree';
import type { SurrogateModel } from '../runtime/surrogateModel';
import { memberNetworkGradientGraph } from './memberNetworkGradientGraph';

export interface MemberNetworkSettings {
  /** Widths of the hidden layers. */
  hidden: number[];
  /** Random architectures added to the training split's as inputs (labels come from the trees). */
  poolSize: number;
  /** Random architectures the fit is checked on (never trained on). */
  checkSize: number;
  epochs: number;
  batchSize: number;
  /** Adam's step size at the start; it decays to 1% by a cosine schedule. */
  learningRate: number;
}

export interface MemberNetworkFit {
  network: MemberNetwork;
  /** Per output column (m·T + t): R² of the network against the trees on the check architectures. */
  checkR2: number[];
  /** Per output column: root mean squared difference from the trees on the check architectures (model space). */
  checkRmse: number[];
  milliseconds: number;
}

/** Every member's tree sum, row-major [rows, K·T] with column m·T + t (the graph's member order). */
export function memberTreeSums(model: SurrogateModel, x: ArrayLike<number>, rows: number): Float32Array {
  const T = model.targets.length;
  const K = model.targets[0].members.length;
  const out = new Float32Array(rows * K * T);
  for (let i = 0; i < rows; i++) {
    const row = i * model.featureCount;
    model.targets.forEach((target, t) =>
      target.members.forEach((trees, m) => {
        let sum = 0;
        for (const tree of trees) sum += predictTree(tree, x, row);
        out[i * K * T + m * T + t] = sum;
      }),
    );
  }
  return out;
}

function columnMoments(data: Float32Array, rows: number, cols: number): { mean: Float64Array; scale: Float64Array } {
  const mean = new Float64Array(cols);
  const scale = new Float64Array(cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) mean[j] += data[i * cols + j];
  for (let j = 0; j < cols; j++) mean[j] /= rows;
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) scale[j] += (data[i * cols + j] - mean[j]) ** 2;
  // A constant column (e.g. a feature the search space fixes) gets scale 1 rather than a division by 0.
  for (let j = 0; j < cols; j++) scale[j] = Math.sqrt(scale[j] / rows) || 1;
  return { mean, scale };
}

function gaussian(rng: Prng): number {
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

function standardise(data: Float32Array, rows: number, cols: number, m: { mean: Float64Array; scale: Float64Array }): Float32Array {
  const out = new Float32Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[i * cols + j] = (data[i * cols + j] - m.mean[j]) / m.scale[j];
  return out;
}

export async function fitMemberNetwork(
  model: SurrogateModel,
  trainFeatures: Float32Array,
  trainRows: number,
  settings: MemberNetworkSettings,
  seed: number,
): Promise<MemberNetworkFit> {
  const start = performance.now();
  const F = NETWORK_INPUTS;
  const O = model.targets.length * model.targets[0].members.length;
  const rng = createPrng(seed * 7919 + 17);
  const pool = encodeFeatureBatch(Array.from({ length: settings.poolSize }, () => sampleArchitecture(rng)));
  const rows = trainRows + settings.poolSize;
  const features = new Float32Array(rows * model.featureCount);
  features.set(trainFeatures.subarray(0, trainRows * model.featureCount));
  features.set(pool, trainRows * model.featureCount);
  const y = memberTreeSums(model, features, rows);
  const x = networkInputs(features, rows, model.featureCount);
  const inMoments = columnMoments(x, rows, F);
  const outMoments = columnMoments(y, rows, O);
  const xs = standardise(x, rows, F, inMoments);
  const ys = standardise(y, rows, O, outMoments);

  const sizes = [F, ...settings.hidden, O];
  const L = sizes.length - 1;
  // He initialisation for the ReLU layers, zero biases.
  const weights = Array.from({ length: L }, (_, l) =>
    Float32Array.from({ length: sizes[l] * sizes[l + 1] }, () => gaussian(rng) * Math.sqrt(2 / sizes[l])),
  );
  const biases = Array.from({ length: L }, (_, l) => new Float32Array(sizes[l + 1]));
  const params = weights.flatMap((w, l) => [w, biases[l]]);
  const m1 = params.map((p) => new Float64Array(p.length));
  const m2 = params.map((p) => new Float64Array(p.length));

  const session = await ort.InferenceSession.create(memberNetworkGradientGraph(sizes), {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  });
  const B = settings.batchSize;
  const stepsPerEpoch = Math.floor(rows / B);
  const totalSteps = stepsPerEpoch * settings.epochs;
  const order = Uint32Array.from({ length: rows }, (_, i) => i);
  const xb = new Float32Array(B * F);
  const yb = new Float32Array(B * O);
  const gradScale = new ort.Tensor('float32', Float32Array.of(2 / (B * O)), []);
  let step = 0;
  try {
    for (let epoch = 0; epoch < settings.epochs; epoch++) {
      for (let i = rows - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (let s = 0; s < stepsPerEpoch; s++, step++) {
        for (let r = 0; r < B; r++) {
          const src = order[s * B + r];
          xb.set(xs.subarray(src * F, (src + 1) * F), r * F);
          yb.set(ys.subarray(src * O, (src + 1) * O), r * O);
        }
        const feeds: Record<string, ort.Tensor> = {
          x: new ort.Tensor('float32', xb, [B, F]),
          y: new ort.Tensor('float32', yb, [B, O]),
          grad_scale: gradScale,
        };
        for (let l = 0; l < L; l++) {
          feeds[`w${l}`] = new ort.Tensor('float32', weights[l], [sizes[l], sizes[l + 1]]);
          feeds[`b${l}`] = new ort.Tensor('float32', biases[l], [sizes[l + 1]]);
        }
        const out = await session.run(feeds);
        if (process.env.NET_DEBUG && s === stepsPerEpoch - 1) console.log('epoch', epoch, 'loss', (out.loss.data as Float32Array)[0]);
        const lr = settings.learningRate * (0.01 + 0.99 * 0.5 * (1 + Math.cos((Math.PI * step) / totalSteps)));
        const c1 = 1 - 0.9 ** (step + 1);
        const c2 = 1 - 0.999 ** (step + 1);
        params.forEach((p, k) => {
          const l = k >> 1;
          const g = out[k % 2 === 0 ? `grad_w${l}` : `grad_b${l}`].data as Float32Array;
          const a = m1[k];
          const v = m2[k];
          for (let i = 0; i < p.length; i++) {
            a[i] = 0.9 * a[i] + 0.1 * g[i];
            v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
            p[i] -= (lr * (a[i] / c1)) / (Math.sqrt(v[i] / c2) + 1e-8);
          }
        });
      }
    }
  } finally {
    await session.release();
  }

  const network: MemberNetwork = { layers: foldScaling(weights, biases, sizes, inMoments, outMoments) };
  const check = encodeFeatureBatch(Array.from({ length: settings.checkSize }, () => sampleArchitecture(rng)));
  const { r2, rmse } = fitAgainstTrees(model, network, check, settings.checkSize);
  return { network, checkR2: r2, checkRmse: rmse, milliseconds: performance.now() - start };
}

/** Folds the input standardisation into layer 0 and the output scaling into the last layer (exact in float64). */
function foldScaling(
  weights: Float32Array[],
  biases: Float32Array[],
  sizes: number[],
  inM: { mean: Float64Array; scale: Float64Array },
  outM: { mean: Float64Array; scale: Float64Array },
): DenseLayer[] {
  const L = weights.length;
  return weights.map((w, l) => {
    const inputs = sizes[l];
    const outputs = sizes[l + 1];
    const W = Float64Array.from(w);
    const b = Float64Array.from(biases[l]);
    if (l === 0) {
      for (let i = 0; i < inputs; i++)
        for (let j = 0; j < outputs; j++) {
          const wij = W[i * outputs + j] / inM.scale[i];
          W[i * outputs + j] = wij;
          b[j] -= inM.mean[i] * wij;
        }
    }
    if (l === L - 1) {
      for (let j = 0; j < outputs; j++) {
        for (let i = 0; i < inputs; i++) W[i * outputs + j] *= outM.scale[j];
        b[j] = b[j] * outM.scale[j] + outM.mean[j];
      }
    }
    return { weights: Float32Array.from(W), bias: Float32Array.from(b), inputs, outputs };
  });
}

function fitAgainstTrees(model: SurrogateModel, network: MemberNetwork, x: Float32Array, rows: number): { r2: number[]; rmse: number[] } {
  const trees = memberTreeSums(model, x, rows);
  const O = network.layers[network.layers.length - 1].outputs;
  const sse = new Float64Array(O);
  const mean = new Float64Array(O);
  const net = new Float64Array(rows * O);
  for (let i = 0; i < rows; i++) net.set(evaluateMemberNetwork(network, x, i * model.featureCount), i * O);
  for (let i = 0; i < rows; i++) for (let j = 0; j < O; j++) mean[j] += trees[i * O + j] / rows;
  const sst = new Float64Array(O);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < O; j++) {
      sse[j] += (net[i * O + j] - trees[i * O + j]) ** 2;
      sst[j] += (trees[i * O + j] - mean[j]) ** 2;
    }
  return { r2: Array.from(sse, (s, j) => 1 - s / sst[j]), rmse: Array.from(sse, (s) => Math.sqrt(s / rows)) };
}
