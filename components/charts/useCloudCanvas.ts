'use client';
// Keeps a cloud chart's <canvas> drawn (drawCloud) in step with its props, before paint, and (unless
// `snapshot` is false) once the picture has been still for a moment copies it to a PNG data URL: the
// chart puts that image into its SVG, so ChartExport's SVG and PNG files hold the points too, not only
// axes and fronts. ParetoCloudChart passes false: its canvas is copied at export time instead
// (serializeSvg's raster slot), because a live 1,100×500 <image> became /pareto's Largest Contentful
// Paint seconds after the page had painted, and re-encoding it after every streamed batch cost main-thread time.
// The colours are the theme's (--cloud-* in app/colorThemes.css), read at each draw; a theme change redraws.
import { useLayoutEffect, useState, type RefObject } from 'react';
import { useResolvedTheme } from '@/lib/theme/useTheme';
import { countFlagged } from './countFlagged';
import {
  createCloudDrawCache,
  drawCloud,
  LIGHT_CLOUD_COLOURS,
  type CloudColours,
  type CloudPoints,
  type PixelScale,
  type PlotBox,
} from './drawCloud';
import { parseHexRgb } from './parseHexRgb';

/** The cloud colours the page's theme defines, each falling back to the light one if it cannot be read. */
function themeCloudColours(element: Element): CloudColours {
  const style = getComputedStyle(element);
  const read = (name: keyof CloudColours) => parseHexRgb(style.getPropertyValue(`--cloud-${name}`)) ?? LIGHT_CLOUD_COLOURS[name];
  return { predicted: read('predicted'), edge: read('edge'), far: read('far'), measured: read('measured') };
}

/** How long the cloud must stay unchanged before it is copied for export. */
const SNAPSHOT_DELAY_MS = 700;

/** Returns the snapshot's data URL, or null while the canvas is newer than any snapshot. */
export function useCloudCanvas(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  width: number,
  height: number,
  box: PlotBox,
  sx: PixelScale,
  sy: PixelScale,
  predicted: CloudPoints | null,
  measured: CloudPoints,
  snapshot = true,
): string | null {
  const [image, setImage] = useState<string | null>(null);
  // This canvas's bins and measured layer between draws: a streamed cloud's batch bins only its new points.
  const [cache] = useState(createCloudDrawCache);
  const theme = useResolvedTheme();
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
    }
    const t0 = performance.now();
    drawCloud(ctx, dpr, box, sx, sy, predicted, measured, themeCloudColours(canvas), cache);
    // Read by the bench (time until all N predicted points are on screen, and what one draw costs) and
    // by e2e (how many drawn points are extrapolated); attributes, not state, so recording them causes no render.
    canvas.dataset.drawnPredicted = String(predicted ? (predicted.indices?.length ?? predicted.count) : 0);
    canvas.dataset.drawMs = (performance.now() - t0).toFixed(2);
    canvas.dataset.theme = theme;
    canvas.dataset.drawnFlagged = String(predicted?.ood ? countFlagged(predicted.ood, predicted.indices ?? predicted.count) : 0);
    setImage(null);
    if (!snapshot) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      canvas.toBlob((blob) => {
        if (!blob || cancelled) return;
        const reader = new FileReader();
        reader.onload = () => {
          if (!cancelled && typeof reader.result === 'string') setImage(reader.result);
        };
        reader.readAsDataURL(blob);
      }, 'image/png');
    }, SNAPSHOT_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [canvasRef, width, height, box, sx, sy, predicted, measured, snapshot, cache, theme]);
  return image;
}
