// Where a value falls among the measured architectures for one target, direction-aware: the share of
// measured values it beats (higher accuracy or throughput, lower latency or training time), ties
// counting half. Sorted copies of each target's values are built once per dataset.
import { target, type TargetName } from '@/core/targets';
import type { MeasuredDataset } from '@/components/explorer/useMeasuredDataset';

const sortedCache = new WeakMap<MeasuredDataset, Map<TargetName, Float64Array>>();

function sorted(data: MeasuredDataset, name: TargetName): Float64Array {
  let perTarget = sortedCache.get(data);
  if (!perTarget) sortedCache.set(data, (perTarget = new Map()));
  let values = perTarget.get(name);
  if (!values) {
    values = Float64Array.from(data.values[name].filter((v) => !Number.isNaN(v))).sort();
    perTarget.set(name, values);
  }
  return values;
}

/** First index of `values` (ascending) with values[i] ≥ v (or > v when `strict`). */
function bound(values: Float64Array, v: number, strict: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? values[mid] <= v : values[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Share in [0, 1] of measured values `value` beats; null when nothing was measured for the target. */
export function percentileAmongMeasured(data: MeasuredDataset, name: TargetName, value: number): number | null {
  const values = sorted(data, name);
  if (values.length === 0 || !Number.isFinite(value)) return null;
  const below = bound(values, value, false);
  const ties = bound(values, value, true) - below;
  const above = values.length - below - ties;
  const beaten = target(name).direction === 'max' ? below : above;
  return (beaten + ties / 2) / values.length;
}
