// How a surrogate search is set up, shared by the CLI, `searches:store` and the search worker: the
// MnasNet reward per device metric and the reference point, with every default resolved.
import { deviceMetric } from '../deviceMetric';
import { parseProfiledMetricName, type ProfiledMetricName } from '../profile/profiledMetric';
import { isDeviceMetricName, type DeviceMetricName } from '../targets';
import type { AccuracyName } from './accuracyNames';
import { DATASET_MEDIANS } from './datasetMedians';
import type { ObjectiveSettings } from './optimizer';

/** |w| of the MnasNet reward: ANB's `search_mo.py` and MnasNet's soft constraint both use 0.07. */
export const DEFAULT_REWARD_WEIGHT = 0.07;

export interface SearchObjective {
  /** One of ANB's eight device metrics, or a profiled device's (`<profile id>.latency`, #12). */
  metric: DeviceMetricName | ProfiledMetricName;
  accuracy: AccuracyName;
  /** Reward target (device unit); default: the dataset's median of the metric. */
  target?: number;
  /** Reward exponent; default +0.07 for throughput, −0.07 for latency. */
  w?: number;
  /**
   * A profiled metric's median, in place of the dataset's (core/profile/profiledMedian.ts: its
   * predictions over a stated sample): required for a profiled metric, ignored for ANB's.
   */
  hardwareMedian?: number;
}

function hardwareOf(o: SearchObjective): { direction: 'min' | 'max'; median: number } {
  if (isDeviceMetricName(o.metric)) return { direction: deviceMetric(o.metric).direction, median: DATASET_MEDIANS[o.metric] };
  const profiled = parseProfiledMetricName(o.metric);
  if (!profiled) throw new Error(`objectiveSettings: ${o.metric} is neither an ANB device metric nor a profiled one`);
  if (!(o.hardwareMedian !== undefined && o.hardwareMedian > 0 && Number.isFinite(o.hardwareMedian)))
    throw new Error(`objectiveSettings: the profiled metric ${o.metric} needs its median (a positive number), got ${o.hardwareMedian}`);
  return { direction: profiled.metric === 'latency' ? 'min' : 'max', median: o.hardwareMedian };
}

/** The objective settings every optimizer shares, with all defaults resolved (what a run records). */
export function objectiveSettings(o: SearchObjective): ObjectiveSettings {
  const { direction, median } = hardwareOf(o);
  const sign = direction === 'max' ? 1 : -1;
  return {
    hardwareDirection: direction,
    reward: { target: o.target ?? median, w: o.w ?? sign * DEFAULT_REWARD_WEIGHT },
    reference: { accuracy: DATASET_MEDIANS[o.accuracy], hardware: median },
  };
}
