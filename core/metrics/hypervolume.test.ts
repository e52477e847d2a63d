import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hypervolume } from './hypervolume';

type Direction = 'max' | 'min';
type Point = [number, number];
const DIRECTIONS: { x: Direction; y: Direction }[] = [
  { x: 'max', y: 'max' },
  { x: 'max', y: 'min' },
  { x: 'min', y: 'max' },
  { x: 'min', y: 'min' },
];

const hv = (points: Point[], reference: Point, opts: { x: Direction; y: Direction }) =>
  hypervolume(
    points.map((p) => p[0]),
    points.map((p) => p[1]),
    reference,
    opts,
  );

/** Gains over the reference: positive when better, in both coordinates. */
const gain = (p: Point, r: Point, o: { x: Direction; y: Direction }): Point => [
  (o.x === 'max' ? 1 : -1) * (p[0] - r[0]),
  (o.y === 'max' ? 1 : -1) * (p[1] - r[1]),
];

/** Inclusion–exclusion over the boxes [0, gx] × [0, gy]: the intersection of a subset is [0, min gx] × [0, min gy]. */
function inclusionExclusion(points: Point[], r: Point, o: { x: Direction; y: Direction }): number {
  const boxes = points.map((p) => gain(p, r, o)).filter(([u, v]) => u > 0 && v > 0);
  let total = 0;
  for (let mask = 1; mask < 1 << boxes.length; mask++) {
    let u = Infinity;
    let v = Infinity;
    let size = 0;
    boxes.forEach((b, i) => {
      if (mask & (1 << i)) {
        u = Math.min(u, b[0]);
        v = Math.min(v, b[1]);
        size++;
      }
    });
    total += (size % 2 === 1 ? 1 : -1) * u * v;
  }
  return total;
}

/** Unit cells of the integer grid covered by at least one box: exact for integer coordinates. */
function gridCount(points: Point[], r: Point, o: { x: Direction; y: Direction }): number {
  const boxes = points.map((p) => gain(p, r, o)).filter(([u, v]) => u > 0 && v > 0);
  let cells = 0;
  for (let i = 0; i < 20; i++) for (let j = 0; j < 20; j++) if (boxes.some(([u, v]) => i + 1 <= u && j + 1 <= v)) cells++;
  return cells;
}

