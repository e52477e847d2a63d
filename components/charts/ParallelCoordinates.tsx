'use client';
// Parallel coordinates: one vertical axis per gene or target, one line per architecture. The lines are
// on a <canvas>, drawn in slices over animation frames (drawParallelLines); axes, labels and brushes are SVG on top. Dragging along an axis
// brushes it (a 1-D range); a click on an axis without a drag clears its brush. The parent owns the
// brushes (URL state) and turns a drag's span into its filter; the chart owns only the drag in progress.
import { useLayoutEffect, useRef, useState, type PointerEvent } from 'react';
import { drawHighlightedLines, drawParallelSlice, planParallelLines, startParallelLines, type ParallelLines } from './drawParallelLines';

export interface ParallelAxisView {
  id: string;
  /** Full name (the axis's title). */
  label: string;
  short: string;
  unit: string;
  ticks: readonly { t: number; label: string }[];
  /** Brushes as [t0, t1] spans of the height (0 bottom). */
  brushes: readonly [number, number][];
}

export interface ParallelCoordinatesProps {
  /** Width of the box; the chart scrolls inside it when the axes need more. */
  width: number;
  height: number;
  axes: readonly ParallelAxisView[];
  count: number;
  units: Float32Array;
  mask: Uint8Array | null;
  bins: Uint8Array | null;
  palette: readonly string[] | null;
  highlighted: readonly number[];
  title: string;
  onBrush: (axis: number, t0: number, t1: number) => void;
  onClearBrush: (axis: number) => void;
}

const MARGIN = { top: 46, right: 30, bottom: 14, left: 34 };
/** Narrower than this and the tick labels of neighbouring axes collide. */
export const MIN_AXIS_SPACING = 52;
/**
 * Line segments drawn per animation frame. On the loaded 2-core machine a frame of ~10,000 still cost a
 * 50–150 ms compositor commit (where the canvas is rasterised); 5,000 keeps it near the 50 ms budget.
 */
const SEGMENTS_PER_FRAME = 5_000;
/** A drag shorter than this share of the height is a click. */
const CLICK = 0.01;

export function parallelWidth(width: number, axes: number): number {
  return Math.max(width, MARGIN.left + MARGIN.right + MIN_AXIS_SPACING * Math.max(1, axes - 1));
}

