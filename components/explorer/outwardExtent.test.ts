// outwardExtent with the A100 throughput range of the dataset (about 470 to 5,290 img/s) and clouds around it.
import { describe, expect, it } from 'vitest';
import { outwardExtent } from './outwardExtent';

describe('outwardExtent', () => {
  const measured: [number, number] = [470, 5290];
  const step = (5290 - 470) / 10;

  it('keeps the measured extent when the cloud lies inside it', () => {
    expect(outwardExtent(measured, [600, 5000])).toEqual(measured);
  });

  it('grows by whole tenths of the measured span, so nearby extremes give the same window', () => {
    expect(outwardExtent(measured, [470, 5300])).toEqual([470, 5290 + step]);
    expect(outwardExtent(measured, [470, 5290 + step])).toEqual([470, 5290 + step]);
    expect(outwardExtent(measured, [470, 5290 + step + 1])).toEqual([470, 5290 + 2 * step]);
    expect(outwardExtent(measured, [400, 5290])).toEqual([0, 5290]);
  });

  it('stays at or above 0 for non-negative data and follows negative data down', () => {
    expect(outwardExtent([10, 110], [5, 100])).toEqual([0, 110]);
    expect(outwardExtent([-10, 90], [-15, 90])).toEqual([-20, 90]);
  });
});
