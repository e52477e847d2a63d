// Where a value sits along a parallel-coordinates axis, as a share of its height (0 bottom, 1 top):
// a target linearly over the extent of the drawn rows, a gene at its choice's evenly spaced slot.
// Also the ticks to label the axis with.
import { scaleLinear } from '@visx/scale';
import type { ParallelAxis } from './parallelAxes';

export interface AxisScale {
  /** Share of the axis's height (NaN for a missing value). */
  toUnit: (value: number) => number;
  /** The value at a share of the height (targets; for a gene, the nearest choice). */
  fromUnit: (t: number) => number;
  /** Targets: the extent of the values; genes: the first and last choice. */
  domain: [number, number];
  ticks: { value: number; t: number; label: string }[];
}

const SE_LABELS: Record<number, string> = { 0: 'off', 1: 'on' };

/** The extent of the finite values, or [0, 1] when there are none. */
export function finiteExtent(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [0, 1];
}

export function axisScale(axis: ParallelAxis, column: ArrayLike<number>): AxisScale {
  if (axis.choices) {
    const choices = axis.choices;
    const last = Math.max(1, choices.length - 1);
    return {
      toUnit: (v) => {
        const i = choices.indexOf(v);
        return i < 0 ? NaN : i / last;
      },
      fromUnit: (t) => choices[Math.max(0, Math.min(choices.length - 1, Math.round(t * last)))],
      domain: [choices[0], choices[choices.length - 1]],
      ticks: choices.map((v, i) => ({ value: v, t: i / last, label: axis.group === 'se' ? SE_LABELS[v] : String(v) })),
    };
  }
  let [lo, hi] = finiteExtent(column);
  // One value only: a band around it, so the axis still has a height.
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const scale = scaleLinear<number>({ domain: [lo, hi], range: [0, 1] });
  const format = scale.tickFormat(4);
  return {
    toUnit: (v) => (v - lo) / (hi - lo),
    fromUnit: (t) => lo + t * (hi - lo),
    domain: [lo, hi],
    ticks: scale.ticks(4).map((v) => ({ value: v, t: scale(v), label: format(v) })),
  };
}
