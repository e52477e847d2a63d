// The real ANB network as an ONNX model with seeded random weights, for timing it on the device the user
// is at (#12): the whole network, one stage, or one MBConv layer (a kernel). The graph is the PyTorch
// model's inference form, node for node: Conv (no bias) → BatchNormalization → SiLU (Sigmoid · x),
// squeeze-excite as GlobalAveragePool → Conv (bias) → SiLU → Conv (bias) → Sigmoid → Mul, residual Add,
// head, GlobalAveragePool → Flatten → Gemm. Dropout is the identity at inference and is left out.
// Weights do not change the time a kernel takes; they are drawn so that the activations stay finite.
import { encodeOnnxModel, TENSOR_FLOAT, type OnnxModel, type OnnxNode, type OnnxTensor } from '../onnx/encodeOnnxModel';
import { createPrng, type Prng } from '../random/prng';
import type { Architecture } from '../space/searchSpace';
import { CLASSES, HEAD_CHANNELS, INPUT_SIZE, mbconvLayers, STAGE_OUT_CHANNELS, STEM_CHANNELS, type MbconvLayer } from './networkLayers';

export const OPSET = 13;
/** BatchNormalization's running statistics: part of the graph, not trainable parameters. */
export const BN_RUNNING_STATS = /\.running_(mean|var)$/;

export interface NetworkModelOptions {
  /** Batch dimension: a fixed size, or a symbolic name ("N") to choose it per run. Default 1. */
  batch?: number | string;
  /** Seed of the random weights. Default 1. */
  seed?: number;
  /**
   * 'none' leaves every initializer's values empty (dims kept): the graph's structure for counting
   * parameters and MACs of thousands of networks without drawing millions of weights each. Such a
   * model cannot be run. Default 'random'.
   */
  weights?: 'random' | 'none';
}

class GraphBuilder {
  readonly nodes: OnnxNode[] = [];
  readonly initializers: OnnxTensor[] = [];
  private readonly rng: Prng;

  constructor(
    seed: number,
    private readonly withWeights: boolean,
  ) {
    this.rng = createPrng(seed);
  }

  private weight(name: string, dims: number[], fanIn: number): string {
    // Uniform with variance 1/fanIn (LeCun): keeps activations of order one through ~60 layers.
    const a = Math.sqrt(3 / fanIn);
    const n = this.withWeights ? dims.reduce((p, d) => p * d, 1) : 0;
    const values = new Float32Array(n);
    // xorshift32 seeded from the builder's PRNG: millions of weights per network, drawn in a tight loop.
    let x = (this.rng.int(0xffffffff) | 1) >>> 0;
    const scale = (2 * a) / 4294967296;
    for (let i = 0; i < n; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      values[i] = (x >>> 0) * scale - a;
    }
    this.initializers.push({ name, dataType: TENSOR_FLOAT, dims, values });
    return name;
  }

  private constant(name: string, n: number, value: number): string {
    this.initializers.push({ name, dataType: TENSOR_FLOAT, dims: [n], values: new Float32Array(this.withWeights ? n : 0).fill(value) });
    return name;
  }

  private node(opType: string, name: string, inputs: string[], attributes: OnnxNode['attributes'] = []): string {
    const output = `${name}.out`;
    this.nodes.push({ opType, name, inputs, outputs: [output], attributes });
    return output;
  }

  conv(name: string, x: string, inCh: number, outCh: number, kernel: number, stride: number, groups: number, bias = false): string {
    const w = this.weight(`${name}.weight`, [outCh, inCh / groups, kernel, kernel], (inCh / groups) * kernel * kernel);
    const inputs = bias ? [x, w, this.constant(`${name}.bias`, outCh, 0)] : [x, w];
    const p = (kernel - 1) / 2;
    return this.node('Conv', name, inputs, [
      { name: 'kernel_shape', kind: 'ints', value: [kernel, kernel] },
      { name: 'strides', kind: 'ints', value: [stride, stride] },
      { name: 'pads', kind: 'ints', value: [p, p, p, p] },
      { name: 'group', kind: 'int', value: groups },
    ]);
  }

  batchNorm(name: string, x: string, channels: number): string {
    const inputs = [
      x,
      this.constant(`${name}.weight`, channels, 1),
      this.constant(`${name}.bias`, channels, 0),
      this.constant(`${name}.running_mean`, channels, 0),
      this.constant(`${name}.running_var`, channels, 1),
    ];
    return this.node('BatchNormalization', name, inputs, [{ name: 'epsilon', kind: 'float', value: 1e-5 }]);
  }

  silu(name: string, x: string): string {
    return this.node('Mul', `${name}.mul`, [x, this.node('Sigmoid', `${name}.sigmoid`, [x])]);
  }

  convBnSilu(name: string, x: string, inCh: number, outCh: number, kernel: number, stride: number, groups: number): string {
    return this.silu(`${name}.act`, this.batchNorm(`${name}.bn`, this.conv(`${name}.conv`, x, inCh, outCh, kernel, stride, groups), outCh));
  }

