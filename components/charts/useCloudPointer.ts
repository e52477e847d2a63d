// ParetoCloudChart's pointer handlers: a drag pans the view or brushes a selection (by mode), a click
// activates the point under it, and hovering finds the nearest point once per frame.
import { useRef, useState, type PointerEvent, type RefObject } from 'react';
import { panView, viewFromCorners, type ChartView } from './chartView';
import type { PixelScale, PlotBox } from './drawCloud';
import type { ParetoCloudChartProps, PointRef } from './ParetoCloudChart';
import { pickCloudPoint } from './pickCloudPoint';
import type { Brush } from './selectionRect';

/** What the handlers read of the chart's props. */
export type CloudPointerProps = Pick<
  ParetoCloudChartProps,
  'view' | 'mode' | 'measured' | 'predicted' | 'onViewChange' | 'onSelectionChange' | 'onPointActivate'
>;

export function useCloudPointer(
  svgRef: RefObject<SVGSVGElement | null>,
  { box, sx, sy, ix, iy }: { box: PlotBox; sx: PixelScale; sy: PixelScale; ix: PixelScale; iy: PixelScale },
  { view, mode, measured, predicted, onViewChange, onSelectionChange, onPointActivate }: CloudPointerProps,
) {
  const [hover, setHover] = useState<{ point: PointRef; px: number; py: number } | null>(null);
  const [brush, setBrush] = useState<Brush | null>(null);
  const drag = useRef<{ id: number; sx: number; sy: number; view: ChartView; moved: boolean } | null>(null);
  const frame = useRef(0);

  const local = (e: PointerEvent) => {
    const r = svgRef.current!.getBoundingClientRect();
    return { px: e.clientX - r.left, py: e.clientY - r.top };
  };
  const inPlot = (px: number, py: number) => px >= box.left && px <= box.left + box.width && py >= box.top && py <= box.top + box.height;
  const findPoint = (px: number, py: number) => pickCloudPoint(measured, predicted, sx, sy, px, py);

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const { px, py } = local(e);
    if (!inPlot(px, py)) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { id: e.pointerId, sx: px, sy: py, view, moved: false };
    if (mode === 'select') setBrush({ ax: px, ay: py, bx: px, by: py });
  };

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const { px, py } = local(e);
    const d = drag.current;
    if (d && d.id === e.pointerId) {
      if (Math.abs(px - d.sx) + Math.abs(py - d.sy) > 3) d.moved = true;
      if (mode === 'pan') {
        const kx = (d.view.x[1] - d.view.x[0]) / box.width;
        const ky = (d.view.y[1] - d.view.y[0]) / box.height;
        onViewChange(panView(d.view, -(px - d.sx) * kx, (py - d.sy) * ky));
      } else setBrush((b) => (b ? { ...b, bx: px, by: py } : b));
      setHover(null);
      return;
    }
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const point = inPlot(px, py) ? findPoint(px, py) : null;
      setHover(point ? { point, px, py } : null);
    });
  };

  const onPointerUp = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    drag.current = null;
    const { px, py } = local(e);
    if (!d.moved) {
      setBrush(null);
      const point = findPoint(px, py);
      if (point) onPointActivate(point);
      else if (mode === 'select') onSelectionChange(null);
      return;
    }
    if (mode === 'select') {
      setBrush(null);
      onSelectionChange(viewFromCorners(ix(d.sx), iy(d.sy), ix(px), iy(py)));
    }
  };

  const onPointerCancel = () => {
    drag.current = null;
    setBrush(null);
  };
  const onPointerLeave = () => setHover(null);

  return { hover, brush, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onPointerLeave } };
}
