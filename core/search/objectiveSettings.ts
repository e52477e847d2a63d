// How a surrogate search is set up, shared by the CLI, `searches:store` and the search worker: the
// MnasNet reward per device metric and the reference point, with every default resolved.
import { deviceMetric } from '../deviceMetric';
import type { DeviceMetricName } from '../targets';
import type { AccuracyName } from './accuracyNames';
import { DATASET_MEDIANS } from './datasetMedians';
import type { ObjectiveSettings } from './optimizer';

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
