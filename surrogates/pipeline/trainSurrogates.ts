// The training run end to end: records → features → one calibrated ensemble per target (spread over
// worker threads) → test metrics from the pipeline's own TS evaluation → one ONNX graph + manifest.
// Same data, split and seed give byte-identical ONNX and the same version hash.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../../core/dataset/dataset';
import type { MeasuredRecord } from '../../core/dataset/measuredRecord';
import { SPLIT_NAMES, type SplitName } from '../../core/dataset/splitPaths';
import { TARGETS, type TargetName } from '../../core/targets';
import {
  encodeFeatureBatch,
  FEATURE_COUNT,
  FEATURE_ENCODING_DESCRIPTION,
  FEATURE_ENCODING_VERSION,
  FEATURE_NAMES,
} from '../runtime/encodeFeatures';
import { featureDomain } from '../runtime/edgeScore';
import { evaluateSurrogate } from '../runtime/evaluateSurrogate';
import { outOfDistributionLevel, type OodReference } from '../runtime/outOfDistributionLevel';
import { MANIFEST_SCHEMA_VERSION, type SurrogateManifest, type SurrogateTestMetrics } from '../runtime/manifestSchema';
import type { SurrogateModel } from '../runtime/surrogateModel';
import { calibrateDifferences } from './calibrateDifferences';
import { exportSurrogateOnnx } from './exportSurrogateOnnx';
import { loadTrainingSplits } from './loadTrainingSplits';
import { CALIBRATION_FOLDS, EDGE_FOLD, MEMBERS, TARGET_CONFIGS } from './targetConfigs';
import { targetValue } from './targetValue';
import { testMetrics } from './testMetrics';
import type { EdgeFoldSettings, TargetConfig, TargetData, TrainedTarget } from './trainTargetEnsemble';
import { runTrainingJobs } from './runTrainingJobs';
import type { TrainTargetRequest } from './runTrainTargetRequest';
import { SPLIT_META_FILE } from './writeExtremesSplit';
import { writeRandomSplit } from './writeRandomSplit';

export const MODEL_FILE = 'anb-surrogate.onnx';

export type SplitSource = { kind: 'paper' } | { kind: 'directory'; dir: string } | { kind: 'random'; seed: number; dir: string };

export interface TrainSurrogatesOptions {
  /** The dataset as read from its folder (server/dataset/readDataset.ts, called by the CLI). */
  dataset: Dataset;
  split: SplitSource;
  seed: number;
  /** Worker threads to train targets on; 0 trains in this thread (e.g. under vitest). */
  workers: number;
  /** Multiplies every target's boosting rounds and distillation pool (tests train small models); default 1. */
  roundsScale?: number;
  /** Ensemble members per target; default MEMBERS. */
  members?: number;
  /** Out-of-fold calibration folds on the training split; default CALIBRATION_FOLDS, 0 = validation only. */
  calibrationFolds?: number;
  /** The tails-held-out refit calibrating the edge term; default EDGE_FOLD, null = no edge term. */
  edgeFold?: EdgeFoldSettings | null;
  /** Per-target settings replacing TARGET_CONFIGS (experiments); default none. */
  configs?: Partial<Record<TargetName, TargetConfig>>;
  /** Called as each target finishes. */
  onTarget?: (name: TargetName, milliseconds: number) => void;
}

export type SurrogateReport = Record<TargetName, SurrogateTestMetrics>;

export interface TrainingResult {
  model: SurrogateModel;
  onnx: Uint8Array;
  manifest: SurrogateManifest;
  report: SurrogateReport;
  /** Wall-clock milliseconds: fitting all targets, and the whole run (from the dataset already read). */
  timings: { training: number; total: number; perTarget: Record<TargetName, number> };
}

const OUTPUTS_DOC = {
  mean:
    'Predictive mean in the target unit. Identity targets (val_top1, val_top5): the ensemble mean μ. ' +
    'Log targets (train_time, throughputs, latencies): the lognormal mean exp(μ + σ²/2), μ and σ² in log space.',
  std:
    'Predictive standard deviation in the target unit: σ (identity targets) or mean·sqrt(exp(σ²) − 1) (log targets), ' +
    'where σ² = varianceScale·(variance of the members) + varianceFloor, calibrated on held-out residuals (validation ' +
    'split plus out-of-fold training residuals) so that mean ± 1.645·std holds 90% of them; plus edgeScale·edge² ' +
    "(G, calibrated on out-of-fold residuals of the training split's own held-out tails) so the interval widens beyond the data.",
  edge:
    "Edge score s(x) ≥ 0, float32 [N]: summed over the 60 features, how far the row lies outside the training split's " +
    "[min, max] (`domain`), in units of each feature's range (a constant feature: its own unit); 0 inside the box.",
  members:
    "Each member's prediction in model space (log units for log targets), float32 [N, K, T]: the paired differences of two " +
    'architectures give the uncertainty of a predicted difference (runtime/predictedDifference.ts: σ²_Δ = varianceScale·v_Δ + ' +
    '2·differenceFloor + edgeScale·(s + s²) of both; runNoise is the variance of one training run or measurement).',
};

