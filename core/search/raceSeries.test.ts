import { describe, expect, it } from 'vitest';
import { raceSeries } from './raceSeries';

describe('raceSeries', () => {
  it('averages seeds per optimizer over the evaluations every seed has reached, with the min–max band', () => {
    const series = raceSeries([
      { optimizer: 'rs', length: 3, values: Float64Array.from([1, 2, 3]) },
      { optimizer: 'rs', length: 2, values: Float64Array.from([3, 4, 0]) },
      { optimizer: 're', length: 1, values: Float64Array.from([5]) },
    ]);
    expect(series).toEqual([
      { optimizer: 'rs', x: [1, 2], mean: [2, 3], min: [1, 2], max: [3, 4] },
      { optimizer: 're', x: [1], mean: [5], min: [5], max: [5] },
    ]);
  });

  it('samples long runs down to about `points` evaluations and always keeps the last', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => i);
    const [s] = raceSeries([{ optimizer: 're', length: 1000, values }], 100);
    expect(s.x.length).toBeLessThanOrEqual(101);
    expect(s.x[0]).toBe(1);
    expect(s.x[s.x.length - 1]).toBe(1000);
    expect(s.mean[s.mean.length - 1]).toBe(999);
  });
});
