// The two icon files Next.js serves by convention, from the one description in iconShapes.ts:
// app/icon.svg (linked as the page icon) and app/favicon.ico (what browsers and crawlers ask for at
// /favicon.ico; a 404 there was Lighthouse's only best-practices failure).
import { encodeIco } from './encodeIco';
import { encodePng } from './encodePng';
import { ICON_SHAPES } from './iconShapes';
import { iconSvg } from './iconSvg';
import { rasterizeIcon } from './rasterizeIcon';

/** The sizes inside favicon.ico: tabs (16), taskbars and high-density tabs (32, 48). */
export const FAVICON_SIZES = [16, 32, 48] as const;

export function iconFiles(): { 'app/icon.svg': string; 'app/favicon.ico': Buffer } {
  return {
    'app/icon.svg': iconSvg(ICON_SHAPES),
    'app/favicon.ico': encodeIco(FAVICON_SIZES.map((size) => ({ size, png: encodePng(rasterizeIcon(ICON_SHAPES, size), size, size) }))),
  };
}
