// Wheel zoom on ParetoCloudChart's SVG, about the pointer, only while Ctrl or ⌘ is held (a trackpad
// pinch arrives as a wheel event with ctrlKey set, so pinching zooms too). A plain wheel scrolls the
// page, as everywhere else on it, and tells the chart to point at its hint. A native listener, attached
// once, because React's onWheel is passive and could not stop the browser's own Ctrl+wheel page zoom.
import { useEffect, useRef, type RefObject } from 'react';
import { zoomView, type ChartView } from './chartView';
import type { PixelScale } from './drawCloud';

/** Whether a wheel event asks the chart to zoom rather than the page to scroll. */
export const wheelZooms = (e: Pick<WheelEvent, 'ctrlKey' | 'metaKey'>): boolean => e.ctrlKey || e.metaKey;

export function useWheelZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  margin: { left: number; bottom: number },
  view: ChartView,
  ix: PixelScale,
  iy: PixelScale,
  onViewChange: (view: ChartView) => void,
  onPlainWheel: () => void,
): void {
  // The latest props for the wheel listener, which is attached once.
  const live = useRef({ margin, view, ix, iy, onViewChange, onPlainWheel });
  useEffect(() => {
    live.current = { margin, view, ix, iy, onViewChange, onPlainWheel };
  });

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      const r = svg.getBoundingClientRect();
      const px = e.clientX - r.left;
      const py = e.clientY - r.top;
      const { margin: m, view: v, ix: toX, iy: toY, onViewChange: change, onPlainWheel: plain } = live.current;
      if (px < m.left || py > r.height - m.bottom) return;
      if (!wheelZooms(e)) {
        plain();
        return;
      }
      e.preventDefault();
      change(zoomView(v, Math.exp(Math.max(-1, Math.min(1, e.deltaY * 0.0015))), toX(px), toY(py)));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [svgRef]);
}
