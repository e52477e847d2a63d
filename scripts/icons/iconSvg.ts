// The icon's shapes as an SVG document (app/icon.svg). Round caps and joins, so a stroked polyline
// covers what rasterizeIcon's capsules cover.
import { ICON_GRID, type IconShape } from './iconShapes';

function element(s: IconShape): string {
  switch (s.kind) {
    case 'roundedRect':
      return `<rect x="${s.x}" y="${s.y}" width="${s.size}" height="${s.size}" rx="${s.radius}" fill="${s.fill}"/>`;
    case 'polyline':
      return `<polyline points="${s.points.map(([x, y]) => `${x},${y}`).join(' ')}" fill="none" stroke="${s.stroke}" stroke-width="${s.width}" stroke-linecap="round" stroke-linejoin="round"/>`;
    case 'circle':
      return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.fill}"/>`;
  }
}

export function iconSvg(shapes: readonly IconShape[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${ICON_GRID} ${ICON_GRID}" width="${ICON_GRID}" height="${ICON_GRID}">`,
    '<title>ANB Explorer</title>',
    ...shapes.map(element),
    '</svg>',
    '',
  ].join('\n');
}
