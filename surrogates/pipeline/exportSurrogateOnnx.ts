// Writes the trained surrogate as ONE ONNX graph: `features` float32 [N, F] → `mean`, `std` float32
// [N, T] for all T targets, and `edge` float32 [N]. Inside, in float64 so ONNX Runtime (node and wasm) and the TS evaluator
// agree to ~1e-12:
//   X    = Cast(features → double)
//   U    = TreeEnsemble(base trees)(X) + intercept          layer-cost sums, one column per target
//   Z0   = a·log(max(U, floor)) + b·U                        a,b per target from its base link
//   Zm   = Reshape(TreeEnsemble(member trees)(X), [N,K,T]) + Z0   each member's model-space value
//   s    = ReduceSum((Relu(lo − X) + Relu(X − hi))·(1/range))   edge score per row (runtime/edgeScore.ts)
//   μ    = mean_m Zm;   v = mean_m (Zm − μ)²;   σ² = A·v + B + G·(s + s²)
//   mean = exp(μ + σ²/2), std = mean·sqrt(exp(σ²) − 1) for log targets; μ and σ otherwise; edge = s;
//   members = Zm as float32 [N, K, T] (model space), for the uncertainty of differences
//   (runtime/predictedDifference.ts); a session that does not fetch it does not pay for the copy.
// Trees use ai.onnx.ml TreeEnsemble (opset 5), which both onnxruntime-node and onnxruntime-web's wasm
// build implement for double inputs.
import { BLOCK_COUNT } from '../../core/space/searchSpace';
import { inverseRange } from '../runtime/edgeScore';
import type { SurrogateModel } from '../runtime/surrogateModel';
import {
  encodeOnnxModel,
  TENSOR_BOOL,
  TENSOR_DOUBLE,
  TENSOR_FLOAT,
  TENSOR_INT64,
  type OnnxAttribute,
  type OnnxNode,
  type OnnxTensor,
} from '../../core/onnx/encodeOnnxModel';
import { stageLookupTree } from './stageLookupTree';
import { TreeEnsembleBuilder } from './treeEnsembleBuilder';

export interface OnnxExportOptions {
  /** Written into the model's metadata_props (e.g. feature encoding version, target names). */
  metadata: [string, string][];
  docString: string;
}