export function ParallelCoordinates(props: ParallelCoordinatesProps) {
  const { axes, height, count, units, mask, bins, palette, highlighted, title } = props;
  const width = parallelWidth(props.width, axes.length);
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const spacing = axes.length > 1 ? (width - MARGIN.left - MARGIN.right) / (axes.length - 1) : 0;
  const xs = axes.map((_, a) => MARGIN.left + a * spacing);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [drag, setDrag] = useState<{ axis: number; t0: number; t1: number } | null>(null);
  const xsKey = xs.join(',');

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    const lines: ParallelLines = {
      count,
      axes: axes.length,
      units,
      xs: xsKey.split(',').map(Number),
      top: MARGIN.top,
      height: plotHeight,
      mask,
      bins,
      palette,
      highlighted,
    };
    const plan = planParallelLines(lines);
    // Read by e2e: what the canvas holds, without decoding pixels; absent until the last slice is drawn.
    delete canvas.dataset.selected;
    delete canvas.dataset.perColour;
    delete canvas.dataset.highlighted;
    startParallelLines(ctx, dpr);
    // One slice per animation frame keeps every main-thread task short (drawParallelLines.ts).
    const rows = Math.max(50, Math.floor(SEGMENTS_PER_FRAME / Math.max(1, axes.length - 1)));
    let from = 0;
    let frame = 0;
    const step = () => {
      drawParallelSlice(ctx, lines, plan, from, from + rows);
      from += rows;
      if (from < count) {
        frame = requestAnimationFrame(step);
        return;
      }
      drawHighlightedLines(ctx, lines);
      canvas.dataset.selected = String(plan.drawn.selected);
      canvas.dataset.perColour = plan.drawn.perColour.join(',');
      canvas.dataset.highlighted = String(plan.drawn.highlighted);
    };
    step();
    return () => cancelAnimationFrame(frame);
  }, [width, height, plotHeight, count, axes.length, units, xsKey, mask, bins, palette, highlighted]);

  const unitAt = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return Math.max(0, Math.min(1, 1 - (e.clientY - box.top) / box.height));
  };
  // The drag's start lives in a ref as well: a quick click (or a tap on a busy phone) delivers pointerup
  // before React has re-rendered with the state pointerdown set, and it must still clear the brush.
  const dragStart = useRef<{ axis: number; t0: number } | null>(null);
  const onDown = (axis: number) => (e: PointerEvent<SVGRectElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    const t = unitAt(e);
    dragStart.current = { axis, t0: t };
    setDrag({ axis, t0: t, t1: t });
  };
  const onMove = (e: PointerEvent<SVGRectElement>) => {
    const start = dragStart.current;
    if (start) setDrag({ ...start, t1: unitAt(e) });
  };
  const onUp = (e: PointerEvent<SVGRectElement>) => {
    const start = dragStart.current;
    if (!start) return;
    dragStart.current = null;
    const t1 = unitAt(e);
    setDrag(null);
    if (Math.abs(t1 - start.t0) < CLICK) props.onClearBrush(start.axis);
    else props.onBrush(start.axis, start.t0, t1);
  };
  const yOf = (t: number) => MARGIN.top + (1 - t) * plotHeight;

  return (
    <div className="relative" style={{ width, height }} data-testid="parallel-coordinates">
      <canvas ref={canvasRef} className="absolute inset-0" style={{ width, height }} aria-hidden="true" data-testid="parallel-canvas" />
      <svg width={width} height={height} className="absolute inset-0 select-none" role="img" aria-label={title}>
        <title>{title}</title>
        {axes.map((axis, a) => (
          <g key={axis.id} transform={`translate(${xs[a]},0)`} data-axis={axis.id}>
            <title>{`${axis.label}${axis.unit ? ` (${axis.unit})` : ''}: drag along the axis to brush it, click it to clear`}</title>
            <text y={MARGIN.top - 22} textAnchor="middle" fontSize={11} fontWeight={600} fill="#0f172a">
              {axis.short}
            </text>
            {axis.unit && (
              <text y={MARGIN.top - 9} textAnchor="middle" fontSize={10} fill="#475569">
                {axis.unit}
              </text>
            )}
            <line y1={MARGIN.top} y2={MARGIN.top + plotHeight} stroke="#334155" />
            {axis.ticks.map((tick) => (
              <g key={tick.label} transform={`translate(0,${yOf(tick.t)})`}>
                <line x1={-3} x2={0} stroke="#334155" />
                <text x={-5} dy="0.32em" textAnchor="end" fontSize={9} fill="#334155" paintOrder="stroke" stroke="#fff" strokeWidth={2.5}>
                  {tick.label}
                </text>
              </g>
            ))}
            {axis.brushes.map(([t0, t1], i) => (
              <rect
                key={i}
                x={-7}
                width={14}
                y={yOf(t1)}
                height={Math.max(2, yOf(t0) - yOf(t1))}
                fill="#2563eb"
                fillOpacity={0.2}
                stroke="#1d4ed8"
                data-testid={`brush-${axis.id}`}
              />
            ))}
            {drag?.axis === a && (
              <rect
                x={-7}
                width={14}
                y={yOf(Math.max(drag.t0, drag.t1))}
                height={Math.abs(drag.t1 - drag.t0) * plotHeight}
                fill="#2563eb"
                fillOpacity={0.12}
                stroke="#1d4ed8"
                strokeDasharray="3 2"
              />
            )}
            <rect
              x={-14}
              width={28}
              y={MARGIN.top}
              height={plotHeight}
              fill="transparent"
              style={{ cursor: 'ns-resize', touchAction: 'none' }}
              onPointerDown={onDown(a)}
              onPointerMove={onMove}
              onPointerUp={onUp}
              onPointerCancel={() => {
                dragStart.current = null;
                setDrag(null);
              }}
              data-testid={`axis-${axis.id}`}
            />
          </g>
        ))}
      </svg>
    </div>
  );
}
