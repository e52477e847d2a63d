// "Colour by" any gene or target: each row's colour bin and the legend that names the bins. A target
// is cut into 8 equal-width bins over the extent of its values, shaded along viridis (ordered, and
// readable by the colour-blind and in greyscale); a gene takes one categorical colour per choice.
// Shared by the parallel coordinates on /data and the measured points on /pareto.
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import { finiteExtent } from './axisScale';
import type { ParallelAxis } from './parallelAxes';

/** viridis at 8 even stops, low to high. */
export const SEQUENTIAL_PALETTE = ['#440154', '#46327e', '#365c8d', '#277f8e', '#1fa187', '#4ac16d', '#a0da39', '#fde725'] as const;
/** Up to 4 choices per gene (layers of block 5): blue, amber, emerald, pink. */
export const CATEGORICAL_PALETTE = ['#2563eb', '#d97706', '#059669', '#db2777'] as const;
/** The bin of a row with no value on the colouring axis (a missing TPUv3 measurement). */
export const NO_BIN = 255;

export interface ColourBy {
  axis: ParallelAxis;
  /** One bin per row, an index into `palette`, or NO_BIN. */
  bins: Uint8Array;
  palette: readonly string[];
  legend: { colour: string; label: string }[];
}

const SE_LABELS: Record<number, string> = { 0: 'off', 1: 'on' };

export function colourBy(axis: ParallelAxis, column: ArrayLike<number>): ColourBy {
  const bins = new Uint8Array(column.length).fill(NO_BIN);
  if (axis.choices) {
    const choices = axis.choices;
    for (let i = 0; i < column.length; i++) {
      const c = choices.indexOf(column[i]);
      if (c >= 0) bins[i] = c;
    }
    const palette = CATEGORICAL_PALETTE.slice(0, choices.length);
    const legend = choices.map((v, c) => ({ colour: palette[c], label: axis.group === 'se' ? SE_LABELS[v] : String(v) }));
    return { axis, bins, palette, legend };
  }
  const [lo, hi] = finiteExtent(column);
  const n = SEQUENTIAL_PALETTE.length;
  const width = (hi - lo) / n;
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    if (Number.isNaN(v)) continue;
    bins[i] = width > 0 ? Math.min(n - 1, Math.floor((v - lo) / width)) : 0;
  }
  const legend = SEQUENTIAL_PALETTE.map((colour, b) => ({
    colour,
    label: `${formatWithUnit(lo + b * width, axis.unit)}–${formatWithUnit(lo + (b + 1) * width, axis.unit)}`,
  }));
  return { axis, bins, palette: SEQUENTIAL_PALETTE, legend };
}
