import { describe, expect, it } from 'vitest';
import { pooledRunVariance } from './pooledRunVariance';

describe('pooledRunVariance', () => {
  it('pools within-group squares over runs minus groups, skipping single runs', () => {
    // [60, 61, 62]: 2 over 2 dof; [50, 50]: 0 over 1; [70]: nothing.
    expect(pooledRunVariance([[60, 61, 62], [50, 50], [70]])).toEqual({ variance: 2 / 3, dof: 3 });
  });

  it('is half the squared difference for one pair, and 0 with no repeats', () => {
    expect(pooledRunVariance([[1000, 1010]]).variance).toBeCloseTo(50, 12);
    expect(pooledRunVariance([[1], [2]])).toEqual({ variance: 0, dof: 0 });
  });
});
