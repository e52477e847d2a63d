// Draws parallel coordinates' lines on a <canvas>: thousands of polylines as a few paths (the rows
// left out by the brushes in one faint grey path, the selected ones in one path per colour, the
// picked rows dark on top), so 5,138 records × 25 axes is one pass of lineTo calls rather than
// thousands of SVG paths. A missing value (NaN) breaks the line there. Pure function of its arguments.

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

export function drawParallelLines(ctx: CanvasRenderingContext2D, dpr: number, lines: ParallelLines): DrawnLines {
  const { canvas } = ctx;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.lineJoin = 'round';
  const { count, mask, bins, palette } = lines;

  ctx.lineWidth = 1;
  ctx.strokeStyle = UNSELECTED_COLOUR;
  ctx.beginPath();
  if (mask) for (let i = 0; i < count; i++) if (!mask[i]) tracePath(ctx, lines, i);
  ctx.stroke();

  const colours = palette && bins ? palette.length + 1 : 1;
  const perColour = new Array<number>(colours).fill(0);
  // Fewer lines, stronger strokes: a brushed handful should read as lines, not haze.
  const selected = mask ? mask.reduce((s, v) => s + v, 0) : count;
  ctx.globalAlpha = selected > 2000 ? 0.3 : selected > 300 ? 0.5 : 0.8;
  for (let c = 0; c < colours; c++) {
    ctx.strokeStyle = palette && bins ? (palette[c] ?? NO_VALUE_COLOUR) : SELECTED_COLOUR;
    ctx.beginPath();
    for (let i = 0; i < count; i++) {
      if (mask && !mask[i]) continue;
      const bin = bins && palette ? Math.min(bins[i], palette.length) : 0;
      if (bin !== c) continue;
      tracePath(ctx, lines, i);
      perColour[c]++;
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;

  let highlighted = 0;
  for (const row of lines.highlighted) {
    if (row < 0 || row >= count) continue;
    highlighted++;
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
  return { selected, perColour, highlighted };
}
