// Draws the point clouds of ParetoCloudChart on a <canvas>: the predicted cloud as a density raster
// (one count per small bin of device pixels, shaded on a log scale, so 200,000 points cost one pass
// and one putImageData) and the measured points as small discs on top. A bin holding a prediction the
// surrogate extrapolates (OOD level edge or far) takes that level's colour, so extrapolations stay visible
// inside the density. Pure functions of their arguments, except for an optional per-canvas CloudDrawCache:
// with it a streamed cloud's new batch bins only its own points (the earlier ones' bin counts are kept) and
// the measured discs are painted once per window and then copied as a bitmap. Without it, /pareto redrew
// all of the up to 100,000 points and 5,138 discs for each of the cloud's ~15 batches, inside React's commit.
import type { Rgb } from './parseHexRgb';

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
  /**
   * Names the growing cloud these points are a prefix of (any value kept while the cloud streams, a new
   * one when the data or the plotted columns change). Drawn again with the same source, the same window
   * and a larger count, only the points from the last drawn count on are binned (CloudDrawCache).
   */
  source?: unknown;
  /** Measured discs coloured by a gene or target: per index, an index into `palette` (beyond it: no value, grey); absent: one colour. */
  bins?: ArrayLike<number> | null;
  palette?: readonly string[] | null;
}

/** What drawCloud keeps between the frames of one canvas (createCloudDrawCache; one per canvas). */
export interface CloudDrawCache {
  density: {
    key: string;
    source: unknown;
    count: number;
    counts: Uint32Array;
    levels: Uint8Array;
    max: number;
    image: ImageData | null;
  } | null;
  measured: {
    key: string;
    colour: string;
    xs: unknown;
    ys: unknown;
    indices: unknown;
    count: number;
    bins: unknown;
    palette: unknown;
    layer: OffscreenCanvas;
  } | null;
}

export function createCloudDrawCache(): CloudDrawCache {
  return { density: null, measured: null };
}

/**
 * The drawing's geometry as a key: canvas size, ratio, plot box and where each scale puts 0 and 1 (the
 * charts' scales are affine, so two values fix them; a new scale object for the same window keeps the key).
 */
function geometryKey(ctx: CanvasRenderingContext2D, dpr: number, box: PlotBox, x: PixelScale, y: PixelScale): string {
  return [ctx.canvas.width, ctx.canvas.height, dpr, box.left, box.top, box.width, box.height, x(0), x(1), y(0), y(1)].join(',');
}

/** A coloured disc with no value on the colouring axis (slate-500). */
export const NO_VALUE_FILL = '#64748b';

/** RGB of the predicted cloud's shading (slate-600) and of the measured discs (blue-600). */
export const PREDICTED_RGB = [71, 85, 105] as const;
/** RGB of bins holding predictions at the training data's edge (amber-600) and far beyond it (rose-600). */
export const EDGE_RGB = [217, 119, 6] as const;
export const FAR_RGB = [225, 29, 72] as const;
export const MEASURED_RGB = [37, 99, 235] as const;

/** The cloud's colours: the light theme's above unless the page's theme gives others (useCloudCanvas). */
export interface CloudColours {
  predicted: Rgb;
  edge: Rgb;
  far: Rgb;
  measured: Rgb;
}
export const LIGHT_CLOUD_COLOURS: CloudColours = { predicted: PREDICTED_RGB, edge: EDGE_RGB, far: FAR_RGB, measured: MEASURED_RGB };

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
 * to `box`. `dpr` is the canvas's device pixel ratio (canvas.width = CSS width × dpr). `cache`: this
 * canvas's CloudDrawCache, so a streamed cloud's next batch and an unchanged measured layer cost little.
 */
