// ParetoScatter's scales, shared with whatever reads the pointer over it (the landing chart's hover):
// both must map a value to the same pixel, margins included.
import { scaleLinear } from '@visx/scale';

export const SCATTER_MARGIN = { top: 16, right: 24, bottom: 48, left: 60 } as const;

function extent(values: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const pad = (hi - lo) * 0.04 || 1;
  return [lo - pad, hi + pad];
}

/** Linear scales over the data's extent padded by 4 %, into the plot area inside SCATTER_MARGIN. */
export function scatterScales(xs: readonly number[], ys: readonly number[], width: number, height: number) {
  const innerW = width - SCATTER_MARGIN.left - SCATTER_MARGIN.right;
  const innerH = height - SCATTER_MARGIN.top - SCATTER_MARGIN.bottom;
  const x = scaleLinear<number>({ domain: extent(xs), range: [0, innerW] });
  const y = scaleLinear<number>({ domain: extent(ys), range: [innerH, 0] });
  return { x, y, innerW, innerH };
}
