// The icon's shapes as RGBA pixels at any size (the PNGs inside app/favicon.ico), anti-aliased by
// supersampling: each pixel is 4×4 samples, each sample takes the colour of the last shape covering it.
import { ICON_GRID, type IconShape } from './iconShapes';

const SUBSAMPLES = 4;

function hexRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function distanceToSegment(px: number, py: number, [ax, ay]: readonly [number, number], [bx, by]: readonly [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function covers(s: IconShape, x: number, y: number): boolean {
  switch (s.kind) {
    case 'roundedRect': {
      if (x < s.x || y < s.y || x > s.x + s.size || y > s.y + s.size) return false;
      // Outside a corner's quarter circle only where both coordinates are within the radius of a corner.
      const cx = Math.min(Math.max(x, s.x + s.radius), s.x + s.size - s.radius);
      const cy = Math.min(Math.max(y, s.y + s.radius), s.y + s.size - s.radius);
      return Math.hypot(x - cx, y - cy) <= s.radius;
    }
    case 'polyline':
      return s.points.slice(1).some((b, i) => distanceToSegment(x, y, s.points[i], b) <= s.width / 2);
    case 'circle':
      return Math.hypot(x - s.cx, y - s.cy) <= s.r;
  }
}

/** `size`×`size` pixels, row by row, 4 bytes each (straight, not premultiplied, alpha). */
export function rasterizeIcon(shapes: readonly IconShape[], size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const colours = shapes.map((s) => hexRgb(s.kind === 'polyline' ? s.stroke : s.fill));
  const scale = ICON_GRID / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let hits = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) * scale;
          const y = (py + (sy + 0.5) / SUBSAMPLES) * scale;
          let top = -1;
          for (let i = 0; i < shapes.length; i++) if (covers(shapes[i], x, y)) top = i;
          if (top < 0) continue;
          hits++;
          r += colours[top][0];
          g += colours[top][1];
          b += colours[top][2];
        }
      }
      const o = (py * size + px) * 4;
      if (hits > 0) {
        out[o] = Math.round(r / hits);
        out[o + 1] = Math.round(g / hits);
        out[o + 2] = Math.round(b / hits);
        out[o + 3] = Math.round((255 * hits) / (SUBSAMPLES * SUBSAMPLES));
      }
    }
  }
  return out;
}
