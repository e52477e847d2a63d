// How a surrogate search is set up, shared by the CLI, `searches:store` and the search worker: which
// surrogate columns are the objectives, the MnasNet reward per device metric, and the reference point.
import type { ObjectiveSettings, Objectives } from '@/core/search/optimizer';
import { optimizers, type OptimizerId } from '@/core/search/optimizers';
import { DEVICE_METRICS, type DeviceMetricName, type TargetName } from '@/core/targets';

export type AccuracyName = Extract<TargetName, 'val_top1' | 'val_top5'>;
export const ACCURACY_NAMES = ['val_top1', 'val_top5'] as const satisfies readonly AccuracyName[];

/**
 * Medians of the measured dataset (all 5,138 records of content hash aed7f2c2…; a device metric over
 * the records that have it). Checked against the data by `searchSetup.dataset.test.ts`.
 *
 * Why medians: the reference point of the hypervolume decides which part of the front counts. At the
 * origin, the area is dominated by the fastest, least accurate corner, which no reward-driven search
 * aims at, and every method looks alike. At (median accuracy, median device metric) the hypervolume
 * measures exactly the part of a search's front that beats a typical architecture on both objectives.
 */
export const DATASET_MEDIANS = {
  val_top1: 60.711999000000006,
  val_top5: 83.35900000000001,
  throughput_a100: 8173.150535199119,
  throughput_3090: 5554.992425253562,
  throughput_tpuv2: 668.9737099791627,
  throughput_tpuv3: 1208.7265678100855,
  throughput_zcu102: 390.7961435658833,
  throughput_vck190: 2331.698079475257,
  latency_zcu102: 5.7197109726834885,
  latency_vck190: 3.5867356071787437,
} as const satisfies Record<AccuracyName | DeviceMetricName, number>;

export const MEDIANS_DATASET_VERSION = 'aed7f2c25dff9d987538ca74dd37493efa988176cf66c261509cb6d48f3f6a3c';

/** |w| of the MnasNet reward: ANB's `search_mo.py` and MnasNet's soft constraint both use 0.07. */
export const DEFAULT_REWARD_WEIGHT = 0.07;

export interface SearchObjective {
  metric: DeviceMetricName;
  accuracy: AccuracyName;
  /** Reward target (device unit); default: the dataset's median of the metric. */
  target?: number;
  /** Reward exponent; default +0.07 for throughput, −0.07 for latency. */
  w?: number;
}

export function deviceMetric(metric: DeviceMetricName) {
  const t = DEVICE_METRICS.find((m) => m.name === metric);
  if (!t) throw new Error(`unknown device metric ${metric}`);
  return t;
}

/** The objective settings every optimizer shares, with all defaults resolved (what a run records). */
export function objectiveSettings(o: SearchObjective): ObjectiveSettings {
  const t = deviceMetric(o.metric);
  const sign = t.direction === 'max' ? 1 : -1;
  return {
    hardwareDirection: t.direction,
    reward: { target: o.target ?? DATASET_MEDIANS[o.metric], w: o.w ?? sign * DEFAULT_REWARD_WEIGHT },
    reference: { accuracy: DATASET_MEDIANS[o.accuracy], hardware: DATASET_MEDIANS[o.metric] },
  };
}

/** An optimizer's full settings: its own defaults with the objective settings laid over them. */
export function optimizerSettings(id: OptimizerId, o: SearchObjective) {
  return { ...optimizers[id].defaultSettings, ...objectiveSettings(o) };
}

/**
 * Objectives from a surrogate's row-major [archs, targets] means, reading the accuracy and hardware
 * columns. Float32 predictions are widened to doubles as they are, so Node and the browser agree up
 * to the runtimes' own float32 differences.
 */
export function objectivesFromMeans(mean: Float32Array, targetCount: number, accuracyColumn: number, hardwareColumn: number): Objectives[] {
  const rows = mean.length / targetCount;
  const out: Objectives[] = new Array(rows);
  for (let i = 0; i < rows; i++) out[i] = { accuracy: mean[i * targetCount + accuracyColumn], hardware: mean[i * targetCount + hardwareColumn] };
  return out;
}
