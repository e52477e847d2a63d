import { describe, expect, it } from 'vitest';
import { combineRounds } from './combineRounds';

describe('combineRounds', () => {
  it("divides out each round's level before taking the median over rounds", () => {
    // Three models whose true times are 1, 2 and 4 ms; round 2 ran everything 1.3× slow, round 3 0.9×.
    const truth = [1, 2, 4];
    const level = [1, 1.3, 0.9, 1];
    const out = combineRounds(truth.map((t) => level.map((l) => t * l)));
    // Levels are relative to each model's median round, so the times come out at that common scale.
    const scale = out[0].ms / truth[0];
    out.forEach((o, i) => {
      expect(o.ms / truth[i]).toBeCloseTo(scale, 12);
      expect(o.iqrMs).toBeCloseTo(0, 12);
    });
  });

  it('lets one model slowed alone in one round not move its time, and reports that as spread', () => {
    const rounds = [
      [1, 1, 1, 1, 1],
      [2, 2, 2, 2, 2],
      [3, 3, 9, 3, 3],
    ];
    const out = combineRounds(rounds);
    expect(out.map((o) => o.ms)).toEqual([1, 2, 3]);
    expect(out[2].iqrMs).toBe(0);
    const spread = combineRounds([
      [1, 1, 1, 1],
      [3, 3, 9, 9],
    ]);
    expect(spread[1].ms).toBeGreaterThan(3);
    expect(spread[1].iqrMs).toBeGreaterThan(0);
  });

  it('keeps a lone model as measured and rejects ragged or non-positive input', () => {
    expect(combineRounds([[2, 4, 3]])).toEqual([{ ms: 3, iqrMs: 1 }]);
    expect(combineRounds([])).toEqual([]);
    expect(() => combineRounds([[1, 2], [1]])).toThrow(/same number/);
    expect(() => combineRounds([[1, 0]])).toThrow(/> 0/);
    expect(() => combineRounds([[1, Number.NaN]])).toThrow(/finite/);
  });
});
