// The surrogate worker's messages, declared once for both ends: a request union on `type`, the result
// each type answers with, coded errors, and the envelope that carries correlation ids and lanes.
// Typed arrays travel as transferred buffers; architectures travel as packed gene indices
// (core/space/geneIndex: 28 bytes each), never as objects.
import type { GeneFilter } from '@/core/space/geneFilter';
import type { TargetName } from '@/core/targets';
import type { OodReference } from '@/surrogates/runtime/outOfDistributionLevel';
import type { DifferenceCalibration } from '@/surrogates/runtime/predictedDifference';

// What the bytes of `ood` mean, for the pages reading them (components/ do not reach surrogates/).
export { OOD_LEVEL_CODES, OOD_LEVELS } from '@/surrogates/runtime/oodLevelCodes';
export type { OodLevel } from '@/surrogates/runtime/outOfDistributionLevel';

export type SurrogateErrorCode =
  /** /models/manifest.json or the .onnx is not served (the surrogates were never trained). */
  | 'model_missing'
  /** The manifest does not parse, or the model file does not match it. */
  | 'invalid_manifest'
  /** The model was trained on another feature encoding than this build's encodeFeatures. */
  | 'encoding_mismatch'
  /** The onnxruntime-web runtime could not be loaded or could not run the graph. */
  | 'runtime_failed'
  /** The request itself is malformed (e.g. gene bytes out of range, n out of bounds). */
  | 'invalid_request'
  /** The gene filters leave no architecture in the search space. */
  | 'empty_space'
  /** A newer request on the same lane replaced this one before it finished. */
  | 'superseded'
  /** cloudFronts asked about a cloud the worker no longer holds. */
  | 'unknown_cloud'
  /** The worker itself crashed or could not be started. */
  | 'worker_failed';

export interface SurrogateError {
  code: SurrogateErrorCode;
  message: string;
}

export type SurrogateResult<T> = { ok: true; value: T } | { ok: false; error: SurrogateError };

/** A 2-D front to compute: target names give the columns, core/targets gives each direction. */
export interface FrontPair {
  x: TargetName;
  y: TargetName;
  /** Only the rows predicted within the training data (OOD level in): /pareto's front with extrapolations hidden. */
  inDistribution?: boolean;
}

/** Bounds of sampleAndPredict's n: the cloud is held in memory twice (worker and page) at 88 B/arch. */
export const SAMPLE_LIMITS = { min: 1, max: 200_000 } as const;

export type SurrogateRequest =
  /** Loads the model (once per worker) and describes it. */
  | { type: 'info' }
  /**
   * Predicts every target for `count` architectures packed as gene indices; with `members`, also each
   * member's model-space value and the edge scores, for the uncertainty of differences between them.
   */
  | { type: 'predict'; genes: Uint8Array; count: number; members?: boolean }
  /**
   * Samples `n` distinct architectures uniformly under `filter` from a seeded PRNG (the same seed and
   * filter give the same architectures), or all of them when the filtered space holds fewer than `n`;
   * predicts them in batches, streaming progress, and computes `fronts`.
   */
  | { type: 'sampleAndPredict'; n: number; seed: number; filter: GeneFilter; fronts: readonly FrontPair[] }
  /** Pareto fronts of the cloud the worker still holds from sampleAndPredict (no data sent). */
  | { type: 'cloudFronts'; cloudId: number; fronts: readonly FrontPair[] };

export type SurrogateRequestType = SurrogateRequest['type'];
export type SurrogateRequestOf<T extends SurrogateRequestType> = Extract<SurrogateRequest, { type: T }>;

export interface SurrogateInfo {
  /** manifest.versionHash (full sha256); pages show and link its first 12 characters. */
  versionHash: string;
  /** Output column order of `mean` and `std`. */
  targets: TargetName[];
  /** Unit per target, as the manifest states it. */
  units: string[];
  /** wasm threads onnxruntime-web runs with in each worker. */
  threads: number;
  /** Workers sharing big batches: 2 with a peer worker (each half the rows, one thread each), else 1. */
  workers: number;
  /** Milliseconds from the first request to a ready session. */
  loadMs: number;
  /** What outOfDistributionLevel measures against (the training box and target ranges, from the manifest). */
  ood: OodReference;
  /** Per target (column order), what runtime/predictedDifference needs; from the manifest. */
  differences: DifferenceCalibration[];
  /** Members per target: the second dimension of `members`. */
  members: number;
}

