// onnxruntime-node runs the networks core/network builds (#12): the whole network, a stage and a layer,
// with the output shapes their graphs declare and finite values.
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { buildLayerModel, buildNetworkModel, buildStageModel } from '@/core/network/buildNetworkModel';
import { mbconvLayers } from '@/core/network/networkLayers';
import { encodeOnnxModel, type OnnxModel } from '@/core/onnx/encodeOnnxModel';
import type { Architecture, Block } from '@/core/space/searchSpace';

const uniform = (b: Block): Architecture => Array.from({ length: 7 }, () => b);
const SMALLEST = uniform({ e: 1, k: 3, l: 1, se: false });
const LARGEST = Array.from({ length: 7 }, (_, i) => ({ e: 6, k: 5, l: i === 5 ? 4 : 3, se: true }) as Block);

async function run(model: OnnxModel, batch = 1): Promise<ort.Tensor> {
  const session = await ort.InferenceSession.create(encodeOnnxModel(model), { intraOpNumThreads: 1 });
  try {
    const [b, ...rest] = model.graph.inputs[0].shape as number[];
    const shape = [typeof b === 'number' ? b : batch, ...rest];
    const input = new Float32Array(shape.reduce((p, d) => p * d, 1)).map((_, i) => Math.sin(i));
    const out = await session.run({ input: new ort.Tensor('float32', input, shape) });
    return out.output;
  } finally {
    await session.release();
  }
}

const finite = (t: ort.Tensor) => Array.from(t.data as Float32Array).every(Number.isFinite);

describe('built networks on onnxruntime-node', () => {
  it('runs the smallest and the largest network: [1, 1000] finite logits that depend on the input', async () => {
    for (const arch of [SMALLEST, LARGEST]) {
      const out = await run(buildNetworkModel(arch));
      expect(out.dims).toEqual([1, 1000]);
      expect(finite(out)).toBe(true);
      const values = Array.from(out.data as Float32Array);
      expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(0);
    }
  }, 120_000);

  it('runs a symbolic batch at the size it is given', async () => {
    const out = await run(buildNetworkModel(SMALLEST, { batch: 'N' }), 4);
    expect(out.dims).toEqual([4, 1000]);
    expect(finite(out)).toBe(true);
  }, 60_000);

  it('runs one stage and one layer (the kernels) with the shapes they declare', async () => {
    const stage = await run(buildStageModel(LARGEST, 3));
    expect(stage.dims).toEqual([1, 80, 14, 14]);
    const layer = mbconvLayers(LARGEST)[0];
    const out = await run(buildLayerModel(layer));
    expect(out.dims).toEqual([1, layer.outChannels, layer.inSize / layer.stride, layer.inSize / layer.stride]);
    expect(finite(out)).toBe(true);
  }, 60_000);
});
