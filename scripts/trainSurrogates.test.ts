// End to end on the real data at reduced size (a tenth of the boosting rounds, 3 members): the
// pipeline is reproducible, its ONNX graph computes what its own TS evaluation computes on both
// onnxruntime-node and onnxruntime-web's wasm build, and the Node predictor checks what it loads.
// It sits with the CLI because it composes what the CLI composes: the data folder is found and read
// by server/dataset (resolveDataDir, readDataset), which surrogates/ may not import.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrng } from '../core/random/prng';
import { sampleArchitecture } from '../core/space/sampleArchitecture';
import { TARGETS } from '../core/targets';
import { readDataset } from '../server/dataset/readDataset';
import { resolveDataDir } from '../server/dataset/resolveDataDir';
import { createNodePredictor } from '../surrogates/runtime/createNodePredictor';
import { encodeFeatureBatch, FEATURE_COUNT } from '../surrogates/runtime/encodeFeatures';
import { evaluateSurrogate, memberValues } from '../surrogates/runtime/evaluateSurrogate';
import { MANIFEST_FILE, parseSurrogateManifest } from '../surrogates/runtime/manifestSchema';
import { trainSurrogates, type TrainingResult, type TrainSurrogatesOptions } from '../surrogates/pipeline/trainSurrogates';
import { writeSurrogateArtifacts } from '../surrogates/pipeline/writeSurrogateArtifacts';

function findDataDir(): string | null {
  try {
    return resolveDataDir();
  } catch {
    return null;
  }
}
const dataDir = findDataDir();

/** Largest |a − b| / |b| over all entries (b the float64 reference). */
function maxRelativeDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < b.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.abs(b[i]));
  return worst;
}

/** Largest |a − b| / max(|b|, 1) for the edge score, which is 0 for most rows. */
function maxEdgeDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < b.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(Math.abs(b[i]), 1));
  return worst;
}

