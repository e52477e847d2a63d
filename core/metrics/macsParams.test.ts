import { describe, expect, it } from 'vitest';
import { compareMacsParams, macsParams } from './macsParams';
import { parseArchitectureCode } from '../space/architectureCode';
import { EFFICIENTNET_B0, type Architecture } from '../space/searchSpace';

function arch(code: string): Architecture {
  const r = parseArchitectureCode(code);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

// The smallest network of the space: every stage one layer, expansion 1, kernel 3, no squeeze-excite.
const SMALLEST = arch('1310-1310-1310-1310-1310-1310-1310');

describe('macsParams', () => {
  it('counts the smallest network layer by layer, worked by hand', () => {
    // [MACs, params] per layer; spatial sizes 112 (12,544 px), 56 (3,136), 28 (784), 14 (196), 7 (49).
    // Conv: px·out·in/groups·k²; BN: 4·ch·px MACs and 2·ch params.
    const layers: [number, number][] = [
      [112 * 112 * 32 * 3 * 9, 864],
      [4 * 32 * 12544, 64], // stem 3×3/2 conv + BN
      [12544 * 32 * 9, 288],
      [4 * 32 * 12544, 64],
      [12544 * 32 * 16, 512],
      [4 * 16 * 12544, 32], // stage 0 @112
      [3136 * 16 * 9, 144],
      [4 * 16 * 3136, 32],
      [3136 * 16 * 24, 384],
      [4 * 24 * 3136, 48], // stage 1 @56
      [784 * 24 * 9, 216],
      [4 * 24 * 784, 48],
      [784 * 24 * 40, 960],
      [4 * 40 * 784, 80], // stage 2 @28
      [196 * 40 * 9, 360],
      [4 * 40 * 196, 80],
      [196 * 40 * 80, 3200],
      [4 * 80 * 196, 160], // stage 3 @14
      [196 * 80 * 9, 720],
      [4 * 80 * 196, 160],
      [196 * 80 * 112, 8960],
      [4 * 112 * 196, 224], // stage 4 @14
      [49 * 112 * 9, 1008],
      [4 * 112 * 49, 224],
      [49 * 112 * 192, 21504],
      [4 * 192 * 49, 384], // stage 5 @7
      [49 * 192 * 9, 1728],
      [4 * 192 * 49, 384],
      [49 * 192 * 320, 61440],
      [4 * 320 * 49, 640], // stage 6 @7
      [49 * 320 * 1280, 409600],
      [4 * 1280 * 49, 2560], // head 1×1 conv + BN
      [1280 * (49 + 1), 0], // global average pool: 49 adds + 1 division per channel
      [1280 * 1000, 1280 * 1000 + 1000], // classifier, bias counted in params only
    ];
    const macs = layers.reduce((s, [m]) => s + m, 0);
    const params = layers.reduce((s, [, p]) => s + p, 0);
    expect(macs).toBe(57_030_736);
    expect(params).toBe(1_798_072);
    expect(macsParams(SMALLEST)).toEqual({ macs: 57.030736, params: 1.798072 });
  });

  it('adds squeeze-excite as a pool plus two 1×1 convs whose biases are params but not MACs', () => {
    // Block 0 SE on 32 channels at 112×112, squeezed to 32 // 4 = 8.
    const poolMacs = 32 * (112 * 112 + 1);
    const convMacs = 32 * 8 + 8 * 32;
    const convParams = 32 * 8 + 8 + 8 * 32 + 32;
    const withSe = macsParams(arch('1311-1310-1310-1310-1310-1310-1310'));
    expect(Math.round(withSe.macs * 1e6)).toBe(57_030_736 + poolMacs + convMacs);
    expect(Math.round(withSe.params * 1e6)).toBe(1_798_072 + convParams);
  });

  it('sizes the squeeze from the layer input width, not the stage input or the expanded width', () => {
    // Block 1, two layers, expansion 4: layer 0 takes 16 ch (squeeze 4), layer 1 takes 24 ch (squeeze 6).
    const off = macsParams(arch('1310-4320-1310-1310-1310-1310-1310'));
    const on = macsParams(arch('1310-4321-1310-1310-1310-1310-1310'));
    const seParams = (expanded: number, squeezed: number) => 2 * expanded * squeezed + expanded + squeezed;
    expect(Math.round((on.params - off.params) * 1e6)).toBe(seParams(64, 4) + seParams(96, 6));
  });

  it('gives EfficientNet-B0 the 5,288,548 parameters torchvision reports for efficientnet_b0', () => {
    expect(macsParams(EFFICIENTNET_B0).params).toBe(5.288548);
  });

  it('reports the largest error and exact agreements', () => {
    const truth = macsParams(SMALLEST);
    const report = compareMacsParams([
      { architecture: SMALLEST, ...truth },
      { architecture: SMALLEST, macs: truth.macs + 0.5, params: truth.params - 0.25 },
    ]);
    expect(report).toEqual({ count: 2, maxAbsErrorMacs: expect.closeTo(0.5, 9), maxAbsErrorParams: expect.closeTo(0.25, 9), exact: 1 });
  });
});
