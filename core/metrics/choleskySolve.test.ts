// The normal-equation solver on systems worked by hand, its refusal of a singular one, and the ridge
// and clamped-pivot options the surrogates' layer-cost model uses.
import { describe, expect, it } from 'vitest';
import { choleskySolve } from './choleskySolve';

const rounded = (x: Float64Array) => Array.from(x).map((v) => Number(v.toFixed(12)));

describe('choleskySolve', () => {
  it('solves a 3×3 positive-definite system', () => {
    // A = [[4,2,0],[2,5,1],[0,1,3]], x = (1, −1, 2) → b = A·x = (2, −1, 5).
    const a = Float64Array.from([4, 2, 0, 2, 5, 1, 0, 1, 3]);
    const x = choleskySolve(a, Float64Array.from([2, -1, 5]), 3)!;
    expect(rounded(x)).toEqual([1, -1, 2]);
  });

  it('returns null for a singular matrix (two identical columns)', () => {
    const a = Float64Array.from([1, 1, 1, 1]);
    expect(choleskySolve(a, Float64Array.from([1, 1]), 2)).toBeNull();
  });

  it('adds the ridge to the diagonal from ridgeFrom on, leaving A unchanged', () => {
    // (A + diag(0, 1, 1))·x = b with A = [[4,2,0],[2,4,1],[0,1,2]]: the 3×3 system above.
    const a = Float64Array.from([4, 2, 0, 2, 4, 1, 0, 1, 2]);
    const x = choleskySolve(a, Float64Array.from([2, -1, 5]), 3, { ridge: 1, ridgeFrom: 1 })!;
    expect(rounded(x)).toEqual([1, -1, 2]);
    expect(Array.from(a)).toEqual([4, 2, 0, 2, 4, 1, 0, 1, 2]);
  });

  it("with smallPivot 'clamp' solves a singular system instead of refusing it", () => {
    const a = Float64Array.from([1, 1, 1, 1]);
    const x = choleskySolve(a, Float64Array.from([1, 1]), 2, { smallPivot: 'clamp' });
    expect(x).toBeInstanceOf(Float64Array);
    expect(x.length).toBe(2);
  });

  it('gives the same answer in both pivot modes for a well-conditioned ridge system', () => {
    const a = Float64Array.from([4, 2, 0, 2, 5, 1, 0, 1, 3]);
    const b = Float64Array.from([2, -1, 5]);
    const reject = choleskySolve(a, b, 3, { ridge: 1e-3, ridgeFrom: 1 })!;
    const clamp = choleskySolve(a, b, 3, { ridge: 1e-3, ridgeFrom: 1, smallPivot: 'clamp' });
    expect(Array.from(clamp)).toEqual(Array.from(reject));
  });
});
