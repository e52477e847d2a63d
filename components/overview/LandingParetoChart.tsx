'use client';
// The landing chart made to answer back: hovering (or tapping) a point shows its code, top-1 and metric,
// a click opens it in the editor, and the front's points are links a keyboard reaches. ParetoScatter
// still draws it, so the server renders the same SVG, at the width of its box (a phone's included).
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { CloudTooltip } from '@/components/charts/CloudTooltip';
import { nearestPoint } from '@/components/charts/drawCloud';
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import { ParetoScatter, type ParetoScatterProps } from '@/components/charts/ParetoScatter';
import { scatterHeight } from '@/components/charts/scatterHeight';
import { SCATTER_MARGIN, scatterScales } from '@/components/charts/scatterScales';
import { describeScatterPoint, scatterPointLabel } from './describeScatterPoint';

/** How near the pointer must be to a point, in the chart's pixels; wider for a finger than for a mouse. */
const PICK_RADIUS = { mouse: 8, touch: 16 };

export interface LandingParetoChartProps extends Omit<ParetoScatterProps, 'frontLink' | 'onFrontFocus' | 'highlight' | 'width'> {
  codes: string[];
  metric: { label: string; unit: string };
  /** Width for the server render, until the box is measured. */
  initialWidth: number;
  /** Height at desktop widths (scatterHeight gives a phone's). */
  height: number;
}

interface Hover {
  index: number;
  /** Where to put the tooltip, in CSS pixels from the chart's top-left corner. */
  px: number;
  py: number;
}

export function LandingParetoChart({ initialWidth, height, ...rest }: LandingParetoChartProps) {
  return (
    <MeasuredWidth initialWidth={initialWidth}>
      {(width) => <LandingParetoPlot {...rest} width={width} height={scatterHeight(width, height)} />}
    </MeasuredWidth>
  );
}

type LandingParetoPlotProps = Omit<LandingParetoChartProps, 'initialWidth'> & { width: number };

function LandingParetoPlot({ codes, metric, ...chart }: LandingParetoPlotProps) {
  const router = useRouter();
  const [hover, setHover] = useState<Hover | null>(null);
  const { x, y } = scatterScales(chart.xs, chart.ys, chart.width, chart.height);
  const sx = (v: number) => SCATTER_MARGIN.left + x(v);
  const sy = (v: number) => SCATTER_MARGIN.top + y(v);
  const text = (i: number) => describeScatterPoint(codes[i], chart.ys[i], chart.xs[i], metric);
  const href = (i: number) => `/arch/${codes[i]}`;

  // The SVG may be drawn smaller than its width (a phone's CSS), so map the pointer into chart pixels.
  function pick(e: { currentTarget: HTMLDivElement; clientX: number; clientY: number; pointerType?: string }): Hover | null {
    const svg = e.currentTarget.querySelector('svg');
    if (!svg) return null;
    const box = svg.getBoundingClientRect();
    const k = chart.width / box.width;
    const cx = (e.clientX - box.left) * k;
    const cy = (e.clientY - box.top) * k;
    const radius = (e.pointerType === 'touch' ? PICK_RADIUS.touch : PICK_RADIUS.mouse) * k;
    const { index } = nearestPoint({ xs: chart.xs, ys: chart.ys, indices: null, count: chart.xs.length }, sx, sy, cx, cy, radius);
    return index < 0 ? null : { index, px: e.clientX - box.left, py: e.clientY - box.top };
  }

  const shown = hover ? text(hover.index) : null;
  return (
    <div
      className="relative inline-block"
      style={{ cursor: hover ? 'pointer' : undefined }}
      onPointerMove={(e) => setHover(pick(e))}
      onPointerLeave={() => setHover(null)}
      onClick={(e) => {
        // A click on a front link navigates by itself; anywhere else, the nearest point within reach opens.
        if ((e.target as Element).closest('a')) return;
        // React's click is a PointerEvent in Chromium (pointerType set); elsewhere take the mouse's radius.
        const p = pick({
          currentTarget: e.currentTarget,
          clientX: e.clientX,
          clientY: e.clientY,
          pointerType: (e.nativeEvent as { pointerType?: string }).pointerType,
        });
        if (p) router.push(href(p.index));
      }}
      data-testid="landing-chart"
    >
      <ParetoScatter
        {...chart}
        highlight={hover?.index ?? null}
        frontLink={(i) => ({ href: href(i), label: scatterPointLabel(text(i)) })}
        onFrontFocus={(i) => setHover(i === null ? null : { index: i, px: sx(chart.xs[i]), py: sy(chart.ys[i]) })}
      />
      {hover && shown && (
        <CloudTooltip px={hover.px} py={hover.py} width={chart.width} height={chart.height}>
          <p className="font-mono font-semibold">{shown.code}</p>
          <p className="tabular-nums">{shown.top1}</p>
          <p className="tabular-nums">{shown.metric}</p>
          {chart.front.includes(hover.index) && <p className="text-front">On the Pareto front</p>}
          <p className="mt-1 text-muted">Click to open it in the editor</p>
        </CloudTooltip>
      )}
    </div>
  );
}
