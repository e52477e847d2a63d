// How a predicted difference reads: signed change with its 90% interval, in accuracy points or as a
// percentage for the log-modelled targets, and what "within noise" means for it in one sentence.
import type { PredictedDifference } from '@/surrogates/runtime/predictedDifference';

const signed = (v: number, digits: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(digits)}`;

export interface FormattedDifference {
  /** e.g. "+0.42 points" or "+12.3%". */
  change: string;
  /** The same where a table column is narrow: "+0.42 pt" or "+12.3%". */
  short: string;
  /** e.g. "[+0.11, +0.73]". */
  interval: string;
  /** Empty when clear; else "within noise: " and why. */
  noise: string;
  /** Empty when clear; else why the change is within noise, as a clause ("its 90% interval …"). */
  reason: string;
}

export function formatDifference(d: PredictedDifference, kind: 'points' | 'relative'): FormattedDifference {
  const points = kind === 'points';
  const fmt = (v: number) => (points ? signed(v, 2) : `${signed(100 * v, 1)}%`);
  const noiseBand = points ? `±${d.noise.toFixed(2)} points` : `±${(100 * d.noise).toFixed(1)}%`;
  const reason =
    d.verdict === 'uncertain'
      ? 'its 90% interval includes no change'
      : d.verdict === 'below-noise'
        ? `it is smaller than two runs of the same network differ by (${noiseBand} at 90%)`
        : '';
  return {
    change: points ? `${fmt(d.delta)} points` : fmt(d.delta),
    short: points ? `${fmt(d.delta)} pt` : fmt(d.delta),
    interval: `[${fmt(d.lo)}, ${fmt(d.hi)}]`,
    noise: reason ? `within noise: ${reason}` : '',
    reason,
  };
}
