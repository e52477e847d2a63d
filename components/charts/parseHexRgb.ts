// "#d97706" → [217, 119, 6]: drawCloud writes raw RGBA pixels, so it takes a theme colour as numbers.

export type Rgb = readonly [number, number, number];

/** The three channels of a #rrggbb or #rgb colour; null for anything else. */
export function parseHexRgb(hex: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d) : (m[1].match(/../g) ?? []);
  const [r, g, b] = digits.map((d) => parseInt(d, 16));
  return [r, g, b];
}