describe('hypervolume', () => {
  it('sums the staircase of a max/max front worked by hand', () => {
    // (1,3), (2,2), (3,1) against (0,0): strips of width 1 at heights 3, 2, 1 → 1·3 + 1·2 + 1·1 = 6.
    expect(
      hv(
        [
          [1, 3],
          [2, 2],
          [3, 1],
        ],
        [0, 0],
        { x: 'max', y: 'max' },
      ),
    ).toBe(6);
    // Adding (1.5, 1.5), dominated by (2,2), changes nothing; adding (2.5, 2.5) covers
    // [0,2.5]×[0,2.5] = 6.25, so the area is 6.25 + [0,1]×[2.5,3] (0.5) + [2.5,3]×[0,1] (0.5) = 7.25.
    expect(
      hv(
        [
          [1, 3],
          [2, 2],
          [3, 1],
          [1.5, 1.5],
        ],
        [0, 0],
        { x: 'max', y: 'max' },
      ),
    ).toBe(6);
    expect(
      hv(
        [
          [1, 3],
          [2, 2],
          [3, 1],
          [2.5, 2.5],
        ],
        [0, 0],
        { x: 'max', y: 'max' },
      ),
    ).toBe(7.25);
  });

  it('handles accuracy (max) against latency (min)', () => {
    // Reference: 60 % at 10 ms. Points (accuracy, latency): (70,5), (75,8), (65,2), and (72,9), which
    // (75,8) dominates. Gains (accuracy − 60, 10 − latency): (10,5), (15,2), (5,8).
    // Sorted by accuracy gain: 5·8 + (10−5)·5 + (15−10)·2 = 40 + 25 + 10 = 75.
    expect(
      hv(
        [
          [70, 5],
          [75, 8],
          [65, 2],
          [72, 9],
        ],
        [60, 10],
        { x: 'max', y: 'min' },
      ),
    ).toBe(75);
  });

  it('handles accuracy (max) against throughput (max) at dataset scale', () => {
    // Reference: 0 % at 0 img/s. (76.2, 300), (74.0, 900), (70.5, 1500):
    // 70.5·1500 + (74.0−70.5)·900 + (76.2−74.0)·300 = 105750 + 3150 + 660 = 109560.
    expect(
      hv(
        [
          [76.2, 300],
          [74.0, 900],
          [70.5, 1500],
        ],
        [0, 0],
        { x: 'max', y: 'max' },
      ),
    ).toBeCloseTo(109560, 6);
  });

  it('handles min/min', () => {
    // Reference (10,10); points (2,6), (4,3), (7,1) → gains (8,4), (6,7), (3,9).
    // Ascending gain-x: 3·9 + (6−3)·7 + (8−6)·4 = 27 + 21 + 8 = 56.
    expect(
      hv(
        [
          [2, 6],
          [4, 3],
          [7, 1],
        ],
        [10, 10],
        { x: 'min', y: 'min' },
      ),
    ).toBe(56);
  });

  it('gives nothing for points that do not strictly dominate the reference', () => {
    const r: Point = [0, 0];
    const o = { x: 'max', y: 'max' } as const;
    expect(hv([], r, o)).toBe(0);
    expect(
      hv(
        [
          [0, 5],
          [5, 0],
          [-1, 3],
          [3, -1],
        ],
        r,
        o,
      ),
    ).toBe(0);
    // Only (2,2) counts: 4.
    expect(
      hv(
        [
          [0, 5],
          [2, 2],
          [-1, 9],
        ],
        r,
        o,
      ),
    ).toBe(4);
    // Worse than a latency reference: slower than 10 ms.
    expect(hv([[70, 12]], [60, 10], { x: 'max', y: 'min' })).toBe(0);
  });

  it('skips points with a NaN coordinate and counts duplicates once', () => {
    expect(
      hv(
        [
          [NaN, 5],
          [2, NaN],
          [1, 1],
        ],
        [0, 0],
        { x: 'max', y: 'max' },
      ),
    ).toBe(1);
    expect(
      hv(
        [
          [2, 3],
          [2, 3],
          [2, 3],
        ],
        [0, 0],
        { x: 'max', y: 'max' },
      ),
    ).toBe(6);
  });

  it('throws when xs and ys differ in length', () => {
    expect(() => hypervolume([1, 2], [1], [0, 0], { x: 'max', y: 'max' })).toThrow(RangeError);
  });

  const coord = fc.integer({ min: -3, max: 12 });
  const points = fc.array(fc.tuple(coord, coord), { maxLength: 25 });
  const reference = fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }));
  const directions = fc.constantFrom(...DIRECTIONS);

  it('never changes when a dominated point is added', () => {
    fc.assert(
      fc.property(points, reference, directions, fc.nat(), fc.nat({ max: 3 }), fc.nat({ max: 3 }), (pts, r, o, pick, dx, dy) => {
        fc.pre(pts.length > 0);
        // Move a point away from better on both coordinates: it is then dominated by (or equal to) the original.
        const p = pts[pick % pts.length];
        const worse: Point = [p[0] - (o.x === 'max' ? dx : -dx), p[1] - (o.y === 'max' ? dy : -dy)];
        expect(hv([...pts, worse], r, o)).toBe(hv(pts, r, o));
      }),
    );
  });

  it('never decreases when a point is added', () => {
    fc.assert(
      fc.property(points, fc.tuple(coord, coord), reference, directions, (pts, p, r, o) => {
        expect(hv([...pts, p], r, o)).toBeGreaterThanOrEqual(hv(pts, r, o));
      }),
    );
  });

  it('is invariant to the order of the points', () => {
    fc.assert(
      fc.property(points, reference, directions, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (pts, r, o, keys) => {
        const shuffled = pts
          .map((p) => [keys.next().value as number, p] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, p]) => p);
        expect(hv(shuffled, r, o)).toBe(hv(pts, r, o));
      }),
    );
  });

  it('equals a grid count on integer points and inclusion–exclusion on real ones', () => {
    fc.assert(
      fc.property(points, reference, directions, (pts, r, o) => {
        expect(hv(pts, r, o)).toBe(gridCount(pts, r, o));
      }),
    );
    const real = fc.double({ min: -2, max: 10, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(real, real), { maxLength: 9 }), directions, (pts, o) => {
        const expected = inclusionExclusion(pts, [0, 0], o);
        expect(hv(pts, [0, 0], o)).toBeCloseTo(expected, 8);
      }),
    );
  });
});