/** The split directory's split.json, when it is a held-out-extremes split (pipeline/writeExtremesSplit.ts). */
function heldOutOf(dir: string | undefined): { measure: string; share: number; tails: 'both' | 'low' | 'high' } | null {
  if (!dir || !existsSync(path.join(dir, SPLIT_META_FILE))) return null;
  const meta = JSON.parse(readFileSync(path.join(dir, SPLIT_META_FILE), 'utf8')) as Record<string, unknown>;
  if (meta.kind !== 'extremes' || typeof meta.measure !== 'string' || typeof meta.share !== 'number') return null;
  const tails = meta.tails === 'low' || meta.tails === 'high' ? meta.tails : 'both';
  return { measure: meta.measure, share: meta.share, tails };
}

function scaledConfig(config: TargetConfig, scale: number): TargetConfig {
  if (scale === 1) return config;
  const rounds = (n: number) => Math.max(1, Math.round(n * scale));
  const distill = config.distill && {
    ...config.distill,
    poolSize: Math.max(500, Math.round(config.distill.poolSize * scale)),
    calibrationPoolSize: Math.max(500, Math.round(config.distill.calibrationPoolSize * scale)),
    student: { ...config.distill.student, rounds: rounds(config.distill.student.rounds) },
  };
  return { ...config, boosting: { ...config.boosting, rounds: rounds(config.boosting.rounds) }, ...(distill ? { distill } : {}) };
}

/** Rows of one split with a value for `name`: architectures, their features and measured values. */
function targetData(records: MeasuredRecord[], features: Float32Array, name: TargetName): TargetData & { rows: number[] } {
  const rows: number[] = [];
  records.forEach((r, i) => targetValue(r, name) !== null && rows.push(i));
  const x = new Float32Array(rows.length * FEATURE_COUNT);
  rows.forEach((row, k) => x.set(features.subarray(row * FEATURE_COUNT, (row + 1) * FEATURE_COUNT), k * FEATURE_COUNT));
  return {
    rows,
    archs: rows.map((i) => records[i].architecture),
    features: x,
    y: Float64Array.from(rows, (i) => targetValue(records[i], name)!),
  };
}

function sha256(...parts: (Uint8Array | string)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
}

