// The height of a ParetoScatter drawn at a measured width: its desktop height down to a phone's, in one
// step (as /pareto's chart does) so that a width changing by a few pixels never changes the height.

/** Below this width (a phone, or a narrow column) the chart is drawn at PHONE_HEIGHT. */
export const NARROW_WIDTH = 500;
const PHONE_HEIGHT = 320;

export function scatterHeight(width: number, desktopHeight: number): number {
  return width < NARROW_WIDTH ? Math.min(PHONE_HEIGHT, desktopHeight) : desktopHeight;
}
