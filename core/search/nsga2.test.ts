import { describe, expect, it } from 'vitest';
import { crowdingDistance } from './crowdingDistance';
import { nonDominatedSort } from './nonDominatedSort';
import { nsga2, nsga2Defaults } from './nsga2';
import type { Objectives } from './optimizer';
import { randomSearchDefaults } from './randomSearch';
import { runSearch } from './runSearch';
import { syntheticEvaluate } from './syntheticEvaluate';

describe('nonDominatedSort', () => {
  it('splits a hand-made population into fronts (both objectives maximised)', () => {
    // A(1,5) B(2,4) C(3,3) D(2,2) E(1,1) F(4,1) G(3,3): nothing beats A, B, C, F or C's twin G;
    // B beats D (same x, higher y), and D beats E.
    const points = [
      [1, 5],
      [2, 4],
      [3, 3],
      [2, 2],
      [1, 1],
      [4, 1],
      [3, 3],
    ];
    expect(nonDominatedSort(points)).toEqual([[0, 1, 2, 5, 6], [3], [4]]);
  });

  it('handles an empty population and a chain', () => {
    expect(nonDominatedSort([])).toEqual([]);
    expect(
      nonDominatedSort([
        [1, 1],
        [3, 3],
        [2, 2],
      ]),
    ).toEqual([[1], [2], [0]]);
  });
});

describe('crowdingDistance', () => {
  it('matches the distances worked by hand', () => {
    // Front A(1,5) B(2,4) C(3,3) F(4,1); x range 3, y range 4. Ends (A, F) are Infinity.
    // B: x neighbours 1 and 3 → 2/3; y neighbours 3 and 5 → 2/4. Total 7/6.
    // C: x neighbours 2 and 4 → 2/3; y neighbours 1 and 4 → 3/4. Total 17/12.
    const d = crowdingDistance([
      [1, 5],
      [2, 4],
      [3, 3],
      [4, 1],
    ]);
    expect(d[0]).toBe(Infinity);
    expect(d[1]).toBeCloseTo(7 / 6, 12);
    expect(d[2]).toBeCloseTo(17 / 12, 12);
    expect(d[3]).toBe(Infinity);
  });

  it('gives Infinity to fronts of one or two points and skips an objective with zero range', () => {
    expect(crowdingDistance([[1, 2]])).toEqual([Infinity]);
    expect(
      crowdingDistance([
        [1, 2],
        [2, 1],
      ]),
    ).toEqual([Infinity, Infinity]);
    // x all 1: no contribution (no 0/0); y 2, 3, 5 gives the middle point (5 − 2)/3 = 1.
    expect(
      crowdingDistance([
        [1, 2],
        [1, 3],
        [1, 5],
      ]),
    ).toEqual([Infinity, 1, Infinity]);
  });
});

describe('nsga2', () => {
  const tellObjectives = (direction: 'max' | 'min') => {
    const sign = direction === 'max' ? 1 : -1;
    const o = (accuracy: number, hardware: number): Objectives => ({ accuracy, hardware: sign * hardware });
    const optimizer = nsga2(
      { ...nsga2Defaults, hardwareDirection: direction, populationSize: 3, reference: { accuracy: 0, hardware: sign * -100 } },
      1,
    );
    expect(optimizer.ask(10)).toHaveLength(3);
    optimizer.tell([o(1, 5), o(2, 4), o(2, 2)]);
    expect(optimizer.ask(10)).toHaveLength(3);
    optimizer.tell([o(3, 3), o(4, 1), o(2, 3.5)]);
    return optimizer.state().algorithm;
  };

  it('keeps whole fronts and cuts the last one by crowding distance', () => {
    // Parents (1,5) (2,4) (2,2), offspring (3,3) (4,1) (2,3.5). First front: (1,5) (2,4) (3,3) (4,1);
    // (2,4) beats (2,2) and (2,3.5). Three places: the crowding distances are those of the test above,
    // Infinity, 7/6, 17/12, Infinity, so (2,4) goes. Survivors in crowding order.
    const state = tellObjectives('max');
    expect(state.generation).toBe(2);
    expect(state.population.map((m) => [m.objectives.accuracy, m.objectives.hardware])).toEqual([
      [1, 5],
      [4, 1],
      [3, 3],
    ]);
    expect(state.population.map((m) => m.rank)).toEqual([0, 0, 0]);
    expect(state.population[2].crowding).toBeCloseTo(17 / 12, 12);
  });

  it('minimises the hardware metric when told to (latency)', () => {
    const state = tellObjectives('min');
    expect(state.population.map((m) => [m.objectives.accuracy, -m.objectives.hardware])).toEqual([
      [1, 5],
      [4, 1],
      [3, 3],
    ]);
  });

  it('beats random search on final hypervolume, averaged over 5 seeds, at the origin reference', () => {
    const mean = (id: 'rs' | 'nsga2') => {
      let total = 0;
      for (let seed = 1; seed <= 5; seed++) {
        total += runSearch(id, id === 'nsga2' ? nsga2Defaults : randomSearchDefaults, syntheticEvaluate, 400, seed).hypervolume;
      }
      return total / 5;
    };
    expect(mean('nsga2')).toBeGreaterThan(1.1 * mean('rs'));
  });
});
