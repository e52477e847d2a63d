// Wheel zoom on ParetoCloudChart's SVG, about the pointer. A native listener, attached once, because
// React's onWheel is passive and could not stop the page from scrolling.
import { useEffect, useRef, type RefObject } from 'react';
import { zoomView, type ChartView } from './chartView';
import type { PixelScale } from './drawCloud';

export function useWheelZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  margin: { left: number; bottom: number },
  view: ChartView,
  ix: PixelScale,
  iy: PixelScale,
  onViewChange: (view: ChartView) => void,
): void {
  // The latest props for the wheel listener, which is attached once.
  const live = useRef({ margin, view, ix, iy, onViewChange });
  useEffect(() => {
    live.current = { margin, view, ix, iy, onViewChange };
  });

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      const r = svg.getBoundingClientRect();
      const px = e.clientX - r.left;
      const py = e.clientY - r.top;
      const { margin: m, view: v, ix: toX, iy: toY, onViewChange: change } = live.current;
      if (px < m.left || py > r.height - m.bottom) return;
      e.preventDefault();
      change(zoomView(v, Math.exp(Math.max(-1, Math.min(1, e.deltaY * 0.0015))), toX(px), toY(py)));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [svgRef]);
}
