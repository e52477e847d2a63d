// Predicts all targets for architectures in Node with onnxruntime-node: reads and checks the
// manifest (schema, feature-encoding version, ONNX checksum), creates one InferenceSession, reuses it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import type { Architecture } from '../../core/space/searchSpace';
import type { TargetName } from '../../core/targets';
import { encodeFeatureBatch, FEATURE_COUNT, FEATURE_ENCODING_VERSION } from './encodeFeatures';
import { MANIFEST_FILE, parseSurrogateManifest, type SurrogateManifest } from './manifestSchema';

export interface SurrogatePrediction {
  /** Row-major [archs, targets]: predictive mean in each target's unit (see manifest.outputs.mean). */
  mean: Float32Array;
  /** Row-major [archs, targets]: predictive standard deviation (see manifest.outputs.std). */
  std: Float32Array;
  /** [archs]: edge score s(x), how far the descriptors lie beyond the training box (manifest.outputs.edge). */
  edge: Float32Array;
  /** Row-major [archs, members, targets]: each member's model-space value (manifest.outputs.members). */
  members: Float32Array;
}

export interface NodePredictor {
  manifest: SurrogateManifest;
  /** Output column order. */
  targets: TargetName[];
  predict(archs: readonly Architecture[]): Promise<SurrogatePrediction>;
  /** For callers that already hold encoded features (row-major [rows, FEATURE_COUNT]). */
  predictFeatures(features: Float32Array, rows: number): Promise<SurrogatePrediction>;
  release(): Promise<void>;
}

export interface NodePredictorOptions {
  /** onnxruntime intra-op threads; default: onnxruntime's own choice. */
  threads?: number;
}

export async function createNodePredictor(modelDir: string, options: NodePredictorOptions = {}): Promise<NodePredictor> {
  const manifestPath = path.join(modelDir, MANIFEST_FILE);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (e) {
    throw new Error(`Cannot read ${manifestPath} (${(e as Error).message}). Train the surrogates first: npm run surrogates:train`, {
      cause: e,
    });
  }
  const parsed = parseSurrogateManifest(json);
  if (!parsed.ok) throw new Error(`${manifestPath}: ${parsed.error.message}`);
  const manifest = parsed.value;
  if (manifest.featureEncoding.version !== FEATURE_ENCODING_VERSION || manifest.featureEncoding.count !== FEATURE_COUNT) {
    throw new Error(
      `${manifestPath} was trained on features ${manifest.featureEncoding.version} (${manifest.featureEncoding.count}), ` +
        `this code encodes ${FEATURE_ENCODING_VERSION} (${FEATURE_COUNT}); retrain with npm run surrogates:train.`,
    );
  }
  const modelPath = path.join(modelDir, manifest.model.file);
  const bytes = readFileSync(modelPath);
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== manifest.model.sha256)
    throw new Error(`${modelPath} does not match its manifest (sha256 ${digest}, expected ${manifest.model.sha256}).`);

  const session = await ort.InferenceSession.create(bytes, {
    ...(options.threads ? { intraOpNumThreads: options.threads, interOpNumThreads: 1 } : {}),
    graphOptimizationLevel: 'all',
  });
  const targets = manifest.targets.map((t) => t.name);

  const predictFeatures = async (features: Float32Array, rows: number): Promise<SurrogatePrediction> => {
    if (features.length !== rows * FEATURE_COUNT)
      throw new RangeError(`expected ${rows}×${FEATURE_COUNT} features, got ${features.length} values`);
    if (rows === 0) return { mean: new Float32Array(0), std: new Float32Array(0), edge: new Float32Array(0), members: new Float32Array(0) };
    const out = await session.run({ features: new ort.Tensor('float32', features, [rows, FEATURE_COUNT]) });
    return {
      mean: out.mean.data as Float32Array,
      std: out.std.data as Float32Array,
      edge: out.edge.data as Float32Array,
      members: out.members.data as Float32Array,
    };
  };

  return {
    manifest,
    targets,
    predict: (archs) => predictFeatures(encodeFeatureBatch(archs), archs.length),
    predictFeatures,
    release: () => session.release(),
  };
}