/** What the model computes for a batch: means and stds (the graph's outputs), before the OOD levels. */
export interface ModelOutput {
  count: number;
  /** Row-major [count, targets]: predictive mean in each target's unit. */
  mean: Float32Array;
  /** Row-major [count, targets]: predictive standard deviation. */
  std: Float32Array;
  /** Only when asked for: [count, members, targets], each member's model-space value. */
  members?: Float32Array;
  /** Only with `members`: [count], the edge score s(x) of each row. */
  edge?: Float32Array;
}

export interface Prediction extends ModelOutput {
  /** Per architecture, its out-of-distribution level as OOD_LEVEL_CODES (surrogates/runtime/oodLevelCodes.ts). */
  ood: Uint8Array;
}

/** What a cloud was drawn from: it holds min(requested, spaceSize) distinct architectures (its count). */
export interface CloudSample {
  /** The `n` asked for. */
  requested: number;
  /** Architectures in the filtered space; when no larger than `requested`, the cloud is all of them. */
  spaceSize: number;
}

export interface Cloud extends Prediction {
  sample: CloudSample;
  /** Names this cloud for cloudFronts: the request id that made it. */
  cloudId: number;
  /** Packed gene indices, [count, 28]. */
  genes: Uint8Array;
  /** One front per requested pair: indices into the cloud, sorted by x ascending. */
  fronts: Int32Array[];
  timings: { sampleMs: number; predictMs: number; frontsMs: number; totalMs: number };
}

export interface SurrogateResults {
  info: SurrogateInfo;
  predict: Prediction;
  sampleAndPredict: Cloud;
  cloudFronts: { cloudId: number; fronts: Int32Array[] };
}

/** Streamed while sampleAndPredict runs: the rows [offset, offset + chunk) just predicted. */
export interface CloudProgress {
  cloudId: number;
  /** Architectures the cloud will hold: min(n, the filtered space's size). */
  total: number;
  sample: CloudSample;
  /** Rows predicted so far, this chunk included. */
  done: number;
  offset: number;
  genes: Uint8Array;
  mean: Float32Array;
  std: Float32Array;
  ood: Uint8Array;
  /** Fronts over rows [0, done), as in Cloud.fronts. */
  fronts: Int32Array[];
  elapsedMs: number;
}

/**
 * Page → worker. `lane` groups requests where only the newest matters (one slider, one editor): a
 * new request on a lane supersedes every older one on it. Requests without a lane never are.
 */
export interface WorkerRequest {
  id: number;
  lane?: string;
  request: SurrogateRequest;
}

/** Worker → page. */
export type WorkerReply =
  | { id: number; kind: 'result'; type: SurrogateRequestType; result: SurrogateResult<SurrogateResults[SurrogateRequestType]> }
  | { id: number; kind: 'progress'; progress: CloudProgress };

/**
 * Page → worker, once, before any request: pairs two workers of the same script over a MessageChannel.
 * The `primary` answers the page and sends half of every big batch through `port` to the `helper`,
 * which only predicts. onnxruntime's tree ensemble uses one core per session run, so two sessions in
 * two workers are what puts both cores to work. `detachPeer` tells the primary its helper died.
 */
export type PeerSetup = { kind: 'attachPeer'; role: 'primary' | 'helper'; port: MessagePort } | { kind: 'detachPeer' };

/** Primary → helper over the peer port: rows to predict (features row-major, transferred). */
export interface PeerRequest {
  id: number;
  rows: number;
  features: Float32Array;
}

/** Helper → primary. */
export type PeerReply = { id: number; ok: true; prediction: ModelOutput } | { id: number; ok: false; error: SurrogateError };
