// Places a chart's legend items in rows above its plot, wrapping to the next row when the next item
// would pass the plot's width, so the chart can reserve exactly those rows and no line runs through a
// label. Label widths are estimated from the character count (SVG text is not measured on the server).

export interface LegendLayoutOptions {
  fontSize?: number;
  /** Width of the colour swatch before each label, and the space after it. */
  swatch?: number;
  /** Space between items in a row. */
  gap?: number;
}

export interface LegendLayout {
  /** Left edge and row of each item, in the order given. */
  places: { x: number; row: number }[];
  rows: number;
}

/** Average advance of a semibold sans-serif character, in em: generous, so estimates err wide. */
const CHAR_EM = 0.62;

export function legendLayout(
  labels: readonly string[],
  width: number,
  { fontSize = 12, swatch = 20, gap = 14 }: LegendLayoutOptions = {},
): LegendLayout {
  const places: { x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const label of labels) {
    const w = swatch + label.length * fontSize * CHAR_EM;
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    places.push({ x, row });
    x += w + gap;
  }
  return { places, rows: labels.length === 0 ? 0 : row + 1 };
}
