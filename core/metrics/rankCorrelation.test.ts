import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kendallTauB, meanAbsoluteError, pearson, rSquared, spearman } from './rankCorrelation';
import { createPrng } from '../random/prng';

/** O(n²) τ-b straight from the definition: (concordant − discordant) / √((P − T_a)(P − T_b)). */
function bruteTauB(a: number[], b: number[]): number {
  let s = 0;
  let tiedA = 0;
  let tiedB = 0;
  let pairs = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      pairs++;
      s += Math.sign(a[i] - a[j]) * Math.sign(b[i] - b[j]);
      if (a[i] === a[j]) tiedA++;
      if (b[i] === b[j]) tiedB++;
    }
  }
  return s / Math.sqrt((pairs - tiedA) * (pairs - tiedB));
}

/** O(n²) Spearman: rank = #smaller + (#equal + 1) / 2, then Pearson written out again. */
function bruteSpearman(a: number[], b: number[]): number {
  const rank = (v: number[]) => v.map((x) => v.filter((y) => y < x).length + (v.filter((y) => y === x).length + 1) / 2);
  const [ra, rb] = [rank(a), rank(b)];
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [mean(ra), mean(rb)];
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  ra.forEach((x, i) => {
    sab += (x - ma) * (rb[i] - mb);
    saa += (x - ma) ** 2;
    sbb += (rb[i] - mb) ** 2;
  });
  return sab / Math.sqrt(saa * sbb);
}

const expectSame = (actual: number, expected: number) =>
  Number.isNaN(expected) ? expect(actual).toBeNaN() : expect(actual).toBeCloseTo(expected, 12);

/** Equal-length pairs of small integers: lots of ties in both lists, sometimes a constant list. */
const tiedPairs = fc
  .integer({ min: 2, max: 80 })
  .chain((n) =>
    fc.tuple(
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: -2, max: 2 }), { minLength: n, maxLength: n }),
    ),
  );

describe('rank correlation', () => {
  const x = [1, 2, 3, 4, 5];
  const y = [5, 6, 7, 8, 7];

  it('matches scipy on x=[1..5], y=[5,6,7,8,7]', () => {
    expect(kendallTauB(x, y)).toBeCloseTo(0.7378647873726218, 15);
    expect(spearman(x, y)).toBeCloseTo(0.8207826816681233, 15);
  });

  it('matches the same case worked by hand', () => {
    // 10 pairs: 8 concordant, 1 discordant (4,5), 1 tied in y (3,5) → 7 / √(10·9).
    expect(kendallTauB(x, y)).toBeCloseTo(7 / Math.sqrt(90), 15);
    // Ranks of y are [1, 2, 3.5, 5, 3.5]; centred sums give 8 / √(10 · 9.5).
    expect(spearman(x, y)).toBeCloseTo(8 / Math.sqrt(95), 15);
  });

  it('gives ±1 for identical and reversed orders and NaN for a constant list', () => {
    expect(kendallTauB([3, 1, 2], [30, 10, 20])).toBe(1);
    expect(kendallTauB([3, 1, 2], [-3, -1, -2])).toBe(-1);
    expect(spearman([3, 1, 2], [-3, -1, -2])).toBeCloseTo(-1, 15);
    expect(kendallTauB([1, 2, 3], [4, 4, 4])).toBeNaN();
    expect(spearman([4, 4, 4], [1, 2, 3])).toBeNaN();
    expect(pearson([4, 4, 4], [1, 2, 3])).toBeNaN();
  });

  it('computes Pearson r by hand: x=[1,2,3], y=[2,4,7] → 5 / √(2 · 114/9)', () => {
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(15 / Math.sqrt(228), 15);
  });

  it('agrees with an O(n²) τ-b and Spearman on arrays with many ties', () => {
    fc.assert(
      fc.property(tiedPairs, ([a, b]) => {
        expectSame(kendallTauB(a, b), bruteTauB(a, b));
        expectSame(spearman(a, b), bruteSpearman(a, b));
        expectSame(kendallTauB(b, a), kendallTauB(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('handles 200,000 tied pairs (speed is measured by npm run bench)', () => {
    const rng = createPrng(3);
    const n = 200_000;
    const a = new Float64Array(n);
    const b = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      a[i] = rng.int(1000);
      b[i] = -a[i];
    }
    expect(kendallTauB(a, b)).toBeCloseTo(-1, 12);
  });
});

describe('fit metrics', () => {
  it('R² is 1 − SS_res/SS_tot, worked by hand', () => {
    // mean 2.5, SS_tot = 2.25 + 0.25 + 0.25 + 2.25 = 5, SS_res = 1.
    expect(rSquared([1, 2, 3, 4], [1, 2, 3, 5])).toBeCloseTo(0.8, 15);
    expect(rSquared([1, 2, 3, 4], [2.5, 2.5, 2.5, 2.5])).toBe(0);
    expect(rSquared([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(1 - 20 / 5, 15);
    expect(rSquared([2, 2], [2, 2])).toBeNaN();
  });

  it('mean absolute error, worked by hand', () => {
    expect(meanAbsoluteError([1, 2, 3], [2, 2, 5])).toBe(1);
  });

  it('throws on mismatched lengths, fewer than 2 pairs and NaN', () => {
    for (const f of [spearman, kendallTauB, pearson, rSquared, meanAbsoluteError]) {
      expect(() => f([1, 2, 3], [1, 2])).toThrow(RangeError);
      expect(() => f([1], [1])).toThrow(/at least 2/);
      expect(() => f([1, NaN], [1, 2])).toThrow(/NaN/);
    }
  });
});
