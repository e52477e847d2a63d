// Parameters and MACs of a built ONNX model, read from its nodes and initializer shapes alone, with the
// thop conventions the dataset's `model_info` follows (../shared/accel-nasbench/NOTES.md): convolutions
// and the classifier as multiply-adds (biases not counted), BatchNormalization as 4 operations per
// output element, global average pooling as H·W + 1 per channel, activations, Add and Mul free.
// Written apart from core/metrics/macsParams.ts, which counts the same network from its definition:
// the tests hold the two equal on every dataset architecture, so the built graph is the network.
import type { OnnxModel } from '../onnx/encodeOnnxModel';
import { BN_RUNNING_STATS } from './buildNetworkModel';

/** Counts in units (not millions), per input image. */
export function countModelCost(model: OnnxModel): { macs: number; params: number } {
  const dims = new Map(model.graph.initializers.map((t) => [t.name!, t.dims]));
  const params = model.graph.initializers
    .filter((t) => !BN_RUNNING_STATS.test(t.name ?? ''))
    .reduce((s, t) => s + t.dims.reduce((p, d) => p * d, 1), 0);
  // Shapes without the batch dimension: [C, H, W] or [features].
  const shapes = new Map<string, number[]>();
  for (const input of model.graph.inputs) shapes.set(input.name, input.shape.slice(1) as number[]);
  const shapeOf = (name: string) => {
    const s = shapes.get(name);
    if (!s) throw new Error(`countModelCost: no shape for ${name} (is the node list in order?)`);
    return s;
  };
  const ints = (node: OnnxModel['graph']['nodes'][number], name: string) => {
    const a = node.attributes?.find((x) => x.name === name);
    return a?.kind === 'ints' ? Array.from(a.value) : null;
  };
  let macs = 0;
  for (const node of model.graph.nodes) {
    const x = shapeOf(node.inputs[0]);
    let out: number[];
    switch (node.opType) {
      case 'Conv': {
        const [m, cPerGroup, kh, kw] = dims.get(node.inputs[1])!;
        const [s0, s1] = ints(node, 'strides') ?? [1, 1];
        const [p0, p1, p2, p3] = ints(node, 'pads') ?? [0, 0, 0, 0];
        const h = Math.floor((x[1] + p0 + p2 - kh) / s0) + 1;
        const w = Math.floor((x[2] + p1 + p3 - kw) / s1) + 1;
        macs += m * cPerGroup * kh * kw * h * w;
        out = [m, h, w];
        break;
      }
      case 'BatchNormalization':
        macs += 4 * x.reduce((p, d) => p * d, 1);
        out = x;
        break;
      case 'GlobalAveragePool':
        macs += x[0] * (x[1] * x[2] + 1);
        out = [x[0], 1, 1];
        break;
      case 'Flatten':
        out = [x.reduce((p, d) => p * d, 1)];
        break;
      case 'Gemm': {
        const [outF, inF] = dims.get(node.inputs[1])!;
        macs += inF * outF;
        out = [outF];
        break;
      }
      case 'Sigmoid':
        out = x;
        break;
      case 'Mul':
      case 'Add': {
        // Broadcasting here is only [C, 1, 1] against [C, H, W]: the larger shape is the output.
        const y = shapeOf(node.inputs[1]);
        out = y.reduce((p, d) => p * d, 1) > x.reduce((p, d) => p * d, 1) ? y : x;
        break;
      }
      default:
        throw new Error(`countModelCost: no counting rule for ${node.opType} (node ${node.name})`);
    }
    shapes.set(node.outputs[0], out);
  }
  return { macs, params };
}
