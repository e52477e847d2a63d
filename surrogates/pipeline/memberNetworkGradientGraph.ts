// One training step's arithmetic for the member network, as an ONNX graph that onnxruntime-node runs
// (its MLAS matrix kernels are ~30× faster than the same loops in JS): inputs x [B, F], y [B, O] and
// the current weights; outputs the mean squared error and its gradient for every weight. Backprop is
// written out by hand: for a ReLU network it is matrix products and a mask, nothing an autodiff adds.
//   a₀ = x;  aₗ = relu(aₗ₋₁·Wₗ + bₗ) for hidden layers;  o = a_L-1·W_L + b_L
//   d = 2(o − y)/(B·O);  g_W = aᵀ·d;  g_b = Σ_rows d;  d ← (d·Wᵀ) ⊙ [a > 0]   (layer by layer, back)
import { encodeOnnxModel, TENSOR_FLOAT, TENSOR_INT64, type OnnxAttribute, type OnnxNode } from './encodeOnnxModel';

export function memberNetworkGradientGraph(sizes: number[]): Uint8Array {
  const L = sizes.length - 1;
  const nodes: OnnxNode[] = [];
  const op = (opType: string, inputs: string[], output: string, attributes?: OnnxAttribute[]) =>
    nodes.push({ opType, name: output, inputs, outputs: [output], attributes });
  const int = (name: string, value: number): OnnxAttribute => ({ name, kind: 'int', value });

  let a = 'x';
  for (let l = 0; l < L; l++) {
    const last = l === L - 1;
    op('Gemm', [a, `w${l}`, `b${l}`], last ? 'o' : `z${l}`);
    if (!last) {
      op('Relu', [`z${l}`], `a${l + 1}`);
      a = `a${l + 1}`;
    }
  }
  op('Sub', ['o', 'y'], 'err');
  op('Mul', ['err', 'err'], 'err_sq');
  op('ReduceMean', ['err_sq'], 'loss', [int('keepdims', 0)]);
  op('Mul', ['err', 'grad_scale'], 'd_o');
  let d = 'd_o';
  for (let l = L - 1; l >= 0; l--) {
    const input = l === 0 ? 'x' : `a${l}`;
    op('Gemm', [input, d], `grad_w${l}`, [int('transA', 1)]);
    op('ReduceSum', [d, 'row_axis'], `grad_b${l}`, [int('keepdims', 0)]);
    if (l > 0) {
      op('Gemm', [d, `w${l}`], `d_a${l}`, [int('transB', 1)]);
      // a = relu(z) ≥ 0, so sign(a) is the ReLU's derivative mask.
      op('Sign', [`a${l}`], `mask${l}`);
      op('Mul', [`d_a${l}`, `mask${l}`], `d_z${l - 1}`);
      d = `d_z${l - 1}`;
    }
  }
  const weightInputs = Array.from({ length: L }, (_, l) => [
    { name: `w${l}`, elemType: TENSOR_FLOAT, shape: [sizes[l], sizes[l + 1]] },
    { name: `b${l}`, elemType: TENSOR_FLOAT, shape: [sizes[l + 1]] },
  ]).flat();
  return encodeOnnxModel({
    irVersion: 10,
    opsets: [{ domain: '', version: 21 }],
    producerName: 'anb-explorer surrogates',
    producerVersion: '1',
    docString: 'Member network: mean squared error and its gradients for one minibatch.',
    graph: {
      name: 'member_network_gradient',
      nodes,
      initializers: [{ name: 'row_axis', dataType: TENSOR_INT64, dims: [1], values: [0] }],
      inputs: [
        { name: 'x', elemType: TENSOR_FLOAT, shape: ['B', sizes[0]] },
        { name: 'y', elemType: TENSOR_FLOAT, shape: ['B', sizes[L]] },
        { name: 'grad_scale', elemType: TENSOR_FLOAT, shape: [] },
        ...weightInputs,
      ],
      outputs: [
        { name: 'loss', elemType: TENSOR_FLOAT, shape: [] },
        ...Array.from({ length: L }, (_, l) => [
          { name: `grad_w${l}`, elemType: TENSOR_FLOAT, shape: [sizes[l], sizes[l + 1]] },
          { name: `grad_b${l}`, elemType: TENSOR_FLOAT, shape: [sizes[l + 1]] },
        ]).flat(),
      ],
    },
    metadata: [],
  });
}