describe.skipIf(!dataDir)('trainSurrogates (reduced size, real data)', () => {
  let options: TrainSurrogatesOptions;
  let first: TrainingResult;
  let second: TrainingResult;
  let dir: string;

  beforeAll(async () => {
    options = {
      dataset: await readDataset(dataDir!),
      split: { kind: 'paper' },
      seed: 7,
      workers: 0,
      roundsScale: 0.1,
      members: 3,
      calibrationFolds: 2,
    };
    first = await trainSurrogates(options);
    second = await trainSurrogates(options);
    dir = mkdtempSync(path.join(tmpdir(), 'anb-surrogates-'));
    writeSurrogateArtifacts(first, path.join(dir, 'models'), path.join(dir, 'report.json'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is deterministic: same data and seed give byte-identical ONNX and the same version hash', () => {
    expect(Buffer.from(second.onnx).equals(Buffer.from(first.onnx))).toBe(true);
    expect(second.manifest).toEqual(first.manifest);
    expect(second.manifest.versionHash).toBe(first.manifest.versionHash);
  });

  it('changes the model and the version hash with the seed', async () => {
    const other = await trainSurrogates({ ...options, seed: 8, roundsScale: 0.02, calibrationFolds: 0 });
    const same = await trainSurrogates({ ...options, roundsScale: 0.02, calibrationFolds: 0 });
    expect(other.manifest.versionHash).not.toBe(same.manifest.versionHash);
    expect(Buffer.from(other.onnx).equals(Buffer.from(same.onnx))).toBe(false);
  });

  it('reports every target on the test split, with sane numbers', () => {
    for (const t of TARGETS) {
      const m = first.report[t.name];
      expect(m.n_test).toBeGreaterThan(500);
      expect(m.n_train).toBeGreaterThan(4000);
      expect(m.r2).toBeGreaterThan(0.3);
      expect(m.kendall_tau).toBeGreaterThan(0.7);
      expect(m.coverage90).toBeGreaterThan(0.8);
      expect(m.coverage90).toBeLessThan(0.97);
    }
    // Differences: run noise from the proxified seeds (117 architectures × 3) or the twice-measured
    // records, and test pairs in every gene-distance bin.
    for (const t of first.manifest.targets) {
      expect(t.uncertainty.runNoiseDof).toBe(t.name === 'val_top1' || t.name === 'val_top5' || t.name === 'train_time' ? 234 : 13);
      expect(t.uncertainty.runNoise).toBeGreaterThan(0);
      expect(t.uncertainty.differencePairs).toBeGreaterThan(1000);
      const bins = first.report[t.name].difference_coverage90;
      expect(bins.map((b) => b.min_distance)).toEqual([1, 11, 13, 15, 17, 19]);
      for (const b of bins) {
        expect(b.pairs).toBeGreaterThan(1000);
        expect(b.coverage90).toBeGreaterThan(0.5);
      }
    }
    const written = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(Object.keys(written)).toEqual(TARGETS.map((t) => t.name));
  });

  describe('parity on 1,000 random architectures', () => {
    const rng = createPrng(2024);
    const archs = Array.from({ length: 1000 }, () => sampleArchitecture(rng));
    // A few architectures from the corners of the space, beyond the training box: the edge term is live there.
    archs.push(
      ...[
        [1, 3, 1, false],
        [6, 5, 3, true],
      ].map(([e, k, l, se]) =>
        Array.from({ length: 7 }, (_, b) => ({ e, k, l: b === 5 && l === 3 ? 4 : l, se }) as (typeof archs)[number][number]),
      ),
    );
    const features = encodeFeatureBatch(archs);
    let reference: { mean: Float64Array; std: Float64Array; edge: Float64Array };
    /** [archs, members, targets], the layout of the graph's `members` output. */
    let members: Float64Array;
    beforeAll(() => {
      reference = evaluateSurrogate(first.model, features, archs.length);
      const T = TARGETS.length;
      const K = first.model.targets[0].members.length;
      members = new Float64Array(archs.length * K * T);
      for (let i = 0; i < archs.length; i++)
        first.model.targets.forEach((target, t) =>
          memberValues(target, features, i * FEATURE_COUNT).forEach((z, m) => (members[(i * K + m) * T + t] = z)),
        );
    });

    it('onnxruntime-node (through createNodePredictor) agrees with the TS evaluation to 1e-5', async () => {
      const predictor = await createNodePredictor(path.join(dir, 'models'));
      const out = await predictor.predict(archs);
      expect(predictor.targets).toEqual(TARGETS.map((t) => t.name));
      expect(maxRelativeDiff(out.mean, reference.mean)).toBeLessThan(1e-5);
      expect(maxRelativeDiff(out.std, reference.std)).toBeLessThan(1e-5);
      expect(maxEdgeDiff(out.edge, reference.edge)).toBeLessThan(1e-5);
      expect(maxEdgeDiff(out.members, members)).toBeLessThan(1e-5);
      // One at a time gives the same numbers as the batch.
      const single = await predictor.predict([archs[17]]);
      expect(Array.from(single.mean)).toEqual(Array.from(out.mean.subarray(17 * TARGETS.length, 18 * TARGETS.length)));
      await predictor.release();
    });

    it("onnxruntime-web's wasm build (in Node) agrees with the TS evaluation to 1e-5", async () => {
      const ort = await import('onnxruntime-web/wasm');
      ort.env.wasm.numThreads = 1;
      const session = await ort.InferenceSession.create(first.onnx);
      const out = await session.run({ features: new ort.Tensor('float32', features, [archs.length, FEATURE_COUNT]) });
      expect(maxRelativeDiff(out.mean.data as Float32Array, reference.mean)).toBeLessThan(1e-5);
      expect(maxRelativeDiff(out.std.data as Float32Array, reference.std)).toBeLessThan(1e-5);
      expect(maxEdgeDiff(out.edge.data as Float32Array, reference.edge)).toBeLessThan(1e-5);
      expect(maxEdgeDiff(out.members.data as Float32Array, members)).toBeLessThan(1e-5);
      await session.release();
    });

    it('scores the corners beyond the training box, and widens their intervals by G·s²', () => {
      const n = archs.length;
      expect(reference.edge[n - 1]).toBeGreaterThan(0.1);
      expect(reference.edge[n - 2]).toBeGreaterThan(0.1);
      const inside = Array.from(reference.edge.subarray(0, 1000)).filter((s) => s === 0).length;
      expect(inside).toBeGreaterThan(900);
      const flat = evaluateSurrogate(first.model, features, n, { ignoreEdge: true });
      const T = TARGETS.length;
      for (let j = 0; j < T; j++) {
        if (first.model.targets[j].edgeScale > 0) expect(reference.std[(n - 1) * T + j]).toBeGreaterThan(flat.std[(n - 1) * T + j]);
      }
      expect(first.model.targets.some((t) => t.edgeScale > 0)).toBe(true);
    });

    it('predicts positive stds and, for log targets, positive means', () => {
      expect(Math.min(...reference.std)).toBeGreaterThan(0);
      const logMeans = Array.from(reference.mean).filter((_, i) => TARGETS[i % TARGETS.length].kind !== 'accuracy');
      expect(Math.min(...logMeans)).toBeGreaterThan(0);
    });
  });

  describe('manifest', () => {
    it('round-trips through JSON and the schema', () => {
      const text = readFileSync(path.join(dir, 'models', MANIFEST_FILE), 'utf8');
      const parsed = parseSurrogateManifest(JSON.parse(text));
      expect(parsed).toEqual({ ok: true, value: first.manifest });
    });

    it('makes the Node predictor refuse a tampered model, naming the file', async () => {
      const tampered = path.join(dir, 'tampered');
      writeSurrogateArtifacts(first, tampered, path.join(dir, 'r2.json'));
      const onnxFile = path.join(tampered, first.manifest.model.file);
      const bytes = readFileSync(onnxFile);
      bytes[bytes.length - 1] ^= 1;
      writeFileSync(onnxFile, bytes);
      await expect(createNodePredictor(tampered)).rejects.toThrow(/does not match its manifest/);
    });

    it('makes the Node predictor refuse a bad manifest with the field at fault', async () => {
      const bad = path.join(dir, 'bad');
      writeSurrogateArtifacts(first, bad, path.join(dir, 'r3.json'));
      const manifest = JSON.parse(readFileSync(path.join(bad, MANIFEST_FILE), 'utf8'));
      manifest.targets[2].transform = 'sqrt';
      writeFileSync(path.join(bad, MANIFEST_FILE), JSON.stringify(manifest));
      await expect(createNodePredictor(bad)).rejects.toThrow(/targets\.2\.transform/);
      expect(existsSync(path.join(bad, first.manifest.model.file))).toBe(true);
    });
  });
});
