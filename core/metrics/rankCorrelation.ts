// How well two lists of numbers agree: rank agreement (Spearman ρ, Kendall τ-b) for surrogate and
// proxy rankings as the ANB paper reports them, plus Pearson r, R² and mean absolute error for fits.

/** Pairs must be equal-length, at least 2 long and NaN-free; anything else is a caller's bug. */
function checkPair(name: string, a: ArrayLike<number>, b: ArrayLike<number>): void {
  if (a.length !== b.length) throw new RangeError(`${name}: the two lists differ in length (${a.length} vs ${b.length})`);
  if (a.length < 2) throw new RangeError(`${name}: needs at least 2 pairs, got ${a.length}`);
  for (let i = 0; i < a.length; i++) {
    // A NaN has no rank and poisons every sum; missing measurements must be dropped before calling.
    if (Number.isNaN(a[i]) || Number.isNaN(b[i])) throw new RangeError(`${name}: value ${i} is NaN; drop missing measurements first`);
  }
}

const compare = (u: number, v: number): number => (u < v ? -1 : u > v ? 1 : 0);

/** Pearson's r (two passes, centred sums for accuracy). NaN when either list is constant. */
function pearsonUnchecked(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let meanA = 0;
  let meanB = 0;
  for (let i = 0; i < n; i++) {
    meanA += a[i];
    meanB += b[i];
  }
  meanA /= n;
  meanB /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i] - meanA;
    const db = b[i] - meanB;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return sab / Math.sqrt(saa * sbb);
}

export function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  checkPair('pearson', a, b);
  return pearsonUnchecked(a, b);
}

/** 1-based ranks, tied values sharing the average of the ranks they span (scipy's `rankdata`). */
function averageRanks(v: ArrayLike<number>): Float64Array {
  const n = v.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((i, j) => compare(v[i], v[j]));
  const ranks = new Float64Array(n);
  for (let s = 0; s < n;) {
    let e = s + 1;
    while (e < n && v[order[e]] === v[order[s]]) e++;
    const rank = (s + 1 + e) / 2;
    for (let p = s; p < e; p++) ranks[order[p]] = rank;
    s = e;
  }
  return ranks;
}

/** Spearman's ρ: Pearson's r of the average ranks. NaN when either list is constant. */
export function spearman(a: ArrayLike<number>, b: ArrayLike<number>): number {
  checkPair('spearman', a, b);
  return pearsonUnchecked(averageRanks(a), averageRanks(b));
}

/** Pairs i<j with v[i] > v[j], counted while merge-sorting `v` in place (bottom-up). */
function sortCountingInversions(v: Float64Array): number {
  const n = v.length;
  let src: Float64Array = v;
  let dst: Float64Array = new Float64Array(n);
  let inversions = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        // Strictly smaller only: equal values are a tie, not a discordant pair.
        if (src[j] < src[i]) {
          inversions += mid - i;
          dst[k++] = src[j++];
        } else {
          dst[k++] = src[i++];
        }
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    [src, dst] = [dst, src];
  }
  if (src !== v) v.set(src);
  return inversions;
}

/** Sum of t(t-1)/2 over runs of equal values in a sorted list: the pairs tied within runs. */
function tiedPairs(sorted: Float64Array): number {
  let pairs = 0;
  for (let s = 0; s < sorted.length;) {
    let e = s + 1;
    while (e < sorted.length && sorted[e] === sorted[s]) e++;
    pairs += ((e - s) * (e - s - 1)) / 2;
    s = e;
  }
  return pairs;
}

/**
 * Kendall's τ-b (ties in either list allowed) in O(n log n) by Knight's algorithm, with scipy's
 * formula: (P − T_a − T_b + T_ab − 2·swaps) / √((P − T_a)(P − T_b)), P = n(n−1)/2. NaN when either
 * list is constant.
 */
export function kendallTauB(a: ArrayLike<number>, b: ArrayLike<number>): number {
  checkPair('kendallTauB', a, b);
  const n = a.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((i, j) => compare(a[i], a[j]) || compare(b[i], b[j]));

  // Pairs tied in a, and tied in both (equal a and b are adjacent after the sort by a, then b).
  let tiedA = 0;
  let tiedBoth = 0;
  for (let s = 0; s < n;) {
    let e = s + 1;
    while (e < n && a[order[e]] === a[order[s]]) e++;
    tiedA += ((e - s) * (e - s - 1)) / 2;
    for (let t = s; t < e;) {
      let u = t + 1;
      while (u < e && b[order[u]] === b[order[t]]) u++;
      tiedBoth += ((u - t) * (u - t - 1)) / 2;
      t = u;
    }
    s = e;
  }

  // With a ascending (ties broken by b), every inversion of b is a discordant pair.
  const bInOrder = new Float64Array(n);
  for (let p = 0; p < n; p++) bInOrder[p] = b[order[p]];
  const swaps = sortCountingInversions(bInOrder);
  const tiedB = tiedPairs(bInOrder);

  const pairs = (n * (n - 1)) / 2;
  const concordantMinusDiscordant = pairs - tiedA - tiedB + tiedBoth - 2 * swaps;
  return concordantMinusDiscordant / Math.sqrt((pairs - tiedA) * (pairs - tiedB));
}

/** Coefficient of determination 1 − SS_res/SS_tot of predictions. NaN when `actual` is constant. */
export function rSquared(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  checkPair('rSquared', actual, predicted);
  const n = actual.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += actual[i];
  mean /= n;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    ssRes += (actual[i] - predicted[i]) ** 2;
    ssTot += (actual[i] - mean) ** 2;
  }
  // R² has no meaning without spread; scikit-learn substitutes 0 or 1 here, which would read as a score.
  return ssTot === 0 ? NaN : 1 - ssRes / ssTot;
}

export function meanAbsoluteError(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  checkPair('meanAbsoluteError', actual, predicted);
  let sum = 0;
  for (let i = 0; i < actual.length; i++) sum += Math.abs(actual[i] - predicted[i]);
  return sum / actual.length;
}