export function drawCloud(
  ctx: CanvasRenderingContext2D,
  dpr: number,
  box: PlotBox,
  x: PixelScale,
  y: PixelScale,
  predicted: CloudPoints | null,
  measured: CloudPoints | null,
  colours: CloudColours = LIGHT_CLOUD_COLOURS,
  cache?: CloudDrawCache,
): void {
  const { canvas } = ctx;
  const levelRgb = [colours.predicted, colours.edge, colours.far] as const;
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
    const key = cache ? geometryKey(ctx, dpr, box, x, y) : '';
    const last = cache?.density;
    // A later batch of the same streamed cloud in the same window: bin only the points added since.
    const extend =
      !!last &&
      predicted.indices === null &&
      predicted.source !== undefined &&
      last.source === predicted.source &&
      last.key === key &&
      predicted.count >= last.count;
    let counts: Uint32Array;
    let levels: Uint8Array;
    let image: ImageData;
    let max = 0;
    let from = 0;
    if (extend && last.image) {
      ({ counts, levels, max } = last);
      image = last.image;
      new Uint32Array(image.data.buffer).fill(0);
      from = last.count;
    } else if (cache) {
      counts = new Uint32Array(bw * bh);
      levels = new Uint8Array(bw * bh);
      image = last?.image && last.image.width === w && last.image.height === h ? last.image : ctx.createImageData(w, h);
      new Uint32Array(image.data.buffer).fill(0);
    } else ({ counts, levels, image } = buffers(ctx, bw * bh, w, h));
    const ood = predicted.ood;
    const visit = (i: number) => {
      const px = Math.floor(x(predicted.xs[i]) * dpr) - left;
      const py = Math.floor(y(predicted.ys[i]) * dpr) - top;
      if (px < 0 || py < 0 || px >= w || py >= h) return;
      const q = Math.floor(py / bin) * bw + Math.floor(px / bin);
      const c = ++counts[q];
      if (c > max) max = c;
      if (ood && ood[i] > levels[q]) levels[q] = Math.min(2, ood[i]);
    };
    if (predicted.indices) for (let j = 0; j < predicted.indices.length; j++) visit(predicted.indices[j]);
    else for (let i = from; i < predicted.count; i++) visit(i);
    if (cache)
      cache.density =
        predicted.indices === null && predicted.source !== undefined
          ? { key, source: predicted.source, count: predicted.count, counts, levels, max, image }
          : null;
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
      const [r, g, b] = levelRgb[levels[q]];
      const rgba = little ? ((a << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | a) >>> 0;
      const bx = (q % bw) * bin;
      const by = Math.floor(q / bw) * bin;
      for (let yy = by; yy < Math.min(h, by + bin); yy++) pixels.fill(rgba, yy * w + bx, yy * w + Math.min(w, bx + bin));
    }
    ctx.putImageData(image, left, top);
  } else if (cache) cache.density = null;

  if (measured && (measured.indices ? measured.indices.length : measured.count) > 0) {
    // With a cache (and OffscreenCanvas), the discs are painted once per window and data, then copied.
    const key = cache && typeof OffscreenCanvas !== 'undefined' ? geometryKey(ctx, dpr, box, x, y) : null;
    const m = cache?.measured;
    if (
      key !== null &&
      m &&
      m.key === key &&
      m.colour === colours.measured.join() &&
      m.xs === measured.xs &&
      m.ys === measured.ys &&
      m.indices === measured.indices &&
      m.count === measured.count &&
      m.bins === measured.bins &&
      m.palette === measured.palette
    ) {
      ctx.drawImage(m.layer, 0, 0);
    } else if (key !== null && cache) {
      // The layer's bitmap is reused while the canvas keeps its size (a new one per window churned memory).
      const layer =
        m && m.layer.width === canvas.width && m.layer.height === canvas.height
          ? m.layer
          : new OffscreenCanvas(canvas.width, canvas.height);
      const lctx = layer.getContext('2d');
      if (lctx) {
        lctx.setTransform(1, 0, 0, 1, 0, 0);
        lctx.clearRect(0, 0, layer.width, layer.height);
        drawMeasured(lctx, dpr, box, x, y, measured, colours.measured);
        ctx.drawImage(layer, 0, 0);
        cache.measured = {
          key,
          colour: colours.measured.join(),
          xs: measured.xs,
          ys: measured.ys,
          indices: measured.indices,
          count: measured.count,
          bins: measured.bins,
          palette: measured.palette,
          layer,
        };
      } else drawMeasured(ctx, dpr, box, x, y, measured, colours.measured);
    } else drawMeasured(ctx, dpr, box, x, y, measured, colours.measured);
  }
}

/** The measured points as small discs, clipped to the plot box; with colour-by, each disc in its bin's colour. */
function drawMeasured(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  dpr: number,
  box: PlotBox,
  x: PixelScale,
  y: PixelScale,
  measured: CloudPoints,
  [r, g, b]: Rgb,
): void {
  ctx.save();
  ctx.scale(dpr, dpr);
  ctx.beginPath();
  ctx.rect(box.left, box.top, box.width, box.height);
  ctx.clip();
  const radius = 2.1;
  const { bins, palette } = measured;
  // One path per colour: with colour-by, each bin's discs in its colour (palette order, then no value).
  const paths = bins && palette ? palette.length + 1 : 1;
  for (let c = 0; c < paths; c++) {
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
    } else ctx.fillStyle = `rgba(${r}, ${g}, ${b}, 0.45)`;
    ctx.fill();
  }
  ctx.restore();
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
