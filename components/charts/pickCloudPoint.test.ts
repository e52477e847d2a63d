// The hover pick on points placed by hand (pixel = data unit): the nearer series wins, but measured
// keeps a one-pixel lead, and each series only answers within its own radius (measured 7, predicted 5).
import { describe, expect, it } from 'vitest';
import type { CloudPoints } from './drawCloud';
import { pickCloudPoint } from './pickCloudPoint';

const same = (v: number) => v;
const points = (xs: number[], ys: number[]): CloudPoints => ({ xs, ys, indices: null, count: xs.length });
const measured = points([0, 10], [0, 0]);
const predicted = points([3], [0]);

describe('pickCloudPoint', () => {
  it('keeps the measured point when the predicted one is less than a pixel nearer', () => {
    // Measured (0,0) at distance 2, predicted (3,0) at distance 1: 1 + 1 is not below 2.
    expect(pickCloudPoint(measured, predicted, same, same, 2, 0)).toEqual({ series: 'measured', index: 0 });
  });

  it('takes the predicted point when it is more than a pixel nearer', () => {
    // Measured at distance 2.6, predicted at 0.4.
    expect(pickCloudPoint(measured, predicted, same, same, 2.6, 0)).toEqual({ series: 'predicted', index: 0 });
  });

  it('answers each series within its own radius only', () => {
    // (3, 6): predicted at distance 6 (> 5), measured (0,0) at √45 ≈ 6.7 (< 7).
    expect(pickCloudPoint(measured, predicted, same, same, 3, 6)).toEqual({ series: 'measured', index: 0 });
    // (20, 0): measured at 10, predicted at 17: nothing.
    expect(pickCloudPoint(measured, predicted, same, same, 20, 0)).toBeNull();
  });

  it('looks at measured points alone while there is no predicted cloud', () => {
    expect(pickCloudPoint(measured, null, same, same, 9, 1)).toEqual({ series: 'measured', index: 1 });
  });
});
