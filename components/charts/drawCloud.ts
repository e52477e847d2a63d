// Draws the point clouds of ParetoCloudChart on a <canvas>: the predicted cloud as a density raster
// (one count per small bin of device pixels, shaded on a log scale, so 200,000 points cost one pass
// and one putImageData) and the measured points as small discs on top. A bin holding a prediction the
// surrogate extrapolates (OOD level edge or far) takes that level's colour, so extrapolations stay visible
// inside the density. Pure functions of their arguments.

/** Maps a data value to a CSS pixel. */
export type PixelScale = (value: number) => number;

export interface CloudPoints {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  /** Which indices to draw; null: 0..count-1. */
  indices: ArrayLike<number> | null;
  count: number;
  /** Per index, its OOD level (0 in, 1 edge, 2 far: OOD_LEVEL_CODES); absent: all in. */
  ood?: ArrayLike<number> | null;
  /** Measured discs coloured by a gene or target: per index, an index into `palette` (beyond it: no value, grey); absent: one colour. */
  bins?: ArrayLike<number> | null;
  palette?: readonly string[] | null;
}

/** A coloured disc with no value on the colouring axis (slate-500). */
export const NO_VALUE_FILL = '#64748b';

/** RGB of the predicted cloud's shading (slate-600) and of the measured discs (blue-600). */
export const PREDICTED_RGB = [71, 85, 105] as const;
/** RGB of bins holding predictions at the training data's edge (amber-600) and far beyond it (rose-600). */
export const EDGE_RGB = [217, 119, 6] as const;
export const FAR_RGB = [225, 29, 72] as const;
const LEVEL_RGB = [PREDICTED_RGB, EDGE_RGB, FAR_RGB] as const;
export const MEASURED_RGB = [37, 99, 235] as const;

/** Plot area in CSS pixels. */
export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Scratch buffers kept between frames (a pan redraws 60 times a second; fresh ones would churn the GC). */
const scratch: { counts: Uint32Array; levels: Uint8Array; image: ImageData | null } = {
  counts: new Uint32Array(0),
  levels: new Uint8Array(0),
  image: null,
};

function buffers(
  ctx: CanvasRenderingContext2D,
  bins: number,
  w: number,
  h: number,
): { counts: Uint32Array; levels: Uint8Array; image: ImageData } {
  if (scratch.counts.length !== bins) {
    scratch.counts = new Uint32Array(bins);
    scratch.levels = new Uint8Array(bins);
  } else {
    scratch.counts.fill(0);
    scratch.levels.fill(0);
  }
  if (!scratch.image || scratch.image.width !== w || scratch.image.height !== h) scratch.image = ctx.createImageData(w, h);
  else new Uint32Array(scratch.image.data.buffer).fill(0);
  return { counts: scratch.counts, levels: scratch.levels, image: scratch.image };
}

function forEachPoint(points: CloudPoints, visit: (i: number) => void): void {
  if (points.indices) for (let j = 0; j < points.indices.length; j++) visit(points.indices[j]);
  else for (let i = 0; i < points.count; i++) visit(i);
}

/**
 * Clears the canvas and draws `predicted` as a density raster and `measured` as discs, both clipped
 * to `box`. `dpr` is the canvas's device pixel ratio (canvas.width = CSS width × dpr).
 */
