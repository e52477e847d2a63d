// The visible window of a 2-D chart in data units, and the pure geometry of zooming and panning it,
// so the chart's pointer and keyboard handlers and the URL agree on what a window is.

export interface ChartView {
  x: readonly [number, number];
  y: readonly [number, number];
}

/** A linear map from [d0, d1] to [r0, r1] as a plain function (faster than a d3 scale per point). */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** [min, max] of the values at `indices` (or the first `count`), widening `into`; NaN skipped. */
export function extentOf(
  values: ArrayLike<number>,
  indices: ArrayLike<number> | null,
  count: number,
  into?: [number, number],
): [number, number] {
  let lo = into ? into[0] : Infinity;
  let hi = into ? into[1] : -Infinity;
  const n = indices ? indices.length : count;
  for (let j = 0; j < n; j++) {
    const v = values[indices ? indices[j] : j];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** An extent padded by `share` of its width each side; [0, 1] when it is empty. */
export function pad([lo, hi]: readonly [number, number], share = 0.04): [number, number] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  const p = (hi - lo) * share || Math.abs(hi) * 0.05 || 1;
  return [lo - p, hi + p];
}

/** `view` zoomed by `factor` (< 1 zooms in) around the data point (cx, cy). */
export function zoomView(view: ChartView, factor: number, cx: number, cy: number): ChartView {
  const z = (d: readonly [number, number], c: number): [number, number] => [c - (c - d[0]) * factor, c + (d[1] - c) * factor];
  return { x: z(view.x, cx), y: z(view.y, cy) };
}

/** `view` moved by (dx, dy) data units. */
export function panView(view: ChartView, dx: number, dy: number): ChartView {
  return { x: [view.x[0] + dx, view.x[1] + dx], y: [view.y[0] + dy, view.y[1] + dy] };
}

/** The window from two corners in any order. */
export function viewFromCorners(ax: number, ay: number, bx: number, by: number): ChartView {
  return { x: [Math.min(ax, bx), Math.max(ax, bx)], y: [Math.min(ay, by), Math.max(ay, by)] };
}

export function viewContains(view: ChartView, x: number, y: number): boolean {
  return x >= view.x[0] && x <= view.x[1] && y >= view.y[0] && y <= view.y[1];
}

/**
 * The window a key moves to: arrows pan by a tenth, + and = zoom in, − zooms out (around the centre);
 * null for 0 (back to the full extent); undefined for keys that do nothing.
 */
export function keyboardView(key: string, view: ChartView): ChartView | null | undefined {
  const kx = (view.x[1] - view.x[0]) * 0.1;
  const ky = (view.y[1] - view.y[0]) * 0.1;
  const cx = (view.x[0] + view.x[1]) / 2;
  const cy = (view.y[0] + view.y[1]) / 2;
  switch (key) {
    case 'ArrowLeft':
      return panView(view, -kx, 0);
    case 'ArrowRight':
      return panView(view, kx, 0);
    case 'ArrowUp':
      return panView(view, 0, ky);
    case 'ArrowDown':
      return panView(view, 0, -ky);
    case '+':
    case '=':
      return zoomView(view, 0.8, cx, cy);
    case '-':
      return zoomView(view, 1.25, cx, cy);
    case '0':
      return null;
    default:
      return undefined;
  }
}
