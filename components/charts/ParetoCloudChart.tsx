'use client';
// Accuracy against a device metric for clouds of up to 200,000 points: the points on a <canvas>
// (drawCloud), axes, Pareto fronts with error bars, the brush and the hover ring in a visx SVG on
// top. Zoom (Ctrl/⌘ + wheel, +/−), pan (drag, arrow keys) and brush selection report a new window to
// the parent, which owns it (URL state) and keeps it inside the data (clampView); the chart owns only
// hover, the drag in progress and the zoom hint's emphasis.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { curveStepAfter, curveStepBefore } from '@visx/curve';
import { GridColumns, GridRows } from '@visx/grid';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { keyboardView, type ChartView } from './chartView';
import { PlainTickLabel } from './PlainTickLabel';
import { CloudTooltip } from './CloudTooltip';
import type { CloudPoints } from './drawCloud';
import { FrontOverlay } from './FrontOverlay';
import { selectionRect } from './selectionRect';
import { useCloudCanvas } from './useCloudCanvas';
import { useCloudPointer } from './useCloudPointer';
import { usePlotScales } from './usePlotScales';
import { useWheelZoom } from './useWheelZoom';
import { ZoomHint } from './ZoomHint';

export interface FrontPoint {
  x: number;
  y: number;
  /** Surrogate standard deviations, drawn as error bars (predicted fronts only). */
  xStd?: number;
  yStd?: number;
  /** The surrogate extrapolates here (OOD level edge or far): drawn with a ring. */
  flagged?: boolean;
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
  /** Predicted architectures, drawn as a density raster (extrapolated ones in their own colours); null while there are none. */
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
  /** A point to ring in data units (a table row hovered or focused), or null. */
  highlight?: { x: number; y: number } | null;
}

const MARGIN = { top: 12, right: 16, bottom: 46, left: 60 };
const FRONT = { measured: 'var(--chart-front)', predicted: 'var(--chart-front-predicted)' };

export function ParetoCloudChart(props: ParetoCloudChartProps) {
  const { width, height, measured, predicted, measuredFront, predictedFront, xDirection, xLabel, yLabel, title, view, mode, selection } =
    props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const scales = usePlotScales(width, height, view, MARGIN);
  const { box, sx, sy, xScale, yScale } = scales;
  useCloudCanvas(canvasRef, width, height, box, sx, sy, predicted, measured, false);
  // A plain wheel scrolls the page; the hint lights up for 1.5 s in case the reader meant to zoom.
  const [nudged, setNudged] = useState(false);
  const nudgeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const nudge = useCallback(() => {
    setNudged(true);
    clearTimeout(nudgeTimer.current);
    nudgeTimer.current = setTimeout(() => setNudged(false), 1500);
  }, []);
  useEffect(() => () => clearTimeout(nudgeTimer.current), []);
  useWheelZoom(svgRef, MARGIN, view, scales.ix, scales.iy, props.onViewChange, nudge);
  const { hover, brush, handlers } = useCloudPointer(svgRef, scales, props);

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
  const sel = selectionRect(brush, selection, sx, sy);
  const hoverXY = hover ? (hover.point.series === 'measured' ? measured : predicted!) : null;

  return (
    <div
      className="relative select-none outline-none focus-visible:ring-2 focus-visible:ring-accent"
      style={{ width, height }}
      tabIndex={0}
      role="group"
      aria-label={`${title}. Drag to ${mode === 'pan' ? 'pan' : 'select'}, Ctrl or ⌘ with the wheel (or + and −) to zoom, arrow keys to pan, 0 to reset the zoom, Escape to clear the selection.`}
      onKeyDown={onKeyDown}
      data-testid="pareto-cloud-chart"
    >
      <canvas ref={canvasRef} className="absolute inset-0" style={{ width, height }} aria-hidden="true" data-export-raster />
      <svg
        ref={svgRef}
        width={width}
        height={height}
        className="absolute inset-0"
        role="img"
        aria-label={title}
        style={{ touchAction: mode === 'pan' ? 'pan-y' : 'none', cursor: hover ? 'pointer' : mode === 'pan' ? 'grab' : 'crosshair' }}
        {...handlers}
      >
        <title>{title}</title>
        <defs>
          <clipPath id={clipId}>
            <rect x={box.left} y={box.top} width={box.width} height={box.height} />
          </clipPath>
        </defs>
        <GridRows scale={yScale} left={box.left} width={box.width} stroke="var(--chart-grid)" numTicks={6} />
        <GridColumns scale={xScale} top={box.top} height={box.height} stroke="var(--chart-grid)" numTicks={7} />
        {/* The canvas's points go here in an exported file (serializeSvg). */}
        <g data-export-raster-slot />
        <g clipPath={`url(#${clipId})`}>
          <FrontOverlay front={predictedFront} sx={sx} sy={sy} curve={curve} color={FRONT.predicted} kind="predicted" />
          <FrontOverlay front={measuredFront} sx={sx} sy={sy} curve={curve} color={FRONT.measured} kind="measured" />
          {sel && (
            <rect
              x={sel.x}
              y={sel.y}
              width={Math.max(0, sel.w)}
              height={Math.max(0, sel.h)}
              fill="var(--chart-point)"
              fillOpacity={0.08}
              stroke="var(--chart-point)"
              strokeDasharray="4 3"
              data-testid="pareto-selection"
            />
          )}
          {props.highlight && (
            <circle
              cx={sx(props.highlight.x)}
              cy={sy(props.highlight.y)}
              r={7}
              fill="none"
              stroke="#d97706"
              strokeWidth={2.5}
              data-testid="pareto-highlight"
            />
          )}
          {hover && hoverXY && (
            <circle
              cx={sx(hoverXY.xs[hover.point.index])}
              cy={sy(hoverXY.ys[hover.point.index])}
              r={6}
              fill="none"
              stroke="var(--chart-ink)"
              strokeWidth={1.5}
            />
          )}
        </g>
        <AxisBottom
          tickComponent={PlainTickLabel}
          top={box.top + box.height}
          scale={xScale}
          label={xLabel}
          numTicks={width < 500 ? 4 : 7}
          labelProps={{ fontSize: 12, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
          tickLabelProps={{ fontSize: 11, fill: 'var(--chart-text)' }}
        />
        <AxisLeft
          tickComponent={PlainTickLabel}
          left={box.left}
          scale={yScale}
          label={yLabel}
          numTicks={6}
          labelProps={{ fontSize: 12, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
          tickLabelProps={{ fontSize: 11, fill: 'var(--chart-text)' }}
        />
      </svg>
      <ZoomHint emphasised={nudged} top={MARGIN.top} right={MARGIN.right} />
      {hover && (
        <CloudTooltip px={hover.px} py={hover.py} width={width} height={height}>
          {props.renderTooltip(hover.point)}
        </CloudTooltip>
      )}
    </div>
  );
}
