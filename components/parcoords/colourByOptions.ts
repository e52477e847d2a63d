// The "colour by" menu's options: none, every target, every gene of every block (the URL's `color`
// on /data, `cb` on /pareto).
import { PARALLEL_AXES, type AxisId } from './parallelAxes';

export const COLOUR_BY_OPTIONS: readonly { value: AxisId | ''; label: string }[] = [
  { value: '', label: 'one colour' },
  ...PARALLEL_AXES.map((a) => ({ value: a.id, label: a.unit ? `${a.label} (${a.unit})` : a.label })),
];
