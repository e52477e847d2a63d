'use client';
// The race on the Pareto plane, drawn on a canvas (thousands of points, redrawn every frame): the
// dataset's measured front as a grey staircase, the reference point's quadrant, every evaluation as a
// faint dot and each run's most recent evaluations (for regularized evolution, its living population)
// in its optimizer's colour.
import { scaleLinear } from '@visx/scale';
import { useEffect, useRef } from 'react';
import { cssColour } from '@/components/charts/cssColour';
import { useResolvedTheme } from '@/lib/theme/useTheme';

export interface ParetoRun {
  optimizer: string;
  length: number;
  accuracy: Float64Array;
  hardware: Float64Array;
}

export interface RaceParetoCanvasProps {
  runs: readonly ParetoRun[];
  colors: Record<string, string>;
  /** Measured front, hardware ascending. */
  measured: readonly { x: number; y: number }[];
  reference: { accuracy: number; hardware: number };
  xLabel: string;
  /** Changes whenever new evaluations arrived, so the canvas redraws. */
  revision: number;
  recent: number;
  width: number;
  height: number;
  title: string;
}

const M = { top: 12, right: 16, bottom: 40, left: 56 };

export function RaceParetoCanvas({
  runs,
  colors,
  measured,
  reference,
  xLabel,
  revision,
  recent,
  width,
  height,
  title,
}: RaceParetoCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  // The colours are the theme's, read at draw time: a theme change redraws.
  const theme = useResolvedTheme();
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    // Resizing reallocates the canvas's bitmap: only when the size changed, not on every redraw.
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    // The context keeps its state between redraws now that the canvas is not resized each time.
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1;
    let xMax = reference.hardware * 2;
    let yMin = reference.accuracy - 4;
    let yMax = reference.accuracy + 4;
    for (const p of measured) {
      xMax = Math.max(xMax, p.x);
      yMax = Math.max(yMax, p.y);
      yMin = Math.min(yMin, p.y);
    }
    for (const r of runs) {
      for (let i = 0; i < r.length; i++) {
        xMax = Math.max(xMax, r.hardware[i]);
        yMax = Math.max(yMax, r.accuracy[i]);
      }
    }
    const x = scaleLinear<number>({ domain: [0, xMax * 1.05], range: [M.left, width - M.right] });
    const y = scaleLinear<number>({
      domain: [Math.max(yMin, reference.accuracy - 10), yMax + 0.5],
      range: [height - M.bottom, M.top],
      clamp: true,
    });
    // Axes and ticks.
    ctx.strokeStyle = cssColour(canvas, 'var(--chart-reference)');
    ctx.fillStyle = cssColour(canvas, 'var(--chart-text)');
    ctx.font = '11px system-ui, sans-serif';
    ctx.beginPath();
    ctx.moveTo(M.left, M.top);
    ctx.lineTo(M.left, height - M.bottom);
    ctx.lineTo(width - M.right, height - M.bottom);
    ctx.stroke();
    for (const t of x.ticks(6)) ctx.fillText(String(+t.toPrecision(3)), x(t) - 10, height - M.bottom + 14);
    for (const t of y.ticks(5)) ctx.fillText(String(t), 8, y(t) + 4);
    ctx.fillText(xLabel, width / 2 - 40, height - 6);
    // The quadrant the hypervolume counts.
    ctx.fillStyle = 'rgba(250, 204, 21, 0.10)';
    const rx = x(reference.hardware);
    const ry = y(reference.accuracy);
    if (xLabel.includes('ms')) ctx.fillRect(M.left, M.top, rx - M.left, ry - M.top);
    else ctx.fillRect(rx, M.top, width - M.right - rx, ry - M.top);
    // Measured front.
    ctx.strokeStyle = cssColour(canvas, 'var(--chart-neutral)');
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    measured.forEach((p, i) => (i === 0 ? ctx.moveTo(x(p.x), y(p.y)) : ctx.lineTo(x(p.x), y(p.y))));
    ctx.stroke();
    // Every evaluation, faint; the most recent ones, strong.
    for (const r of runs) {
      ctx.fillStyle = cssColour(canvas, colors[r.optimizer]);
      ctx.globalAlpha = 0.12;
      for (let i = 0; i < r.length - recent; i++) ctx.fillRect(x(r.hardware[i]) - 1, y(r.accuracy[i]) - 1, 2, 2);
      ctx.globalAlpha = 0.9;
      for (let i = Math.max(0, r.length - recent); i < r.length; i++) {
        ctx.beginPath();
        ctx.arc(x(r.hardware[i]), y(r.accuracy[i]), 3, 0, 2 * Math.PI);
        ctx.fill();
      }
    }
    ctx.globalAlpha = 1;
  }, [runs, colors, measured, reference, xLabel, revision, recent, width, height, theme]);
  return <canvas ref={ref} role="img" aria-label={title} style={{ width, height }} data-testid="race-pareto" />;
}
