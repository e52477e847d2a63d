import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hypervolume } from '../metrics/hypervolume';
import { createRunningHypervolume } from './runningHypervolume';

const directions = fc.constantFrom(
  { x: 'max', y: 'max' } as const,
  { x: 'max', y: 'min' } as const,
  { x: 'min', y: 'max' } as const,
  { x: 'min', y: 'min' } as const,
);

describe('createRunningHypervolume', () => {
  it('follows a hand-worked sequence', () => {
    const running = createRunningHypervolume([0, 0], { x: 'max', y: 'max' });
    expect(running.add(1, 3)).toBe(3); // [0,1]×[0,3]
    expect(running.add(3, 1)).toBe(5); // + [1,3]×[0,1] = 2
    expect(running.add(1, 1)).toBe(5); // dominated
    expect(running.add(2, 2)).toBe(6); // + [1,2]×[1,2] = 1
    expect(running.add(3, 3)).toBe(9); // dominates all three: [0,3]×[0,3]
    expect(running.add(-1, 10)).toBe(9); // worse than the reference on x
    expect(running.value).toBe(9);
  });

  it('equals hypervolume of every prefix, bit for bit', () => {
    const coord = fc.oneof(fc.integer({ min: -3, max: 8 }), fc.double({ min: -3, max: 8, noNaN: true }), fc.constant(NaN));
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { maxLength: 40 }), directions, (points, opts) => {
        const running = createRunningHypervolume([0, 0], opts);
        points.forEach(([x, y], i) => {
          const prefix = points.slice(0, i + 1);
          expect(running.add(x, y)).toBe(
            hypervolume(
              prefix.map((p) => p[0]),
              prefix.map((p) => p[1]),
              [0, 0],
              opts,
            ),
          );
        });
      }),
      { numRuns: 300 },
    );
  });
});