export async function trainSurrogates(options: TrainSurrogatesOptions): Promise<TrainingResult> {
  const start = performance.now();
  const members = options.members ?? MEMBERS;
  const scale = options.roundsScale ?? 1;
  let splitDir: string | undefined;
  if (options.split.kind === 'directory') splitDir = options.split.dir;
  if (options.split.kind === 'random') {
    const all = loadTrainingSplits(options.dataset);
    writeRandomSplit(options.split.dir, all.allFiles, options.split.seed);
    splitDir = options.split.dir;
  }
  const splits = loadTrainingSplits(options.dataset, splitDir);
  const features = {} as Record<SplitName, Float32Array>;
  for (const s of SPLIT_NAMES) features[s] = encodeFeatureBatch(splits.records[s].map((r) => r.architecture));

  const requests: TrainTargetRequest[] = TARGETS.map((t, targetIndex) => ({
    name: t.name,
    targetIndex,
    config: scaledConfig(options.configs?.[t.name] ?? TARGET_CONFIGS[t.name], scale),
    members,
    train: targetData(splits.records.train, features.train, t.name),
    val: targetData(splits.records.val, features.val, t.name),
    featureCount: FEATURE_COUNT,
    seed: options.seed,
    calibrationFolds: options.calibrationFolds ?? CALIBRATION_FOLDS,
    edgeFold: options.edgeFold === undefined ? EDGE_FOLD : options.edgeFold,
  }));
  const trained: TrainedTarget[] = new Array(TARGETS.length);
  const perTarget = {} as Record<TargetName, number>;
  const trainStart = performance.now();
  await runTrainingJobs(requests, options.workers, (r) => {
    trained[r.targetIndex] = r.trained;
    perTarget[TARGETS[r.targetIndex].name] = Math.round(r.milliseconds);
    options.onTarget?.(TARGETS[r.targetIndex].name, r.milliseconds);
  });
  const training = performance.now() - trainStart;
  const domain = featureDomain(features.train, splits.records.train.length, FEATURE_COUNT);
  const model: SurrogateModel = { featureCount: FEATURE_COUNT, domain, targets: trained.map((t) => t.model) };
  const trainingRange = requests.map((r) => ({ min: Math.min(...r.train.y), max: Math.max(...r.train.y) }));
  const oodReference: OodReference = {
    featureNames: FEATURE_NAMES,
    features: domain,
    targets: TARGETS.map((t, j) => ({ name: t.name, ...trainingRange[j] })),
  };

  // The pipeline's own evaluation of the test split (the ONNX graph computes the same; tests check it).
  const testRecords = splits.records.test;
  const predicted = evaluateSurrogate(model, features.test, testRecords.length);
  const flagged = testRecords.map(
    (_, i) =>
      outOfDistributionLevel(
        oodReference,
        features.test.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT),
        predicted.mean.subarray(i * TARGETS.length, (i + 1) * TARGETS.length),
      ).level !== 'in',
  );
  const differences = calibrateDifferences(model, options.dataset, splits.records.val, testRecords);
  const report = {} as SurrogateReport;
  TARGETS.forEach((t, j) => {
    const data = targetData(testRecords, features.test, t.name);
    const column = (a: Float64Array) => Float64Array.from(data.rows, (row) => a[row * TARGETS.length + j]);
    report[t.name] = {
      ...testMetrics(
        requests[j].train.y.length,
        data.y,
        column(predicted.mean),
        column(predicted.std),
        data.rows.map((row) => flagged[row]),
      ),
      difference_coverage90: differences[j].coverage.map((b) => ({
        min_distance: b.minDistance,
        max_distance: b.maxDistance,
        pairs: b.pairs,
        coverage90: b.coverage90,
        within_noise: b.withinNoise,
      })),
    };
  });

  const opsets = [
    { domain: '', version: 21 },
    { domain: 'ai.onnx.ml', version: 5 },
  ];
  const onnx = exportSurrogateOnnx(model, {
    docString: `ANB surrogates for ${TARGETS.map((t) => t.name).join(', ')}; input features ${FEATURE_ENCODING_VERSION}.`,
    metadata: [
      ['feature_encoding', FEATURE_ENCODING_VERSION],
      ['targets', TARGETS.map((t) => t.name).join(',')],
      ['members', String(members)],
      ['seed', String(options.seed)],
      ['data_content_hash', splits.dataContentHash],
      ['split_hash', splits.splitHash],
    ],
  });

  const content: Omit<SurrogateManifest, 'versionHash'> = {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    model: {
      file: MODEL_FILE,
      sha256: sha256(onnx),
      bytes: onnx.length,
      input: 'features',
      outputs: ['mean', 'std', 'edge', 'members'],
      opsets,
    },
    featureEncoding: {
      version: FEATURE_ENCODING_VERSION,
      description: FEATURE_ENCODING_DESCRIPTION,
      count: FEATURE_COUNT,
      names: [...FEATURE_NAMES],
    },
    outputs: OUTPUTS_DOC,
    domain,
    targets: TARGETS.map((t, column) => {
      const { model: m, calibration: c } = trained[column];
      return {
        name: t.name,
        unit: t.unit,
        column,
        transform: m.transform,
        baseLink: m.baseLink,
        members: m.members.length,
        uncertainty: {
          level: 0.9 as const,
          varianceScale: m.varianceScale,
          varianceFloor: m.varianceFloor,
          rho: c.rho,
          noise: c.noise,
          conformal: c.conformal,
          edgeScale: m.edgeScale,
          edgePoints: c.edgePoints,
          runNoise: differences[column].noise.variance,
          runNoiseSource: differences[column].noise.source,
          runNoiseDof: differences[column].noise.dof,
          differenceFloor: differences[column].calibration.differenceFloor,
          differencePairs: differences[column].floorPairs,
        },
        trainingRange: trainingRange[column],
        test: report[t.name],
      };
    }),
    training: {
      learner: `histogram gradient boosting on an additive layer-cost base, ${members} seeded members per target${scale === 1 ? '' : `, rounds ×${scale}`}`,
      seed: options.seed,
      dataContentHash: splits.dataContentHash,
      split: {
        kind: options.split.kind,
        seed: options.split.kind === 'random' ? options.split.seed : null,
        heldOut: heldOutOf(splitDir),
        hash: splits.splitHash,
        counts: { train: splits.records.train.length, val: splits.records.val.length, test: splits.records.test.length },
      },
    },
  };
  const manifest: SurrogateManifest = { ...content, versionHash: sha256(onnx, JSON.stringify(content)) };
  return { model, onnx, manifest, report, timings: { training, total: performance.now() - start, perTarget } };
}
