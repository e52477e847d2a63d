import { describe, expect, it } from 'vitest';
import { circlesPath, countCircles } from './circlesPath';

describe('circlesPath', () => {
  const id = (v: number) => v;

  it('draws each disc as a move to its left edge and two half arcs', () => {
    expect(circlesPath([10, 20.04], [5, 7.96], id, id, 2)).toBe('M8 5a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M18 8a2 2 0 1 0 4 0a2 2 0 1 0 -4 0');
  });

  it('applies the scales and keeps only the listed indices', () => {
    const d = circlesPath(
      [1, 2, 3],
      [10, 20, 30],
      (v) => v * 100,
      (v) => 500 - v,
      1.5,
      [2, 0],
    );
    expect(d).toBe('M298.5 470a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0 -3 0M98.5 490a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0 -3 0');
    expect(countCircles(d)).toBe(2);
  });

  it('leaves out points a scale cannot place (a log scale at 0) and draws nothing for no points', () => {
    const d = circlesPath([0, 10], [1, 1], Math.log10, id, 1);
    expect(countCircles(d)).toBe(1);
    expect(d.startsWith('M0 1')).toBe(true);
    expect(circlesPath([], [], id, id, 1)).toBe('');
  });
});
