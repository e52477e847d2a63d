// The selection rectangle from a brush dragged in any direction and from a selection in data units,
// on scales chosen so the pixels can be checked by hand.
import { describe, expect, it } from 'vitest';
import { selectionRect } from './selectionRect';

// x: 1 data unit = 10 px; y: flipped, data 0 at pixel 100.
const sx = (v: number) => v * 10;
const sy = (v: number) => 100 - v * 10;

describe('selectionRect', () => {
  it('spans a brush dragged up and to the left from its top-left corner', () => {
    expect(selectionRect({ ax: 50, ay: 40, bx: 10, by: 90 }, null, sx, sy)).toEqual({ x: 10, y: 40, w: 40, h: 50 });
  });

  it('maps a selection in data units to pixels, its top at the larger y', () => {
    expect(selectionRect(null, { x: [1, 3], y: [2, 5] }, sx, sy)).toEqual({ x: 10, y: 50, w: 20, h: 30 });
  });

  it('shows the brush in progress over an earlier selection, and nothing without either', () => {
    expect(selectionRect({ ax: 0, ay: 0, bx: 5, by: 5 }, { x: [1, 3], y: [2, 5] }, sx, sy)).toEqual({ x: 0, y: 0, w: 5, h: 5 });
    expect(selectionRect(null, null, sx, sy)).toBeNull();
  });
});
