// The search worker's messages, declared once for both ends: requests on `type`, the events the
// worker posts back, coded errors. Progress travels as typed arrays whose buffers are transferred.
import type { AccuracyName } from '@/core/search/accuracyNames';
import type { MeasurementFitMessage } from '@/core/profile/measurementFitMessage';
import type { ProfiledMetricName } from '@/core/profile/profiledMetric';
import type { OptimizerId } from '@/core/search/optimizers';
import type { DeviceMetricName } from '@/core/targets';
import type { OodLevel } from '@/surrogates/runtime/outOfDistributionLevel';

export type SearchErrorCode =
  /** The surrogate could not be loaded (missing model, bad manifest, runtime failure). */
  | 'surrogate_failed'
  /** The request is malformed (no runs, budget out of bounds). */
  | 'invalid_request'
  /** The worker crashed or could not start. */
  | 'worker_failed';

export interface SearchError {
  code: SearchErrorCode;
  message: string;
}

export interface RaceRun {
  optimizer: OptimizerId;
  seed: number;
}

export interface RaceSpec {
  runs: RaceRun[];
  /** One of ANB's eight, or a profiled device's (#12): then `profiled` and `hardwareMedian` are required. */
  metric: DeviceMetricName | ProfiledMetricName;
  accuracy: AccuracyName;
  budget: number;
  w?: number;
  target?: number;
  /** A profiled metric's fitted kernel table and line: the race's hardware objective (checked by the worker). */
  profiled?: MeasurementFitMessage;
  /** A profiled metric's median over the stated sample (core/profile/profiledMedian.ts): reward target and reference. */
  hardwareMedian?: number;
}

/** Evaluations per second the worker aims at; 0 = as fast as it can. */
export type Speed = number;

export const MAX_RACE_RUNS = 50;

export type SearchRequest =
  /** Starts a race (replacing any running one), paused or running. */
  | { type: 'start'; raceId: number; spec: RaceSpec; paused: boolean; speed: Speed }
  | { type: 'pause'; raceId: number }
  | { type: 'resume'; raceId: number }
  /** While paused: one round (one ask/tell per unfinished run). */
  | { type: 'step'; raceId: number }
  | { type: 'speed'; raceId: number; speed: Speed };

/** New evaluations of one run since the last progress event, as columns. */
export interface RunProgress {
  run: number;
  /** Evaluations of this run so far (after this chunk). */
  evaluations: number;
  accuracy: Float64Array;
  hardware: Float64Array;
  bestReward: Float64Array;
  hypervolume: Float64Array;
}

export interface RunFinal {
  run: number;
  optimizer: OptimizerId;
  seed: number;
  hypervolume: number;
  bestCode: string;
  bestAccuracy: number;
  bestHardware: number;
  bestReward: number;
  /**
   * Where the best architecture and its predicted values sit against the surrogate's training data
   * (surrogates/runtime/outOfDistributionLevel.ts): anything but `in` is an extrapolation.
   */
  bestOod: OodLevel;
  frontSize: number;
}

export type SearchEvent =
  | { type: 'ready'; raceId: number; surrogateVersion: string; threads: number; loadMs: number }
  | { type: 'progress'; raceId: number; runs: RunProgress[]; evaluationsPerSecond: number; paused: boolean }
  | { type: 'done'; raceId: number; finals: RunFinal[]; seconds: number; evaluationsPerSecond: number }
  | { type: 'error'; raceId: number; error: SearchError };
