import { describe, expect, it } from 'vitest';
import { SCATTER_MARGIN, scatterScales } from './scatterScales';

describe('scatterScales', () => {
  it('pads the extent by 4 % and maps it into the plot area inside the margins', () => {
    // xs 1,000..2,000 img/s → domain 960..2,040; ys 70..80 % → 69.6..80.4.
    const { x, y, innerW, innerH } = scatterScales([1000, 2000, 1500], [70, 80, 75], 1100, 460);
    expect(innerW).toBe(1100 - SCATTER_MARGIN.left - SCATTER_MARGIN.right);
    expect(innerH).toBe(460 - SCATTER_MARGIN.top - SCATTER_MARGIN.bottom);
    expect(x.domain()).toEqual([960, 2040]);
    expect(x(960)).toBe(0);
    expect(x(1500)).toBeCloseTo(innerW / 2, 9);
    expect(y(80.4)).toBeCloseTo(0, 9);
    expect(y(69.6)).toBeCloseTo(innerH, 9);
  });

  it('gives a single value a domain one unit either side instead of a zero-width one', () => {
    expect(scatterScales([5], [77], 400, 300).x.domain()).toEqual([4, 6]);
  });
});
