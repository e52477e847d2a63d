'use client';
// One device metric against another, one point per measured architecture, on log axes (throughputs
// and latencies span one to two decades). Thousands of points go on a <canvas> (drawCloud's measured
// discs through useCloudCanvas, which also copies them into the SVG for export); a highlighted subset
// (a few hundred at most) is drawn in SVG on top. Hover shows the nearest point.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridColumns, GridRows } from '@visx/grid';
import { scaleLog } from '@visx/scale';
import { useMemo, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { CloudTooltip } from './CloudTooltip';
import { nearestPoint, type CloudPoints } from './drawCloud';
import { useCloudCanvas } from './useCloudCanvas';

export interface DeviceScatterProps {
  xs: number[];
  ys: number[];
  /** Indices drawn on top in the highlight colour. */
  highlight: number[];
  xLabel: string;
  yLabel: string;
  width: number;
  height: number;
  /** Accessible title, also the exported figure's heading. */
  title: string;
  /** Content of the hover tooltip for point i. */
  renderTooltip: (i: number) => ReactNode;
}

const MARGIN = { top: 12, right: 16, bottom: 46, left: 64 };
const HIGHLIGHT = 'var(--chart-highlight)';

function logDomain(values: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  // 3% of the log range as padding, so the extreme points are not cut by the frame.
  const pad = (Math.log(hi) - Math.log(lo)) * 0.03 || 0.1;
  return [Math.exp(Math.log(lo) - pad), Math.exp(Math.log(hi) + pad)];
}

export function DeviceScatter({ xs, ys, highlight, xLabel, yLabel, width, height, title, renderTooltip }: DeviceScatterProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const box = useMemo(
    () => ({ left: MARGIN.left, top: MARGIN.top, width: width - MARGIN.left - MARGIN.right, height: height - MARGIN.top - MARGIN.bottom }),
    [width, height],
  );
  const xScale = useMemo(() => scaleLog<number>({ domain: logDomain(xs), range: [0, box.width] }), [xs, box.width]);
  const yScale = useMemo(() => scaleLog<number>({ domain: logDomain(ys), range: [box.height, 0] }), [ys, box.height]);
  // Stable functions: useCloudCanvas redraws (and re-snapshots) whenever one of them changes.
  const sx = useMemo(() => (v: number) => box.left + xScale(v), [box.left, xScale]);
  const sy = useMemo(() => (v: number) => box.top + yScale(v), [box.top, yScale]);
  const points = useMemo<CloudPoints>(() => ({ xs, ys, indices: null, count: xs.length }), [xs, ys]);
  const snapshot = useCloudCanvas(canvasRef, width, height, box, sx, sy, null, points);
  const [hover, setHover] = useState<{ i: number; px: number; py: number } | null>(null);

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - r.left;
    const py = e.clientY - r.top;
    const { index } = nearestPoint(points, sx, sy, px, py, 8);
    setHover(index < 0 ? null : { i: index, px, py });
  };

  return (
    <div className="relative" style={{ width, height }} data-testid="device-scatter">
      <canvas
        ref={canvasRef}
        className="absolute inset-0"
        style={{ width, height, visibility: snapshot ? 'hidden' : 'visible' }}
        aria-hidden="true"
      />
      <svg
        width={width}
        height={height}
        className="absolute inset-0"
        role="img"
        aria-label={title}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHover(null)}
      >
        <title>{title}</title>
        <GridRows scale={yScale} left={box.left} top={box.top} width={box.width} stroke="var(--chart-grid)" numTicks={6} />
        <GridColumns
          scale={xScale}
          left={box.left}
          top={box.top}
          height={box.height}
          stroke="var(--chart-grid)"
          numTicks={width < 500 ? 4 : 7}
        />
        {snapshot && <image href={snapshot} x={0} y={0} width={width} height={height} preserveAspectRatio="none" />}
        <g fill={HIGHLIGHT} fillOpacity={0.85} stroke="var(--chart-highlight-edge)" strokeWidth={0.6}>
          {highlight.map((i) => (
            <circle key={i} cx={sx(xs[i])} cy={sy(ys[i])} r={3} />
          ))}
        </g>
        {hover && <circle cx={sx(xs[hover.i])} cy={sy(ys[hover.i])} r={6} fill="none" stroke="var(--chart-ink)" strokeWidth={1.5} />}
        <AxisBottom
          top={box.top + box.height}
          left={box.left}
          scale={xScale}
          label={xLabel}
          numTicks={width < 500 ? 4 : 7}
          tickFormat={(v) => Number(v).toLocaleString('en-US', { maximumSignificantDigits: 3 })}
          labelProps={{ fontSize: 12, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
          tickLabelProps={{ fontSize: 11, fill: 'var(--chart-text)' }}
        />
        <AxisLeft
          left={box.left}
          top={box.top}
          scale={yScale}
          label={yLabel}
          numTicks={6}
          tickFormat={(v) => Number(v).toLocaleString('en-US', { maximumSignificantDigits: 3 })}
          labelProps={{ fontSize: 12, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
          tickLabelProps={{ fontSize: 11, fill: 'var(--chart-text)' }}
        />
      </svg>
      {hover && (
        <CloudTooltip px={hover.px} py={hover.py} width={width} height={height}>
          {renderTooltip(hover.i)}
        </CloudTooltip>
      )}
    </div>
  );
}