  mbconv(name: string, x: string, l: MbconvLayer): string {
    let h = x;
    if (l.expansion !== 1) h = this.convBnSilu(`${name}.expand`, h, l.inChannels, l.expanded, 1, 1, 1);
    h = this.convBnSilu(`${name}.depthwise`, h, l.expanded, l.expanded, l.kernel, l.stride, l.expanded);
    if (l.se) {
      const s = this.node('GlobalAveragePool', `${name}.se.pool`, [h]);
      const down = this.silu(`${name}.se.act`, this.conv(`${name}.se.reduce`, s, l.expanded, l.squeezed, 1, 1, 1, true));
      const gate = this.node('Sigmoid', `${name}.se.gate`, [this.conv(`${name}.se.expand`, down, l.squeezed, l.expanded, 1, 1, 1, true)]);
      h = this.node('Mul', `${name}.se.scale`, [h, gate]);
    }
    h = this.batchNorm(`${name}.project.bn`, this.conv(`${name}.project.conv`, h, l.expanded, l.outChannels, 1, 1, 1), l.outChannels);
    return l.residual ? this.node('Add', `${name}.residual`, [x, h]) : h;
  }

  head(x: string, inCh: number): string {
    const h = this.convBnSilu('head', x, inCh, HEAD_CHANNELS, 1, 1, 1);
    const flat = this.node(
      'Flatten',
      'head.flatten',
      [this.node('GlobalAveragePool', 'head.pool', [h])],
      [{ name: 'axis', kind: 'int', value: 1 }],
    );
    const w = this.weight('classifier.weight', [CLASSES, HEAD_CHANNELS], HEAD_CHANNELS);
    return this.node(
      'Gemm',
      'classifier',
      [flat, w, this.constant('classifier.bias', CLASSES, 0)],
      [{ name: 'transB', kind: 'int', value: 1 }],
    );
  }

  /** `output` must be the last node's output: it becomes the graph's output. */
  model(name: string, input: { channels: number; size: number }, output: string, outputShape: number[], batch: number | string): OnnxModel {
    const last = this.nodes[this.nodes.length - 1];
    if (last.outputs[0] !== output) throw new Error(`GraphBuilder: ${output} is not the last node's output`);
    last.outputs = ['output'];
    return {
      irVersion: 7,
      opsets: [{ domain: '', version: OPSET }],
      producerName: 'anb-explorer',
      producerVersion: '1',
      docString: `${name}: ANB AccelNASBenchNet (or a part of it) with seeded random weights, for device profiling`,
      graph: {
        name,
        nodes: this.nodes,
        initializers: this.initializers,
        inputs: [{ name: 'input', elemType: TENSOR_FLOAT, shape: [batch, input.channels, input.size, input.size] }],
        outputs: [{ name: 'output', elemType: TENSOR_FLOAT, shape: [batch, ...outputShape] }],
      },
      metadata: [],
    };
  }
}

/** The whole network: input [batch, 3, 224, 224], output [batch, 1000] logits. */
export function buildNetworkModel(arch: Architecture, options: NetworkModelOptions = {}): OnnxModel {
  const g = new GraphBuilder(options.seed ?? 1, options.weights !== 'none');
  let x = g.convBnSilu('stem', 'input', 3, STEM_CHANNELS, 3, 2, 1);
  for (const l of mbconvLayers(arch)) x = g.mbconv(`stages.${l.stage}.${l.layer}`, x, l);
  const out = g.head(x, STAGE_OUT_CHANNELS[STAGE_OUT_CHANNELS.length - 1]);
  return g.model('anb_network', { channels: 3, size: INPUT_SIZE }, out, [CLASSES], options.batch ?? 1);
}

/** One MBConv layer alone (a kernel of kernel-level profiling): input [batch, in, size, size]. */
export function buildLayerModel(layer: MbconvLayer, options: NetworkModelOptions = {}): OnnxModel {
  const g = new GraphBuilder(options.seed ?? 1, options.weights !== 'none');
  const out = g.mbconv('layer', 'input', layer);
  const outSize = layer.inSize / layer.stride;
  return g.model(
    'anb_layer',
    { channels: layer.inChannels, size: layer.inSize },
    out,
    [layer.outChannels, outSize, outSize],
    options.batch ?? 1,
  );
}

/** One stage (all its layers) of the architecture: input [batch, stage input width, size, size]. */
export function buildStageModel(arch: Architecture, stage: number, options: NetworkModelOptions = {}): OnnxModel {
  const layers = mbconvLayers(arch).filter((l) => l.stage === stage);
  if (layers.length === 0)
    throw new Error(`buildStageModel: stage ${stage} does not exist (stages are 0–${STAGE_OUT_CHANNELS.length - 1})`);
  const g = new GraphBuilder(options.seed ?? 1, options.weights !== 'none');
  let x = 'input';
  for (const l of layers) x = g.mbconv(`stages.${l.stage}.${l.layer}`, x, l);
  const last = layers[layers.length - 1];
  const outSize = layers[0].inSize / layers[0].stride;
  return g.model(
    'anb_stage',
    { channels: layers[0].inChannels, size: layers[0].inSize },
    x,
    [last.outChannels, outSize, outSize],
    options.batch ?? 1,
  );
}

/** The serialised model (ONNX protobuf bytes), ready for onnxruntime's InferenceSession.create. */
export const networkOnnxBytes = (arch: Architecture, options?: NetworkModelOptions) => encodeOnnxModel(buildNetworkModel(arch, options));
