// Which point of ParetoCloudChart is under the pointer: the nearer of the nearest measured and the
// nearest predicted point, each within its own hover radius; measured wins within a pixel.
import { nearestPoint, type CloudPoints, type PixelScale } from './drawCloud';
import type { PointRef } from './ParetoCloudChart';

/** Hover radii in CSS pixels: measured discs are drawn larger than the predicted raster's cells. */
const HOVER_RADIUS = { measured: 7, predicted: 5 };

export function pickCloudPoint(
  measured: CloudPoints,
  predicted: CloudPoints | null,
  sx: PixelScale,
  sy: PixelScale,
  px: number,
  py: number,
): PointRef | null {
  const m = nearestPoint(measured, sx, sy, px, py, HOVER_RADIUS.measured);
  const p = predicted ? nearestPoint(predicted, sx, sy, px, py, HOVER_RADIUS.predicted) : { index: -1, distance: Infinity };
  if (p.index >= 0 && (m.index < 0 || p.distance + 1 < m.distance)) return { series: 'predicted', index: p.index };
  return m.index >= 0 ? { series: 'measured', index: m.index } : null;
}
