// ParetoCloudChart's hover tooltip: beside the pointer, on whichever side has room, never outside the
// chart (phones included).
import type { ReactNode } from 'react';

const TOOLTIP_WIDTH = 256;

export interface CloudTooltipProps {
  /** Pointer position in the chart, in pixels. */
  px: number;
  py: number;
  /** The chart's size. */
  width: number;
  height: number;
  children: ReactNode;
}

export function CloudTooltip({ px, py, width, height, children }: CloudTooltipProps) {
  const left = Math.max(0, px + 12 + TOOLTIP_WIDTH > width ? px - 12 - TOOLTIP_WIDTH : px + 12);
  return (
    <div
      className="pointer-events-none absolute z-10 rounded-md border border-slate-200 bg-white p-2 text-xs shadow-lg"
      style={{ left, top: Math.min(Math.max(4, py - 40), height - 160), width: TOOLTIP_WIDTH }}
      data-testid="pareto-tooltip"
    >
      {children}
    </div>
  );
}
