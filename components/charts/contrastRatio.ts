// WCAG 2 contrast ratio of two #rrggbb colours (1 to 21): text needs 4.5:1 (AA), large text and the
// marks a chart is read by 3:1 (WCAG 1.4.11).
import { parseHexRgb } from './parseHexRgb';

function luminance(hex: string): number {
  const rgb = parseHexRgb(hex);
  if (!rgb) throw new Error(`contrastRatio: "${hex}" is not a #rrggbb or #rgb colour`);
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
