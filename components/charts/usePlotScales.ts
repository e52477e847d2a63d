// ParetoCloudChart's plot area and its maps between data and pixels: plain functions for the canvas and
// handlers, visx scales for the axes and grid, and the inverse maps (pixel → data) for the handlers.
import { scaleLinear } from '@visx/scale';
import { useMemo } from 'react';
import { linear, type ChartView } from './chartView';
import type { PlotBox } from './drawCloud';

export function usePlotScales(
  width: number,
  height: number,
  view: ChartView,
  margin: { top: number; right: number; bottom: number; left: number },
) {
  const { top, right, bottom, left } = margin;
  const box: PlotBox = useMemo(
    () => ({ left, top, width: Math.max(10, width - left - right), height: Math.max(10, height - top - bottom) }),
    [width, height, top, right, bottom, left],
  );
  const sx = useMemo(() => linear(view.x[0], view.x[1], box.left, box.left + box.width), [view.x, box]);
  const sy = useMemo(() => linear(view.y[0], view.y[1], box.top + box.height, box.top), [view.y, box]);
  const xScale = useMemo(
    () => scaleLinear<number>({ domain: [view.x[0], view.x[1]], range: [box.left, box.left + box.width] }),
    [view.x, box],
  );
  const yScale = useMemo(
    () => scaleLinear<number>({ domain: [view.y[0], view.y[1]], range: [box.top + box.height, box.top] }),
    [view.y, box],
  );
  // Pixel → data, for the handlers.
  const ix = useMemo(() => linear(box.left, box.left + box.width, view.x[0], view.x[1]), [view.x, box]);
  const iy = useMemo(() => linear(box.top + box.height, box.top, view.y[0], view.y[1]), [view.y, box]);
  return { box, sx, sy, xScale, yScale, ix, iy };
}