export function drawCloud(
  ctx: CanvasRenderingContext2D,
  dpr: number,
  box: PlotBox,
  x: PixelScale,
  y: PixelScale,
  predicted: CloudPoints | null,
  measured: CloudPoints | null,
): void {
  const { canvas } = ctx;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);

  if (predicted && (predicted.indices ? predicted.indices.length : predicted.count) > 0) {
    const left = Math.round(box.left * dpr);
    const top = Math.round(box.top * dpr);
    const w = Math.max(1, Math.round(box.width * dpr));
    const h = Math.max(1, Math.round(box.height * dpr));
    // Bins of about 1.5 CSS pixels: single points stay visible, dense regions read as a surface.
    const bin = Math.max(1, Math.round(1.5 * dpr));
    const bw = Math.ceil(w / bin);
    const bh = Math.ceil(h / bin);
    const { counts, levels, image } = buffers(ctx, bw * bh, w, h);
    const ood = predicted.ood;
    let max = 0;
    forEachPoint(predicted, (i) => {
      const px = Math.floor(x(predicted.xs[i]) * dpr) - left;
      const py = Math.floor(y(predicted.ys[i]) * dpr) - top;
      if (px < 0 || py < 0 || px >= w || py >= h) return;
      const q = Math.floor(py / bin) * bw + Math.floor(px / bin);
      const c = ++counts[q];
      if (c > max) max = c;
      if (ood && ood[i] > levels[q]) levels[q] = Math.min(2, ood[i]);
    });
    const pixels = new Uint32Array(image.data.buffer);
    const logMax = Math.log1p(max);
    const little = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
    for (let q = 0; q < counts.length; q++) {
      const c = counts[q];
      if (c === 0) continue;
      // One point stays visible (alpha 0.22); the densest bins reach 0.85.
      const flagged = levels[q] > 0;
      // Extrapolated bins are drawn at least half opaque, so a lone one shows against a dense surface.
      const share = logMax > 0 ? Math.log1p(c) / logMax : 1;
      const a = Math.round(255 * (flagged ? Math.max(0.55, 0.22 + 0.63 * share) : 0.22 + 0.63 * share));
      const [r, g, b] = LEVEL_RGB[levels[q]];
      const rgba = little ? ((a << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | a) >>> 0;
      const bx = (q % bw) * bin;
      const by = Math.floor(q / bw) * bin;
      for (let yy = by; yy < Math.min(h, by + bin); yy++) pixels.fill(rgba, yy * w + bx, yy * w + Math.min(w, bx + bin));
    }
    ctx.putImageData(image, left, top);
  }

  if (measured && (measured.indices ? measured.indices.length : measured.count) > 0) {
    ctx.save();
    ctx.scale(dpr, dpr);
    ctx.beginPath();
    ctx.rect(box.left, box.top, box.width, box.height);
    ctx.clip();
    const radius = 2.1;
    const { bins, palette } = measured;
    // One path per colour: with colour-by, each bin's discs in its colour (palette order, then no value).
    const colours = bins && palette ? palette.length + 1 : 1;
    for (let c = 0; c < colours; c++) {
      ctx.beginPath();
      forEachPoint(measured, (i) => {
        if (bins && palette && Math.min(bins[i], palette.length) !== c) return;
        const px = x(measured.xs[i]);
        const py = y(measured.ys[i]);
        if (px < box.left - 3 || py < box.top - 3 || px > box.left + box.width + 3 || py > box.top + box.height + 3) return;
        ctx.moveTo(px + radius, py);
        ctx.arc(px, py, radius, 0, 2 * Math.PI);
      });
      if (bins && palette) {
        ctx.globalAlpha = 0.7;
        ctx.fillStyle = palette[c] ?? NO_VALUE_FILL;
      } else {
        const [r, g, b] = MEASURED_RGB;
        ctx.fillStyle = `rgba(${r}, ${g}, ${b}, 0.45)`;
      }
      ctx.fill();
    }
    ctx.restore();
  }
}

/** The point of `points` nearest to (px, py) within `radius` CSS pixels, or -1. */
export function nearestPoint(
  points: CloudPoints,
  x: PixelScale,
  y: PixelScale,
  px: number,
  py: number,
  radius: number,
): { index: number; distance: number } {
  let best = -1;
  let bestD = radius * radius;
  forEachPoint(points, (i) => {
    const dx = x(points.xs[i]) - px;
    const dy = y(points.ys[i]) - py;
    const d = dx * dx + dy * dy;
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  });
  return { index: best, distance: Math.sqrt(bestD) };
}
