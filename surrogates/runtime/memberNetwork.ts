// The members' trees compiled into one small ReLU network (pipeline/fitMemberNetwork.ts says how and
// surrogates/README.md, "Evaluation design", why): each block's configuration (e, k, l, se: 48 values)
// one-hot, 7 × 48 inputs → hidden → hidden → every member's tree sum [K·T] (column m·T + t, model space,
// base excluded). Every feature the trees split on is a function of those 7 configurations, so nothing
// is lost by the encoding; and a one-hot first layer is a sum of 7 looked-up rows, which the graph does
// with one Gather instead of a matrix product. Weights are float32, as the ONNX graph holds them; this
// evaluator runs them in float64, so it and onnxruntime agree to float32 rounding.
import { BLOCK_COUNT } from '../../core/space/searchSpace';

/** Configurations per block: 3 expansions × 2 kernels × 2 squeeze-excite × 4 layer counts (block 5 uses all 4). */
export const BLOCK_CONFIGS = 48;
export const NETWORK_INPUTS = BLOCK_COUNT * BLOCK_CONFIGS;

/**
 * Block b's configuration index from the gene features (e, k, l, se of block b at 4b..4b+3): the
 * layer-cost base's own order, (eIndex·4 + kIndex·2 + se)·4 + l − 1, so it is also a row of that table.
 */
export function blockConfigIndex(x: ArrayLike<number>, row: number, b: number): number {
  const e = x[row + 4 * b];
  const eIndex = e === 1 ? 0 : e === 4 ? 1 : 2;
  const kIndex = x[row + 4 * b + 1] === 5 ? 1 : 0;
  const se = x[row + 4 * b + 3] > 0.5 ? 1 : 0;
  return (eIndex * 4 + kIndex * 2 + se) * 4 + x[row + 4 * b + 2] - 1;
}

/** The network's one-hot input for `rows` feature rows of `featureCount` columns: [rows, 7·48]. */
export function networkInputs(features: ArrayLike<number>, rows: number, featureCount: number): Float32Array {
  const out = new Float32Array(rows * NETWORK_INPUTS);
  for (let i = 0; i < rows; i++)
    for (let b = 0; b < BLOCK_COUNT; b++) out[i * NETWORK_INPUTS + b * BLOCK_CONFIGS + blockConfigIndex(features, i * featureCount, b)] = 1;
  return out;
}

export interface DenseLayer {
  /** Row-major [inputs, outputs]. */
  weights: Float32Array;
  bias: Float32Array;
  inputs: number;
  outputs: number;
}

export interface MemberNetwork {
  /** Input standardisation and output scaling are folded into the first and last layer. */
  layers: DenseLayer[];
}

/**
 * One feature row's network output (length = last layer's outputs); ReLU after every layer but the
 * last. `row` is the row's offset in `x` (features, not network inputs).
 */
export function evaluateMemberNetwork(network: MemberNetwork, x: ArrayLike<number>, row: number): Float64Array {
  const first = network.layers[0];
  let input = Float64Array.from(first.bias);
  for (let b = 0; b < BLOCK_COUNT; b++) {
    const w = (b * BLOCK_CONFIGS + blockConfigIndex(x, row, b)) * first.outputs;
    for (let j = 0; j < first.outputs; j++) input[j] += first.weights[w + j];
  }
  network.layers.forEach((layer, l) => {
    if (l === 0) {
      if (network.layers.length > 1) for (let j = 0; j < input.length; j++) if (input[j] < 0) input[j] = 0;
      return;
    }
    const out = Float64Array.from(layer.bias);
    for (let i = 0; i < layer.inputs; i++) {
      const a = input[i];
      if (a === 0) continue;
      const w = i * layer.outputs;
      for (let j = 0; j < layer.outputs; j++) out[j] += a * layer.weights[w + j];
    }
    if (l < network.layers.length - 1) for (let j = 0; j < out.length; j++) if (out[j] < 0) out[j] = 0;
    input = out;
  });
  return input;
}
