// A parallel-coordinates brush as /data's own filters, and back: a brush on a target is its
// `min_<target>`/`max_<target>` range (rounded outward to three significant digits of the axis's
// span, so the link stays short and the dragged lines stay in), a brush on a gene axis the values it
// covers (`e3=4,6`). So the brushed set is the table's filter and the REST API's query, with no second
// kind of selection to keep in step.
import type { AxisScale } from './axisScale';
import type { ParallelAxis } from './parallelAxes';

/** The /data parameters a brush sets: a target's range, or a gene's values (null clears). */
export type BrushPatch = Record<string, number | number[] | null>;

/** The step a target brush's bounds are rounded to: a thousandth of the span's order of magnitude. */
export function brushStep(domain: [number, number]): number {
  const span = domain[1] - domain[0];
  return span > 0 ? 10 ** (Math.floor(Math.log10(span)) - 2) : 1;
}

/** Rounded to the step without binary noise (0.1 + 0.2 style). */
function snap(v: number, step: number, round: (x: number) => number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  return Number((round(v / step) * step).toFixed(digits));
}

/** The filter a brush from share t0 to t1 of the axis's height stands for. */
export function brushPatch(axis: ParallelAxis, scale: AxisScale, t0: number, t1: number): BrushPatch {
  const lo = Math.max(0, Math.min(t0, t1));
  const hi = Math.min(1, Math.max(t0, t1));
  if (axis.choices) {
    const inside = scale.ticks.filter((c) => c.t >= lo - 1e-9 && c.t <= hi + 1e-9).map((c) => c.value);
    // A brush between two slots takes the nearer one: a brush always selects something.
    const values = inside.length ? inside : [scale.fromUnit((lo + hi) / 2)];
    return { [axis.id]: [...values].sort((a, b) => a - b) };
  }
  const step = brushStep(scale.domain);
  return { [`min_${axis.id}`]: snap(scale.fromUnit(lo), step, Math.floor), [`max_${axis.id}`]: snap(scale.fromUnit(hi), step, Math.ceil) };
}

/** The patch that removes an axis's brush. */
export function clearBrushPatch(axis: ParallelAxis): BrushPatch {
  return axis.choices ? { [axis.id]: null } : { [`min_${axis.id}`]: null, [`max_${axis.id}`]: null };
}

/** What /data's state says about one axis: a target's [min, max] (either may be open), a gene's values. */
export type AxisFilter = { kind: 'range'; min: number | null; max: number | null } | { kind: 'values'; values: readonly number[] };

/**
 * The brushes to draw on an axis, as [t0, t1] spans of its height: one span for a range (an open end
 * reaches the axis's end), one small span per chosen gene value. None when the axis is not filtered.
 */
export function brushSpans(axis: ParallelAxis, scale: AxisScale, filter: AxisFilter | null): [number, number][] {
  if (!filter) return [];
  if (filter.kind === 'values') {
    if (!axis.choices || filter.values.length === 0) return [];
    const half = 0.5 / Math.max(1, axis.choices.length - 1);
    return filter.values
      .map((v) => scale.toUnit(v))
      .filter((t) => !Number.isNaN(t))
      .map((t) => [Math.max(0, t - half / 2), Math.min(1, t + half / 2)]);
  }
  if (filter.min === null && filter.max === null) return [];
  const t0 = filter.min === null ? 0 : scale.toUnit(filter.min);
  const t1 = filter.max === null ? 1 : scale.toUnit(filter.max);
  const a = Math.max(0, Math.min(1, t0));
  const b = Math.max(0, Math.min(1, t1));
  return a <= b ? [[a, b]] : [];
}
