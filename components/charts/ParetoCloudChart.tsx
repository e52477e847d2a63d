'use client';
// Accuracy against a device metric for clouds of up to 200,000 points: the points on a <canvas>
// (drawCloud), axes, Pareto fronts with error bars, the brush and the hover ring in a visx SVG on
// top. Zoom (wheel, +/−), pan (drag, arrow keys) and brush selection report a new window to the
// parent, which owns it (URL state); the chart owns only hover and the drag in progress.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { curveStepAfter, curveStepBefore } from '@visx/curve';
import { GridColumns, GridRows } from '@visx/grid';
import { scaleLinear } from '@visx/scale';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { keyboardView, linear, panView, viewFromCorners, zoomView, type ChartView } from './chartView';
import { FrontOverlay } from './FrontOverlay';
import { nearestPoint, type CloudPoints, type PlotBox } from './drawCloud';
import { useCloudCanvas } from './useCloudCanvas';

export interface FrontPoint {
  x: number;
  y: number;
  /** Surrogate standard deviations, drawn as error bars (predicted fronts only). */
  xStd?: number;
  yStd?: number;
}

export interface PointRef {
  series: 'measured' | 'predicted';
  index: number;
}

export interface ParetoCloudChartProps {
  width: number;
  height: number;
  /** Measured architectures, drawn as discs. */
  measured: CloudPoints;
  /** Predicted architectures, drawn as a density raster; null while there are none. */
  predicted: CloudPoints | null;
  /** Fronts sorted by x ascending. */
  measuredFront: readonly FrontPoint[];
  predictedFront: readonly FrontPoint[];
  /** Which way x is better; decides how the fronts' staircases are drawn. */
  xDirection: 'max' | 'min';
  xLabel: string;
  yLabel: string;
  /** Accessible title, also the exported figure's heading. */
  title: string;
  /** The visible window in data units. */
  view: ChartView;
  /** A new window from zoom or pan; null resets to the full extent. */
  onViewChange: (view: ChartView | null) => void;
  /** What a drag does. */
  mode: 'pan' | 'select';
  /** The brushed region in data units, or null. */
  selection: ChartView | null;
  onSelectionChange: (selection: ChartView | null) => void;
  /** Content of the hover tooltip for a point. */
  renderTooltip: (point: PointRef) => ReactNode;
  /** Click (or Enter on the hovered point). */
  onPointActivate: (point: PointRef) => void;
}

const MARGIN = { top: 12, right: 16, bottom: 46, left: 60 };
const FRONT = { measured: '#dc2626', predicted: '#6d28d9' };
const HOVER_RADIUS = { measured: 7, predicted: 5 };
const TOOLTIP_WIDTH = 256;

