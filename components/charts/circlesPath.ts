// Many small discs as the `d` of one SVG <path>: one DOM element instead of one <circle> per point, so a
// chart of the 5,138 measured architectures costs the browser (and React's hydration) next to nothing,
// and still renders on the server and exports as vector. Overlapping discs are filled once, as on the
// canvas clouds (drawCloud's measured discs), so the fill opacity is that of a single point.

/** Maps a data value to a pixel of the path's coordinate system. */
type Scale = (value: number) => number;

/** One decimal: a tenth of a pixel is below what a screen shows and keeps the path short. */
const fixed = (v: number) => String(Math.round(v * 10) / 10);

/**
 * A path of discs of radius `r` centred on (x(xs[i]), y(ys[i])) for each index in `indices` (all of
 * them when omitted). Each disc is a move to its leftmost point and two half-circle arcs; a point whose
 * coordinates are not finite is left out.
 */
export function circlesPath(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  x: Scale,
  y: Scale,
  r: number,
  indices?: ArrayLike<number>,
): string {
  const d = 2 * r;
  const arcs = `a${r} ${r} 0 1 0 ${d} 0a${r} ${r} 0 1 0 ${-d} 0`;
  const count = indices ? indices.length : xs.length;
  const parts: string[] = [];
  for (let j = 0; j < count; j++) {
    const i = indices ? indices[j] : j;
    const cx = x(xs[i]);
    const cy = y(ys[i]);
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
    parts.push(`M${fixed(cx - r)} ${fixed(cy)}${arcs}`);
  }
  return parts.join('');
}

/** How many discs a circlesPath `d` draws (one move per disc): what tests and e2e count. */
export function countCircles(d: string): number {
  let n = 0;
  for (let k = 0; k < d.length; k++) if (d.charCodeAt(k) === 77 /* M */) n++;
  return n;
}
