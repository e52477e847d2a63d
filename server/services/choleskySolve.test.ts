// The normal-equation solver on systems worked by hand, and its refusal of a singular one.
import { describe, expect, it } from 'vitest';
import { choleskySolve } from './choleskySolve';

describe('choleskySolve', () => {
  it('solves a 3×3 positive-definite system', () => {
    // A = [[4,2,0],[2,5,1],[0,1,3]], x = (1, −1, 2) → b = A·x = (2, −1, 5).
    const a = Float64Array.from([4, 2, 0, 2, 5, 1, 0, 1, 3]);
    const x = choleskySolve(a, Float64Array.from([2, -1, 5]), 3)!;
    expect(Array.from(x).map((v) => Number(v.toFixed(12)))).toEqual([1, -1, 2]);
  });

  it('returns null for a singular matrix (two identical columns)', () => {
    const a = Float64Array.from([1, 1, 1, 1]);
    expect(choleskySolve(a, Float64Array.from([1, 1]), 2)).toBeNull();
  });
});
