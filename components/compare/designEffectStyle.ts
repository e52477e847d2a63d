// Whether a design-rule effect helps or hurts on a metric (throughput up, latency down, top-1 up are
// good) and the colours and text used for it in the chart and the table.
import { target, type TargetName } from '@/core/targets';

export const GOOD = 'var(--chart-green)';
export const BAD = 'var(--chart-orange)';
export const UNCLEAR = 'var(--chart-neutral)';

/** 'good' / 'bad' when the whole interval is on one side of 0, else 'unclear'. */
export function effectVerdict(metric: TargetName, lo: number, hi: number): 'good' | 'bad' | 'unclear' {
  if (lo <= 0 && hi >= 0) return 'unclear';
  const up = lo > 0;
  const better = target(metric).direction === 'min' ? !up : up;
  return better ? 'good' : 'bad';
}

export function effectColor(metric: TargetName, lo: number, hi: number): string {
  const v = effectVerdict(metric, lo, hi);
  return v === 'good' ? GOOD : v === 'bad' ? BAD : UNCLEAR;
}

/** A signed number without unit, for interval bounds under a unit-labelled header: "−11.3". */
export function formatSigned(scale: 'log' | 'points', v: number): string {
  const sign = v > 0 ? '+' : v < 0 ? '−' : '';
  return `${sign}${Math.abs(v).toFixed(scale === 'points' ? 2 : 1)}`;
}

/** "+2.04 pp" for top-1 (accuracy points), "−20.6%" for the hardware metrics. */
export function formatEffect(scale: 'log' | 'points', v: number, digits = scale === 'points' ? 2 : 1): string {
  const sign = v > 0 ? '+' : v < 0 ? '−' : '';
  return `${sign}${Math.abs(v).toFixed(digits)}${scale === 'points' ? ' pp' : '%'}`;
}
