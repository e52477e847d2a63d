// The rectangle ParetoCloudChart draws for a selection, in pixels: the brush being dragged (any corner
// first), else the committed selection mapped from data units; null when there is neither.
import type { ChartView } from './chartView';
import type { PixelScale } from './drawCloud';

/** A drag in progress, from its anchor (ax, ay) to the pointer (bx, by), in pixels. */
export interface Brush {
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

export function selectionRect(
  brush: Brush | null,
  selection: ChartView | null,
  sx: PixelScale,
  sy: PixelScale,
): { x: number; y: number; w: number; h: number } | null {
  if (brush)
    return {
      x: Math.min(brush.ax, brush.bx),
      y: Math.min(brush.ay, brush.by),
      w: Math.abs(brush.bx - brush.ax),
      h: Math.abs(brush.by - brush.ay),
    };
  if (selection)
    return {
      x: sx(selection.x[0]),
      y: sy(selection.y[1]),
      w: sx(selection.x[1]) - sx(selection.x[0]),
      h: sy(selection.y[0]) - sy(selection.y[1]),
    };
  return null;
}
