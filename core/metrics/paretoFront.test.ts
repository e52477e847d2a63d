import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paretoFront } from './paretoFront';
import { createPrng } from '../random/prng';

type Direction = 'max' | 'min';
const DIRECTIONS: { x: Direction; y: Direction }[] = [
  { x: 'max', y: 'max' },
  { x: 'max', y: 'min' },
  { x: 'min', y: 'max' },
  { x: 'min', y: 'min' },
];

const front = (points: [number, number][], opts: { x: Direction; y: Direction }) =>
  Array.from(
    paretoFront(
      points.map((p) => p[0]),
      points.map((p) => p[1]),
      opts,
    ),
  );

/** Brute-force dominance: at least as good on both, strictly better on one. */
function dominates(a: [number, number], b: [number, number], opts: { x: Direction; y: Direction }): boolean {
  const ge = (u: number, v: number, d: Direction) => (d === 'max' ? u >= v : u <= v);
  const atLeast = ge(a[0], b[0], opts.x) && ge(a[1], b[1], opts.y);
  return atLeast && (a[0] !== b[0] || a[1] !== b[1]);
}

describe('paretoFront', () => {
  const points: [number, number][] = [
    [1, 5],
    [2, 4],
    [3, 3],
    [2, 2],
    [0, 6],
    [3, 1],
  ];

  it('finds the hand-worked fronts in all four directions, sorted by x ascending', () => {
    // max/max: (3,1) loses to (3,3), (2,2) to (2,4).
    expect(front(points, { x: 'max', y: 'max' })).toEqual([4, 0, 1, 2]);
    // min/min: (2,4) and (3,3) lose to (2,2).
    expect(front(points, { x: 'min', y: 'min' })).toEqual([4, 0, 3, 5]);
    // max/min: largest x with smallest y: (3,1) beats everything with x ≤ 3 and y ≥ 1.
    expect(front(points, { x: 'max', y: 'min' })).toEqual([5]);
    // min/max: (0,6) beats everything.
    expect(front(points, { x: 'min', y: 'max' })).toEqual([4]);
  });

  it('keeps every copy of a front point, since equal points do not dominate each other', () => {
    expect(
      front(
        [
          [1, 1],
          [0, 0],
          [1, 1],
        ],
        { x: 'max', y: 'max' },
      ),
    ).toEqual([0, 2]);
    expect(
      front(
        [
          [2, 7],
          [2, 7],
          [2, 7],
        ],
        { x: 'min', y: 'min' },
      ),
    ).toEqual([0, 1, 2]);
  });

  it('drops a point tied on one target and worse on the other', () => {
    expect(
      front(
        [
          [1, 2],
          [1, 3],
        ],
        { x: 'max', y: 'max' },
      ),
    ).toEqual([1]);
    expect(
      front(
        [
          [1, 3],
          [2, 3],
        ],
        { x: 'max', y: 'max' },
      ),
    ).toEqual([1]);
    expect(
      front(
        [
          [1, 3],
          [2, 3],
        ],
        { x: 'min', y: 'max' },
      ),
    ).toEqual([0]);
  });

  it('skips NaN coordinates (missing measurements) and handles infinities and -0', () => {
    expect(
      front(
        [
          [NaN, 10],
          [1, NaN],
          [0, 0],
        ],
        { x: 'max', y: 'max' },
      ),
    ).toEqual([2]);
    expect(front([[NaN, NaN]], { x: 'max', y: 'max' })).toEqual([]);
    expect(
      front(
        [
          [-Infinity, 5],
          [Infinity, -Infinity],
          [0, 1],
        ],
        { x: 'max', y: 'max' },
      ),
    ).toEqual([0, 2, 1]);
    expect(
      front(
        [
          [-0, 1],
          [0, 1],
          [-1e-300, 2],
        ],
        { x: 'max', y: 'max' },
      ),
    ).toEqual([2, 0, 1]);
    expect(front([], { x: 'min', y: 'min' })).toEqual([]);
  });

  it('throws when xs and ys differ in length', () => {
    expect(() => paretoFront([1, 2], [1], { x: 'max', y: 'max' })).toThrow(RangeError);
  });

  it('puts exactly the non-dominated points on the front, in x then index order', () => {
    const coord = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: -4, max: 4 }) },
      { weight: 1, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0) },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { maxLength: 60 }), fc.constantFrom(...DIRECTIONS), (pts, opts) => {
        const f = front(pts, opts);
        const onFront = new Set(f);
        const valid = pts.map((p, i) => [p, i] as const).filter(([p]) => !Number.isNaN(p[0]) && !Number.isNaN(p[1]));
        for (const [p, i] of valid) {
          const dominated = valid.some(([q]) => dominates(q, p, opts));
          expect(onFront.has(i)).toBe(!dominated);
        }
        expect(f.every((i) => !Number.isNaN(pts[i][0]) && !Number.isNaN(pts[i][1]))).toBe(true);
        for (let k = 1; k < f.length; k++) {
          const [a, b] = [pts[f[k - 1]][0], pts[f[k]][0]];
          expect(a < b || (a === b && f[k - 1] < f[k])).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same answer above and below the size where the radix sort takes over (32,768 points)', () => {
    // Coarse coordinates make many ties in x, the case where the sort's stability decides the order.
    const rng = createPrng(13);
    for (const n of [32_767, 40_000]) {
      const pts: [number, number][] = Array.from({ length: n }, () => [Math.floor(rng.next() * 60) - 20, Math.floor(rng.next() * 60)]);
      for (const opts of DIRECTIONS) {
        const f = front(pts, opts);
        const onFront = new Set(f);
        // Every dominated point is dominated by a front point, so the front alone is the reference.
        const wrong = pts.findIndex((p, i) => onFront.has(i) === f.some((j) => dominates(pts[j], p, opts)));
        expect(wrong).toBe(-1);
        for (let k = 1; k < f.length; k++) {
          const [a, b] = [pts[f[k - 1]][0], pts[f[k]][0]];
          expect(a < b || (a === b && f[k - 1] < f[k])).toBe(true);
        }
      }
    }
  });

  it('handles a million points, including a million-point front (speed is measured by npm run bench)', () => {
    const n = 1_000_000;
    const rng = createPrng(7);
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      xs[i] = rng.next() * 1000;
      ys[i] = 70 - xs[i] / 100 + rng.next();
    }
    const f = paretoFront(xs, ys, { x: 'max', y: 'max' });
    expect(f.length).toBeGreaterThan(0);
    // Anti-correlated targets: every point is on the front, the worst case for the output.
    for (let i = 0; i < n; i++) ys[i] = -xs[i];
    const all = paretoFront(xs, ys, { x: 'max', y: 'max' });
    expect(all.length).toBe(n);
    // Sorted by x ascending.
    for (let i = 1; i < n; i += 997) expect(xs[all[i]]).toBeGreaterThanOrEqual(xs[all[i - 1]]);
  });
});
