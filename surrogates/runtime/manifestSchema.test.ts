import { describe, expect, it } from 'vitest';
import { TARGETS } from '../../core/targets';
import { FEATURE_COUNT, FEATURE_ENCODING_DESCRIPTION, FEATURE_ENCODING_VERSION, FEATURE_NAMES } from './encodeFeatures';
import { parseSurrogateManifest, type SurrogateManifest } from './manifestSchema';

const HASH = 'a'.repeat(64);

function manifest(): SurrogateManifest {
  return {
    schemaVersion: 3,
    model: {
      file: 'anb-surrogate.onnx',
      sha256: HASH,
      bytes: 1234,
      input: 'features',
      outputs: ['mean', 'std', 'edge', 'members'],
      opsets: [{ domain: '', version: 21 }],
    },
    featureEncoding: {
      version: FEATURE_ENCODING_VERSION,
      description: FEATURE_ENCODING_DESCRIPTION,
      count: FEATURE_COUNT,
      names: [...FEATURE_NAMES],
    },
    outputs: { mean: 'predictive mean', std: 'predictive std', edge: 'edge score', members: 'member values' },
    domain: { min: new Array(FEATURE_COUNT).fill(0), max: new Array(FEATURE_COUNT).fill(1) },
    targets: TARGETS.map((t, column) => ({
      name: t.name,
      unit: t.unit,
      column,
      transform: t.kind === 'accuracy' ? 'identity' : 'log',
      baseLink: 'additive',
      members: 5,
      uncertainty: {
        level: 0.9,
        varianceScale: 0.5,
        varianceFloor: 0.01,
        rho: 1,
        noise: 0.01,
        conformal: 1,
        edgeScale: 2,
        edgePoints: 900,
        runNoise: 0.09,
        runNoiseSource: 'proxified-seeds',
        runNoiseDof: 234,
        differenceFloor: 0.015,
        differencePairs: 3368,
      },
      trainingRange: { min: 1, max: 2 },
      test: {
        n_train: 4100,
        n_test: 512,
        r2: 0.98,
        kendall_tau: 0.92,
        spearman: 0.99,
        mae: 0.3,
        coverage90: 0.9,
        width90: 1.2,
        ood_flag_rate: 0.04,
        difference_coverage90: [{ min_distance: 1, max_distance: 10, pairs: 4045, coverage90: 0.91, within_noise: 0.17 }],
      },
    })),
    training: {
      learner: 'gbdt',
      seed: 1,
      dataContentHash: HASH,
      split: { kind: 'paper', seed: null, heldOut: null, hash: HASH, counts: { train: 4100, val: 512, test: 512 } },
    },
    versionHash: HASH,
  };
}

describe('parseSurrogateManifest', () => {
  it('accepts a well-formed manifest and survives a JSON round trip', () => {
    const m = manifest();
    expect(parseSurrogateManifest(JSON.parse(JSON.stringify(m)))).toEqual({ ok: true, value: m });
  });

  it.each([
    ['a missing version hash', (m: Record<string, unknown>) => delete m.versionHash, /versionHash/],
    ['an unknown target', (m: SurrogateManifest) => ((m.targets[0] as { name: string }).name = 'val_top3'), /targets\.0\.name/],
    ['targets out of column order', (m: SurrogateManifest) => (m.targets[1].column = 5), /targets\.1\.column: is 5/],
    ['a target listed twice', (m: SurrogateManifest) => (m.targets[1] = { ...m.targets[0], column: 1 }), /val_top1 is listed twice/],
    ['a model path with a directory', (m: SurrogateManifest) => (m.model.file = '../x.onnx'), /model\.file/],
    ['feature names not matching the count', (m: SurrogateManifest) => m.featureEncoding.names.pop(), /featureEncoding\.names/],
    [
      'a negative variance',
      (m: SurrogateManifest) => (m.targets[3].uncertainty.varianceFloor = -1),
      /targets\.3\.uncertainty\.varianceFloor/,
    ],
    ['a domain of the wrong length', (m: SurrogateManifest) => m.domain.max.pop(), /domain\.max: lists 59 values for 60/],
    ['a negative edge scale', (m: SurrogateManifest) => (m.targets[2].uncertainty.edgeScale = -1), /targets\.2\.uncertainty\.edgeScale/],
    ['an extra field', (m: Record<string, unknown>) => (m.createdAt = '2024-01-01'), /createdAt|Unrecognized/],
  ])('rejects %s with an error naming the field', (_label, mutate, pattern) => {
    const m = manifest();
    (mutate as (m: unknown) => void)(m);
    const r = parseSurrogateManifest(m);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_manifest');
      expect(r.error.message).toMatch(pattern);
    }
  });

  it('rejects something that is not a manifest at all without throwing', () => {
    for (const junk of [null, 42, 'manifest', [], {}]) expect(parseSurrogateManifest(junk).ok).toBe(false);
  });
});
