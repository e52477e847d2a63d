// The app icon described once, as shapes on a 32×32 grid: a blue tile with a measured cloud (pale dots)
// under its Pareto front (a white staircase through white dots). iconSvg draws it as app/icon.svg,
// rasterizeIcon as the PNGs inside app/favicon.ico, so the two cannot drift apart.

export const ICON_GRID = 32;

export type IconShape =
  | { kind: 'roundedRect'; x: number; y: number; size: number; radius: number; fill: string }
  | { kind: 'polyline'; points: readonly (readonly [number, number])[]; width: number; stroke: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string };

const ACCENT = '#2563eb';
const FRONT = '#ffffff';
const CLOUD = '#93c5fd';
const FRONT_POINTS = [
  [7, 8],
  [14, 13],
  [20, 19],
  [25, 25],
] as const;

/** Painted in order; a later shape covers an earlier one. */
export const ICON_SHAPES: readonly IconShape[] = [
  { kind: 'roundedRect', x: 0, y: 0, size: ICON_GRID, radius: 7, fill: ACCENT },
  ...(
    [
      [8, 17],
      [11, 24],
      [16, 23],
    ] as const
  ).map(([cx, cy]): IconShape => ({ kind: 'circle', cx, cy, r: 2, fill: CLOUD })),
  {
    kind: 'polyline',
    // Accuracy up, throughput right: each front point is the best accuracy at its throughput or more.
    points: [FRONT_POINTS[0], [14, 8], FRONT_POINTS[1], [20, 13], FRONT_POINTS[2], [25, 19], FRONT_POINTS[3]],
    width: 2,
    stroke: FRONT,
  },
  ...FRONT_POINTS.map(([cx, cy]): IconShape => ({ kind: 'circle', cx, cy, r: 2.6, fill: FRONT })),
];