export function exportSurrogateOnnx(model: SurrogateModel, options: OnnxExportOptions): Uint8Array {
  const T = model.targets.length;
  const K = model.targets[0].members.length;
  if (model.targets.some((t) => t.members.length !== K)) throw new Error('every target needs the same number of members');

  const base = new TreeEnsembleBuilder();
  const members = new TreeEnsembleBuilder();
  const intercept: number[] = [];
  const floor: number[] = [];
  const logWeight: number[] = [];
  const linearWeight: number[] = [];
  model.targets.forEach((target, t) => {
    if (target.baseLink === 'none') intercept.push(target.offset);
    else {
      const costs = target.layerCost!;
      intercept.push(costs.intercept);
      for (let b = 0; b < BLOCK_COUNT; b++) base.add(stageLookupTree(b, costs.stageCost[b]), t);
    }
    const logLink = target.baseLink === 'log' || target.baseLink === 'negLog';
    floor.push(logLink ? target.baseFloor : 1);
    logWeight.push(target.baseLink === 'log' ? 1 : target.baseLink === 'negLog' ? -1 : 0);
    linearWeight.push(logLink ? 0 : 1);
    target.members.forEach((trees, m) => {
      for (const tree of trees) members.add(tree, m * T + t);
    });
  });
  // A TreeEnsemble needs at least one tree: a zero tree keeps the graph uniform when no target has a base.
  if (base.roots.length === 0)
    base.add(
      {
        feature: new Int32Array(0),
        threshold: new Float64Array(0),
        left: new Int32Array(0),
        right: new Int32Array(0),
        leafValue: Float64Array.of(0),
      },
      0,
    );

  const vec = (name: string, values: number[]): OnnxTensor => ({ name, dataType: TENSOR_DOUBLE, dims: [values.length], values });
  const initializers: OnnxTensor[] = [
    vec('base_intercept', intercept),
    vec('base_floor', floor),
    vec('base_log_weight', logWeight),
    vec('base_linear_weight', linearWeight),
    vec(
      'variance_scale',
      model.targets.map((t) => t.varianceScale),
    ),
    vec(
      'variance_floor',
      model.targets.map((t) => t.varianceFloor),
    ),
    vec(
      'log_mask',
      model.targets.map((t) => (t.transform === 'log' ? 1 : 0)),
    ),
    vec(
      'edge_scale',
      model.targets.map((t) => t.edgeScale),
    ),
    { name: 'domain_min', dataType: TENSOR_DOUBLE, dims: [model.featureCount], values: model.domain.min },
    { name: 'domain_max', dataType: TENSOR_DOUBLE, dims: [model.featureCount], values: model.domain.max },
    { name: 'domain_inv_range', dataType: TENSOR_DOUBLE, dims: [model.featureCount], values: inverseRange(model.domain) },
    { name: 'feature_axis', dataType: TENSOR_INT64, dims: [1], values: [1] },
    { name: 'is_log', dataType: TENSOR_BOOL, dims: [T], values: model.targets.map((t) => (t.transform === 'log' ? 1 : 0)) },
    { name: 'half', dataType: TENSOR_DOUBLE, dims: [], values: [0.5] },
    { name: 'one', dataType: TENSOR_DOUBLE, dims: [], values: [1] },
    { name: 'members_shape', dataType: TENSOR_INT64, dims: [3], values: [-1, K, T] },
    { name: 'member_axis', dataType: TENSOR_INT64, dims: [1], values: [1] },
  ];

  const op = (opType: string, inputs: string[], output: string, attributes?: OnnxAttribute[]): OnnxNode => ({
    opType,
    name: output,
    inputs,
    outputs: [output],
    attributes,
  });
  const nodes: OnnxNode[] = [
    op('Cast', ['features'], 'x', [{ name: 'to', kind: 'int', value: TENSOR_DOUBLE }]),
    base.node('base_trees', 'x', 'base_sum', T),
    op('Add', ['base_sum', 'base_intercept'], 'u'),
    op('Max', ['u', 'base_floor'], 'u_floored'),
    op('Log', ['u_floored'], 'log_u'),
    op('Mul', ['log_u', 'base_log_weight'], 'z0_log'),
    op('Mul', ['u', 'base_linear_weight'], 'z0_linear'),
    op('Add', ['z0_log', 'z0_linear'], 'z0'),
    members.node('member_trees', 'x', 'member_sum', K * T),
    op('Reshape', ['member_sum', 'members_shape'], 'member_sum_3d'),
    op('Unsqueeze', ['z0', 'member_axis'], 'z0_3d'),
    op('Add', ['member_sum_3d', 'z0_3d'], 'z'),
    op('ReduceMean', ['z', 'member_axis'], 'mu_3d', [{ name: 'keepdims', kind: 'int', value: 1 }]),
    op('Sub', ['z', 'mu_3d'], 'deviation'),
    op('Mul', ['deviation', 'deviation'], 'deviation_sq'),
    op('ReduceMean', ['deviation_sq', 'member_axis'], 'spread', [{ name: 'keepdims', kind: 'int', value: 0 }]),
    op('Squeeze', ['mu_3d', 'member_axis'], 'mu'),
    op('Sub', ['domain_min', 'x'], 'below_min'),
    op('Relu', ['below_min'], 'below'),
    op('Sub', ['x', 'domain_max'], 'above_max'),
    op('Relu', ['above_max'], 'above'),
    op('Add', ['below', 'above'], 'outside'),
    op('Mul', ['outside', 'domain_inv_range'], 'excess'),
    op('ReduceSum', ['excess', 'feature_axis'], 'edge_2d', [{ name: 'keepdims', kind: 'int', value: 1 }]),
    op('Mul', ['edge_2d', 'edge_2d'], 'edge_sq'),
    op('Add', ['edge_2d', 'edge_sq'], 'edge_shape'),
    op('Mul', ['edge_shape', 'edge_scale'], 'edge_variance'),
    op('Mul', ['spread', 'variance_scale'], 'spread_scaled'),
    op('Add', ['spread_scaled', 'variance_floor'], 'variance_in_box'),
    op('Add', ['variance_in_box', 'edge_variance'], 'variance'),
    op('Sqrt', ['variance'], 'sigma'),
    // Lognormal moments; log_mask zeroes the exponent of identity targets so nothing overflows there.
    op('Mul', ['variance', 'half'], 'half_variance'),
    op('Add', ['mu', 'half_variance'], 'log_mean'),
    op('Mul', ['log_mean', 'log_mask'], 'log_mean_masked'),
    op('Exp', ['log_mean_masked'], 'lognormal_mean'),
    op('Mul', ['variance', 'log_mask'], 'variance_masked'),
    op('Exp', ['variance_masked'], 'exp_variance'),
    op('Sub', ['exp_variance', 'one'], 'exp_variance_m1'),
    op('Sqrt', ['exp_variance_m1'], 'lognormal_cv'),
    op('Mul', ['lognormal_mean', 'lognormal_cv'], 'lognormal_std'),
    op('Where', ['is_log', 'lognormal_mean', 'mu'], 'mean_double'),
    op('Where', ['is_log', 'lognormal_std', 'sigma'], 'std_double'),
    op('Cast', ['mean_double'], 'mean', [{ name: 'to', kind: 'int', value: TENSOR_FLOAT }]),
    op('Cast', ['std_double'], 'std', [{ name: 'to', kind: 'int', value: TENSOR_FLOAT }]),
    op('Squeeze', ['edge_2d', 'feature_axis'], 'edge_double'),
    op('Cast', ['edge_double'], 'edge', [{ name: 'to', kind: 'int', value: TENSOR_FLOAT }]),
    op('Cast', ['z'], 'members', [{ name: 'to', kind: 'int', value: TENSOR_FLOAT }]),
  ];

  return encodeOnnxModel({
    irVersion: 10,
    opsets: [
      { domain: '', version: 21 },
      { domain: 'ai.onnx.ml', version: 5 },
    ],
    producerName: 'anb-explorer surrogates',
    producerVersion: '1',
    docString: options.docString,
    graph: {
      name: 'anb_surrogate',
      nodes,
      initializers,
      inputs: [{ name: 'features', elemType: TENSOR_FLOAT, shape: ['N', model.featureCount] }],
      outputs: [
        { name: 'mean', elemType: TENSOR_FLOAT, shape: ['N', T] },
        { name: 'std', elemType: TENSOR_FLOAT, shape: ['N', T] },
        { name: 'edge', elemType: TENSOR_FLOAT, shape: ['N'] },
        { name: 'members', elemType: TENSOR_FLOAT, shape: ['N', K, T] },
      ],
    },
    metadata: options.metadata,
  });
}
