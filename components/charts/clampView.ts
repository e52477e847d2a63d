// Keeps a chart window inside its bounds (viewBounds): zooming out stops at the bounds, a pan stops at
// their edge (the window slides back in, keeping its size), and zooming in stops at a thousandth of
// the bounds, below which float noise and empty space are all there is to see.
import type { ChartView } from './chartView';

/** The narrowest window, as a share of the bounds' width. */
export const MIN_VIEW_SHARE = 1e-3;

function clampAxis(v: readonly [number, number], b: readonly [number, number]): [number, number] {
  const full = b[1] - b[0];
  if (!(full > 0)) return [v[0], v[1]];
  if (!Number.isFinite(v[0]) || !Number.isFinite(v[1]) || !(v[1] > v[0]) || v[1] - v[0] >= full) return [b[0], b[1]];
  let [lo, hi] = v;
  const min = full * MIN_VIEW_SHARE;
  if (hi - lo < min) {
    const c = (lo + hi) / 2;
    [lo, hi] = [c - min / 2, c + min / 2];
  }
  if (lo < b[0]) [lo, hi] = [b[0], hi + (b[0] - lo)];
  if (hi > b[1]) [lo, hi] = [lo - (hi - b[1]), b[1]];
  return [lo, hi];
}

/** `view` moved and shrunk until it lies inside `bounds`; an axis with empty bounds is left as it is. */
export function clampView(view: ChartView, bounds: ChartView): ChartView {
  return { x: clampAxis(view.x, bounds.x), y: clampAxis(view.y, bounds.y) };
}