export function ParetoCloudChart(props: ParetoCloudChartProps) {
  const { width, height, measured, predicted, measuredFront, predictedFront, xDirection, xLabel, yLabel, title, view, mode, selection } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<{ point: PointRef; px: number; py: number } | null>(null);
  const [brush, setBrush] = useState<{ ax: number; ay: number; bx: number; by: number } | null>(null);
  const drag = useRef<{ id: number; sx: number; sy: number; view: ChartView; moved: boolean } | null>(null);
  const frame = useRef(0);

  const box: PlotBox = useMemo(
    () => ({ left: MARGIN.left, top: MARGIN.top, width: Math.max(10, width - MARGIN.left - MARGIN.right), height: Math.max(10, height - MARGIN.top - MARGIN.bottom) }),
    [width, height],
  );
  const sx = useMemo(() => linear(view.x[0], view.x[1], box.left, box.left + box.width), [view.x, box]);
  const sy = useMemo(() => linear(view.y[0], view.y[1], box.top + box.height, box.top), [view.y, box]);
  const xScale = useMemo(() => scaleLinear<number>({ domain: [view.x[0], view.x[1]], range: [box.left, box.left + box.width] }), [view.x, box]);
  const yScale = useMemo(() => scaleLinear<number>({ domain: [view.y[0], view.y[1]], range: [box.top + box.height, box.top] }), [view.y, box]);
  // Pixel → data, for the handlers.
  const ix = useMemo(() => linear(box.left, box.left + box.width, view.x[0], view.x[1]), [view.x, box]);
  const iy = useMemo(() => linear(box.top + box.height, box.top, view.y[0], view.y[1]), [view.y, box]);

  // The latest props for the wheel listener, which is attached once.
  const live = useRef({ view, ix, iy, onViewChange: props.onViewChange });
  useEffect(() => {
    live.current = { view, ix, iy, onViewChange: props.onViewChange };
  });

  const snapshot = useCloudCanvas(canvasRef, width, height, box, sx, sy, predicted, measured);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      const r = svg.getBoundingClientRect();
      const px = e.clientX - r.left;
      const py = e.clientY - r.top;
      if (px < MARGIN.left || py > r.height - MARGIN.bottom) return;
      e.preventDefault();
      const { view: v, ix: toX, iy: toY, onViewChange } = live.current;
      onViewChange(zoomView(v, Math.exp(Math.max(-1, Math.min(1, e.deltaY * 0.0015))), toX(px), toY(py)));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, []);

  const local = (e: PointerEvent) => {
    const r = svgRef.current!.getBoundingClientRect();
    return { px: e.clientX - r.left, py: e.clientY - r.top };
  };
  const inPlot = (px: number, py: number) => px >= box.left && px <= box.left + box.width && py >= box.top && py <= box.top + box.height;

  // The nearer of the nearest measured and nearest predicted point; measured wins within a pixel.
  const findPoint = (px: number, py: number): PointRef | null => {
    const m = nearestPoint(measured, sx, sy, px, py, HOVER_RADIUS.measured);
    const p = predicted ? nearestPoint(predicted, sx, sy, px, py, HOVER_RADIUS.predicted) : { index: -1, distance: Infinity };
    if (p.index >= 0 && (m.index < 0 || p.distance + 1 < m.distance)) return { series: 'predicted', index: p.index };
    return m.index >= 0 ? { series: 'measured', index: m.index } : null;
  };

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
        props.onViewChange(panView(d.view, -(px - d.sx) * kx, (py - d.sy) * ky));
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
      if (point) props.onPointActivate(point);
      else if (mode === 'select') props.onSelectionChange(null);
      return;
    }
    if (mode === 'select') {
      setBrush(null);
      props.onSelectionChange(viewFromCorners(ix(d.sx), iy(d.sy), ix(px), iy(py)));
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') props.onSelectionChange(null);
    else {
      const next = keyboardView(e.key, view);
      if (next === undefined) return;
      props.onViewChange(next);
    }
    e.preventDefault();
  };

  const curve = xDirection === 'max' ? curveStepBefore : curveStepAfter;
  const clipId = `pareto-clip-${useId().replace(/:/g, '')}`;
  const sel = brush ? { x: Math.min(brush.ax, brush.bx), y: Math.min(brush.ay, brush.by), w: Math.abs(brush.bx - brush.ax), h: Math.abs(brush.by - brush.ay) } : selection ? { x: sx(selection.x[0]), y: sy(selection.y[1]), w: sx(selection.x[1]) - sx(selection.x[0]), h: sy(selection.y[0]) - sy(selection.y[1]) } : null;
  const hoverXY = hover ? (hover.point.series === 'measured' ? measured : predicted!) : null;
  // Beside the pointer, on whichever side has room, never outside the chart (phones included).
  const tooltipLeft = hover ? Math.max(0, hover.px + 12 + TOOLTIP_WIDTH > width ? hover.px - 12 - TOOLTIP_WIDTH : hover.px + 12) : 0;

  return (
    <div
      className="relative select-none outline-none focus-visible:ring-2 focus-visible:ring-accent"
      style={{ width, height }}
      tabIndex={0}
      role="group"
      aria-label={`${title}. Drag to ${mode === 'pan' ? 'pan' : 'select'}, wheel or + and − to zoom, arrow keys to pan, 0 to reset the zoom, Escape to clear the selection.`}
      onKeyDown={onKeyDown}
      data-testid="pareto-cloud-chart"
    >
      <canvas ref={canvasRef} className="absolute inset-0" style={{ width, height, visibility: snapshot ? 'hidden' : 'visible' }} aria-hidden="true" />
      <svg
        ref={svgRef}
        width={width}
        height={height}
        className="absolute inset-0"
        role="img"
        aria-label={title}
        style={{ touchAction: mode === 'pan' ? 'pan-y' : 'none', cursor: hover ? 'pointer' : mode === 'pan' ? 'grab' : 'crosshair' }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          drag.current = null;
          setBrush(null);
        }}
        onPointerLeave={() => setHover(null)}
      >
        <title>{title}</title>
        <defs>
          <clipPath id={clipId}>
            <rect x={box.left} y={box.top} width={box.width} height={box.height} />
          </clipPath>
        </defs>
        <GridRows scale={yScale} left={box.left} width={box.width} stroke="#e2e8f0" numTicks={6} />
        <GridColumns scale={xScale} top={box.top} height={box.height} stroke="#e2e8f0" numTicks={7} />
        {snapshot && <image href={snapshot} x={0} y={0} width={width} height={height} preserveAspectRatio="none" />}
        <g clipPath={`url(#${clipId})`}>
          <FrontOverlay front={predictedFront} sx={sx} sy={sy} curve={curve} color={FRONT.predicted} kind="predicted" />
          <FrontOverlay front={measuredFront} sx={sx} sy={sy} curve={curve} color={FRONT.measured} kind="measured" />
          {sel && <rect x={sel.x} y={sel.y} width={Math.max(0, sel.w)} height={Math.max(0, sel.h)} fill="#2563eb" fillOpacity={0.08} stroke="#2563eb" strokeDasharray="4 3" data-testid="pareto-selection" />}
          {hover && hoverXY && (
            <circle cx={sx(hoverXY.xs[hover.point.index])} cy={sy(hoverXY.ys[hover.point.index])} r={6} fill="none" stroke="#0f172a" strokeWidth={1.5} />
          )}
        </g>
        <AxisBottom top={box.top + box.height} scale={xScale} label={xLabel} numTicks={width < 500 ? 4 : 7} labelProps={{ fontSize: 12, textAnchor: 'middle', fill: '#0f172a' }} tickLabelProps={{ fontSize: 11, fill: '#334155' }} />
        <AxisLeft left={box.left} scale={yScale} label={yLabel} numTicks={6} labelProps={{ fontSize: 12, textAnchor: 'middle', fill: '#0f172a' }} tickLabelProps={{ fontSize: 11, fill: '#334155' }} />
      </svg>
      {hover && (
        <div
          className="pointer-events-none absolute z-10 rounded-md border border-slate-200 bg-white p-2 text-xs shadow-lg"
          style={{ left: tooltipLeft, top: Math.min(Math.max(4, hover.py - 40), height - 160), width: TOOLTIP_WIDTH }}
          data-testid="pareto-tooltip"
        >
          {props.renderTooltip(hover.point)}
        </div>
      )}
    </div>
  );
}
