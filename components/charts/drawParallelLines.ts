// Draws parallel coordinates' lines on a <canvas>: thousands of polylines as a few paths (the rows
// left out by the brushes faint grey first, then the selected ones grouped by colour, the picked rows
// dark on top) rather than thousands of SVG paths. A missing value (NaN) breaks the line there.
// The rows are planned once (planParallelLines) and drawn in slices (drawParallelSlice), so the chart
// can spread 5,138 records × 25 axes over several animation frames: rasterising them as one path was a
// 150–360 ms main-thread task on a loaded machine, a slice of 400 rows ~30 ms. Pure functions.

export interface ParallelLines {
  count: number;
  /** Number of axes. */
  axes: number;
  /** [count × axes] each row's position along each axis, a share of its height (0 bottom, 1 top); NaN: missing. */
  units: Float32Array;
  /** CSS x of each axis. */
  xs: readonly number[];
  /** CSS y of the axes' top and their height. */
  top: number;
  height: number;
  /** 1 where a row is selected; null: all are. */
  mask: Uint8Array | null;
  /** Per row its colour bin (an index into palette; anything beyond it is drawn in NO_VALUE_COLOUR); null: one colour. */
  bins: Uint8Array | null;
  palette: readonly string[] | null;
  /** Rows drawn dark and thick on top (picked in a table). */
  highlighted: readonly number[];
}

export const SELECTED_COLOUR = '#2563eb';
export const UNSELECTED_COLOUR = 'rgba(148, 163, 184, 0.22)';
export const NO_VALUE_COLOUR = '#64748b';
export const HIGHLIGHT_COLOUR = '#0f172a';

function tracePath(ctx: CanvasRenderingContext2D, lines: ParallelLines, row: number): void {
  const { axes, units, xs, top, height } = lines;
  let pen = false;
  for (let a = 0; a < axes; a++) {
    const t = units[row * axes + a];
    if (Number.isNaN(t)) {
      pen = false;
      continue;
    }
    const y = top + (1 - t) * height;
    if (pen) ctx.lineTo(xs[a], y);
    else ctx.moveTo(xs[a], y);
    pen = true;
  }
}

/** What was drawn: selected rows, rows per colour (palette order, then no value), highlighted rows. */
export interface DrawnLines {
  selected: number;
  perColour: number[];
  highlighted: number;
}

/** The rows in drawing order and the style of each: 0 unselected (grey), 1 + c colour c (SELECTED_COLOUR without a palette). */
export interface LinePlan {
  order: Int32Array;
  styles: Uint8Array;
  /** Opacity of the selected lines. */
  alpha: number;
  drawn: DrawnLines;
}

export function planParallelLines(lines: ParallelLines): LinePlan {
  const { count, mask, bins, palette } = lines;
  const colours = palette && bins ? palette.length + 1 : 1;
  const perColour = new Array<number>(colours).fill(0);
  const binOf = (i: number) => (bins && palette ? Math.min(bins[i], palette.length) : 0);
  let unselected = 0;
  for (let i = 0; i < count; i++) {
    if (mask && !mask[i]) unselected++;
    else perColour[binOf(i)]++;
  }
  // Counting sort: the grey rows, then each colour's rows in row order.
  const next = [0, ...perColour.map((_, c) => unselected + perColour.slice(0, c).reduce((s, v) => s + v, 0))];
  const order = new Int32Array(count);
  const styles = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const style = mask && !mask[i] ? 0 : 1 + binOf(i);
    order[next[style]] = i;
    styles[next[style]++] = style;
  }
  const selected = count - unselected;
  // Fewer lines, stronger strokes: a brushed handful should read as lines, not haze.
  const alpha = selected > 2000 ? 0.3 : selected > 300 ? 0.5 : 0.8;
  return { order, styles, alpha, drawn: { selected, perColour, highlighted: lines.highlighted.filter((r) => r >= 0 && r < count).length } };
}

/** Clears the canvas and sets the device-pixel scale and line style for the slices. */
export function startParallelLines(ctx: CanvasRenderingContext2D, dpr: number): void {
  const { canvas } = ctx;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.lineJoin = 'round';
  ctx.lineWidth = 1;
}

/** Draws plan.order[from, to): each run of rows of one style as one path. */
export function drawParallelSlice(ctx: CanvasRenderingContext2D, lines: ParallelLines, plan: LinePlan, from: number, to: number): void {
  const { order, styles } = plan;
  const end = Math.min(to, order.length);
  let i = from;
  while (i < end) {
    const style = styles[i];
    ctx.globalAlpha = style === 0 ? 1 : plan.alpha;
    ctx.strokeStyle =
      style === 0 ? UNSELECTED_COLOUR : lines.palette && lines.bins ? (lines.palette[style - 1] ?? NO_VALUE_COLOUR) : SELECTED_COLOUR;
    ctx.beginPath();
    for (; i < end && styles[i] === style; i++) tracePath(ctx, lines, order[i]);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

/** The picked rows, dark and thick on a white halo, on top of everything. */
export function drawHighlightedLines(ctx: CanvasRenderingContext2D, lines: ParallelLines): void {
  for (const row of lines.highlighted) {
    if (row < 0 || row >= lines.count) continue;
    for (const [colour, width] of [
      ['#ffffff', 4.5],
      [HIGHLIGHT_COLOUR, 2.2],
    ] as const) {
      ctx.strokeStyle = colour;
      ctx.lineWidth = width;
      ctx.beginPath();
      tracePath(ctx, lines, row);
      ctx.stroke();
    }
  }
  ctx.lineWidth = 1;
}

/** Everything in one go (the chart itself draws in slices, one per animation frame). */
export function drawParallelLines(ctx: CanvasRenderingContext2D, dpr: number, lines: ParallelLines): DrawnLines {
  const plan = planParallelLines(lines);
  startParallelLines(ctx, dpr);
  drawParallelSlice(ctx, lines, plan, 0, lines.count);
  drawHighlightedLines(ctx, lines);
  return plan.drawn;
}
