// The measured dataset's medians, which place the reference point and the default reward target of a
// surrogate search (core/search/objectiveSettings).
import type { DeviceMetricName } from '../targets';
import type { AccuracyName } from './accuracyNames';

/**
 * Medians of the measured dataset (all 5,138 records of content hash aed7f2c2…; a device metric over
 * the records that have it). Checked against the data by `server/dataset/datasetMedians.dataset.test.ts`.
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
