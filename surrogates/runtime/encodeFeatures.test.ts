import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { macsParams } from '../../core/metrics/macsParams';
import { EFFICIENTNET_B0, EXPANSIONS, KERNELS, layerChoices, type Architecture, type Block } from '../../core/space/searchSpace';
import { encodeFeatureBatch, encodeFeatures, FEATURE_COUNT, FEATURE_NAMES } from './encodeFeatures';

const blockArb = (i: number): fc.Arbitrary<Block> =>
  fc.record({
    e: fc.constantFrom(...EXPANSIONS),
    k: fc.constantFrom(...KERNELS),
    l: fc.constantFrom(...layerChoices(i)),
    se: fc.boolean(),
  });
const archArb: fc.Arbitrary<Architecture> = fc.tuple(...[0, 1, 2, 3, 4, 5, 6].map(blockArb));
const at = (x: Float32Array, name: string) => x[FEATURE_NAMES.indexOf(name)];

// MACs outside the seven stages, identical for every architecture (thop conventions, NOTES.md):
// stem 3×3/2 conv to 32 + BN at 112², head 1×1 conv 320→1280 + BN at 7², global pool, classifier.
const FIXED_MACS = (112 * 112 * 32 * 27 + 4 * 32 * 112 * 112 + 49 * 320 * 1280 + 4 * 1280 * 49 + 1280 * 50 + 1280 * 1000) / 1e6;

describe('encodeFeatures', () => {
  it('names every feature once', () => {
    expect(FEATURE_NAMES.length).toBe(FEATURE_COUNT);
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_COUNT);
  });

  it('encodes EfficientNet-B0: genes as given, 16 layers all with squeeze-excite, 9 of them 5×5', () => {
    const x = encodeFeatures(EFFICIENTNET_B0);
    expect(Array.from(x.subarray(0, 8))).toEqual([1, 3, 1, 1, 6, 3, 2, 1]);
    expect(at(x, 'layers')).toBe(16);
    expect(at(x, 'se_layers')).toBe(16);
    expect(at(x, 'k5_layers')).toBe(9);
    const { macs, params } = macsParams(EFFICIENTNET_B0);
    expect(at(x, 'macs')).toBe(Math.fround(macs));
    expect(at(x, 'params')).toBe(Math.fround(params));
  });

  it('splits the MACs of core/metrics/macsParams exactly into stages (plus the fixed stem and head)', () => {
    fc.assert(
      fc.property(archArb, (arch) => {
        const x = encodeFeatures(arch);
        let stages = 0;
        for (let b = 0; b < 7; b++) stages += at(x, `stage${b}_macs`);
        expect(stages + FIXED_MACS).toBeCloseTo(macsParams(arch).macs, 3);
      }),
    );
  });

  it('encodes a batch row by row, the same as one at a time', () => {
    fc.assert(
      fc.property(fc.array(archArb, { minLength: 1, maxLength: 8 }), (archs) => {
        const batch = encodeFeatureBatch(archs);
        archs.forEach((a, i) => expect(batch.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT)).toEqual(encodeFeatures(a)));
      }),
      { numRuns: 50 },
    );
  });
});

describe('browser-safe runtime modules', () => {
  // These run in a Web Worker: no Node built-ins, no onnxruntime-node, nothing outside core/ and runtime/.
  const files = [
    'encodeFeatures.ts',
    'evaluateSurrogate.ts',
    'manifestSchema.ts',
    'naturalMoments.ts',
    'regressionTree.ts',
    'surrogateModel.ts',
  ];
  it.each(files)('%s imports only zod, core/ and its own folder', (file) => {
    const source = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports)
      expect(spec === 'zod' || spec.startsWith('./') || spec.startsWith('../../core/'), `${file} imports ${spec}`).toBe(true);
  });
});
