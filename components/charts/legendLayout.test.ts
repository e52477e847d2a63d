// The race charts' legend: the three default optimizers fit one row of a desktop chart and wrap on a
// phone, each row's items left to right without overlapping.
import { describe, expect, it } from 'vitest';
import { legendLayout } from './legendLayout';

const LABELS = ['Random search', 'Regularized evolution', 'REINFORCE'];

describe('legendLayout', () => {
  it('puts the default race in one row of a 500 px plot', () => {
    const { places, rows } = legendLayout(LABELS, 500);
    expect(rows).toBe(1);
    // 20 + 13 chars × 12 × 0.62 = 116.72, then a 14 px gap.
    expect(places.map((p) => p.x)).toEqual([0, 130.72, expect.closeTo(130.72 + 20 + 21 * 7.44 + 14, 9)]);
  });

  it('wraps on a 300 px plot (a phone) and keeps every row within the width', () => {
    const { places, rows } = legendLayout(LABELS, 300);
    expect(rows).toBe(2);
    expect(places.map((p) => p.row)).toEqual([0, 1, 1]);
    expect(places[1].x).toBe(0);
    const right = places[2].x + 20 + LABELS[2].length * 12 * 0.62;
    expect(right).toBeLessThanOrEqual(300);
  });

  it('gives a label wider than the plot a row of its own, and no rows for no labels', () => {
    expect(legendLayout(['Regularized evolution', 'NSGA-II'], 100)).toEqual({
      places: [
        { x: 0, row: 0 },
        { x: 0, row: 1 },
      ],
      rows: 2,
    });
    expect(legendLayout([], 500)).toEqual({ places: [], rows: 0 });
  });
});
