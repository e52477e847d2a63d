import { describe, expect, it } from 'vitest';
import { macsParams } from '../metrics/macsParams';
import { decodeOnnxModel, encodeOnnxModel } from '../onnx/encodeOnnxModel';
import { createPrng } from '../random/prng';
import { sampleArchitecture } from '../space/sampleArchitecture';
import type { Architecture, Block } from '../space/searchSpace';
import { buildLayerModel, buildNetworkModel, buildStageModel, BN_RUNNING_STATS } from './buildNetworkModel';
import { countModelCost } from './countModelCost';
import { mbconvLayers } from './networkLayers';

const uniform = (b: Block): Architecture => Array.from({ length: 7 }, () => b);
const SMALLEST = uniform({ e: 1, k: 3, l: 1, se: false });
const LARGEST = Array.from({ length: 7 }, (_, i) => ({ e: 6, k: 5, l: i === 5 ? 4 : 3, se: true }) as Block);

describe('buildNetworkModel', () => {
  it('has the analytic parameter count and MACs of core/metrics/macsParams on sampled architectures', () => {
    const rng = createPrng(11);
    const archs = [SMALLEST, LARGEST, ...Array.from({ length: 40 }, () => sampleArchitecture(rng))];
    for (const arch of archs) {
      const counted = countModelCost(buildNetworkModel(arch, { weights: 'none' }));
      const analytic = macsParams(arch);
      expect(counted.params / 1e6).toBe(analytic.params);
      expect(counted.macs / 1e6).toBe(analytic.macs);
    }
  });

  it('encodes to ONNX bytes that decode to the same graph, weights included', () => {
    const model = buildNetworkModel(SMALLEST, { seed: 3 });
    const decoded = decodeOnnxModel(encodeOnnxModel(model));
    expect(decoded.graph!.node!.map((n) => n.opType)).toEqual(model.graph.nodes.map((n) => n.opType));
    expect(decoded.graph!.initializer!.map((t) => t.name)).toEqual(model.graph.initializers.map((t) => t.name));
    const classifier = decoded.graph!.initializer!.find((t) => t.name === 'classifier.weight')!;
    expect(classifier.dims!.map(Number)).toEqual([1000, 1280]);
    expect(classifier.rawData!.length).toBe(4 * 1000 * 1280);
    expect(decoded.graph!.output![0].type!.tensorType!.shape!.dim!.map((d) => Number(d.dimValue))).toEqual([1, 1000]);
  });

  it('draws the same weights for the same seed and other weights for another', () => {
    const w = (seed: number) => buildNetworkModel(SMALLEST, { seed }).graph.initializers.find((t) => t.name === 'stem.conv.weight')!.values;
    expect(Array.from(w(5))).toEqual(Array.from(w(5)));
    expect(Array.from(w(5))).not.toEqual(Array.from(w(6)));
  });

  it('keeps BatchNorm running statistics out of the parameter count', () => {
    const model = buildNetworkModel(SMALLEST, { weights: 'none' });
    const stats = model.graph.initializers.filter((t) => BN_RUNNING_STATS.test(t.name ?? ''));
    // Two per BatchNormalization node.
    expect(stats.length).toBe(2 * model.graph.nodes.filter((n) => n.opType === 'BatchNormalization').length);
  });
});

describe('kernels: one layer, one stage', () => {
  it('add up: the stages cost what their layers cost', () => {
    const arch = sampleArchitecture(createPrng(4));
    const layerCost = mbconvLayers(arch).map((l) => countModelCost(buildLayerModel(l, { weights: 'none' })));
    const stageCost = arch.map((_, s) => countModelCost(buildStageModel(arch, s, { weights: 'none' })));
    const sum = (xs: { macs: number; params: number }[]) => xs.reduce((a, b) => ({ macs: a.macs + b.macs, params: a.params + b.params }));
    expect(sum(stageCost)).toEqual(sum(layerCost));
    // The layers are the network minus stem and head: stem 3→32 conv + BN, head 320→1280 conv + BN,
    // pool and classifier.
    const whole = countModelCost(buildNetworkModel(arch, { weights: 'none' }));
    const stem = { params: 32 * 3 * 9 + 64, macs: 32 * 3 * 9 * 112 * 112 + 4 * 32 * 112 * 112 };
    const head = { params: 1280 * 320 + 2560 + 1280 * 1000 + 1000, macs: 1280 * 320 * 49 + 4 * 1280 * 49 + 1280 * 50 + 1280 * 1000 };
    expect(sum([...layerCost, stem, head])).toEqual(whole);
  });

  it('says which stage does not exist', () => {
    expect(() => buildStageModel(SMALLEST, 7)).toThrow('stage 7 does not exist (stages are 0–6)');
  });
});
