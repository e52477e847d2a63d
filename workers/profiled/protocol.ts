// The profiled-cloud worker's messages (#12): /pareto with a profiled device metric sends the predicted
// cloud's genes and accuracy column and the profile's fit; the worker answers each row's hardware value
// from the profile (core/profile/predictProfiledRows) and the cloud's Pareto front on (that value,
// accuracy). Typed arrays travel as transferred buffers; a newer request supersedes an older one.
import type { Direction } from '@/core/targets';
import type { MeasurementFit } from '@/core/profile/fitDeviceProfile';

export type ProfiledErrorCode =
  /** Arrays of the wrong length, or a row range beyond them. */
  | 'invalid_request'
  /** A newer request replaced this one before it finished. */
  | 'superseded'
  /** The worker crashed or could not be started. */
  | 'worker_failed';

export interface ProfiledError {
  code: ProfiledErrorCode;
  message: string;
}

export interface ProfiledCloudRequest {
  id: number;
  /** The profiled metric's fit (structured-cloned: its kernel times are a Map). */
  fit: MeasurementFit;
  /** [count, 28] packed gene indices of the cloud's first `count` rows (a copy, transferred). */
  genes: Uint8Array;
  /** [count] the plotted accuracy of each row (a copy, transferred). */
  ys: Float32Array;
  count: number;
  /** The rows the front is taken over (extrapolations hidden); null: all `count` rows. */
  keep: Int32Array | null;
  xDirection: Direction;
  yDirection: Direction;
}

export interface ProfiledCloud {
  count: number;
  /** [count] the profile's prediction and its std, in the metric's unit (ms or img/s). */
  mean: Float32Array;
  std: Float32Array;
  /** Row indices on the front of (mean, ys) over the kept rows, x ascending. */
  front: Int32Array;
  /** Milliseconds the worker spent (predictions and front). */
  ms: number;
}

export type ProfiledReply = { id: number; ok: true; value: ProfiledCloud } | { id: number; ok: false; error: ProfiledError };
export type ProfiledResult = { ok: true; value: ProfiledCloud } | { ok: false; error: ProfiledError };
