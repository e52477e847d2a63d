import { describe, expect, it } from 'vitest';
import type { Architecture } from '../space/searchSpace';
import type { Evaluate } from './optimizer';
import { reinforce, reinforceDefaults } from './reinforce';
import { syntheticEvaluate } from './syntheticEvaluate';

function expectNormalised(probabilities: Record<string, number[]>[]): void {
  expect(probabilities).toHaveLength(7);
  probabilities.forEach((block, b) => {
    expect(block.e).toHaveLength(3);
    expect(block.k).toHaveLength(2);
    expect(block.l).toHaveLength(b === 5 ? 4 : 3);
    expect(block.se).toHaveLength(2);
    for (const row of Object.values(block)) {
      expect(row.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
      for (const p of row) expect(p).toBeGreaterThan(0);
    }
  });
}

describe('reinforce', () => {
  it('starts uniform, as sampling from ConfigSpace', () => {
    const state = reinforce(reinforceDefaults, 1).state().algorithm;
    expect(state.baseline).toBeNull();
    expect(state.probabilities[5].l).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(state.probabilities[0].e.every((p) => Math.abs(p - 1 / 3) < 1e-15)).toBe(true);
  });

  it("keeps every gene's probabilities normalised through a run", () => {
    for (const seed of [1, 2]) {
      const optimizer = reinforce({ ...reinforceDefaults, learningRate: 0.3 }, seed);
      for (let i = 0; i < 100; i++) {
        optimizer.tell(syntheticEvaluate(optimizer.ask(6)));
        expectNormalised(optimizer.state().algorithm.probabilities);
      }
      expect(optimizer.state().algorithm.updates).toBe(100);
    }
  });

  it('folds each batch into the moving-average baseline the way ANB does', () => {
    // Accuracy = number of squeeze-excite blocks, hardware at the target: reward = accuracy.
    const countSe: Evaluate = (archs) => archs.map((a) => ({ accuracy: a.filter((b) => b.se).length, hardware: 400 }));
    const optimizer = reinforce({ ...reinforceDefaults, episodes: 3, baselineWeight: 0.9 }, 7);
    const archs = optimizer.ask(3);
    const r = countSe(archs).map((o) => o.accuracy);
    optimizer.tell(countSe(archs));
    // First reward seeds it, the next two are averaged in: b = (r0·0.9 + r1·0.1)·0.9 + r2·0.1.
    expect(optimizer.state().algorithm.baseline).toBeCloseTo((r[0] * 0.9 + r[1] * 0.1) * 0.9 + r[2] * 0.1, 12);
  });

  it('learns: the policy moves towards the genes that raise the reward', () => {
    const countSe: Evaluate = (archs: readonly Architecture[]) =>
      archs.map((a) => ({ accuracy: a.filter((b) => b.se).length, hardware: 400 }));
    const optimizer = reinforce(reinforceDefaults, 3);
    for (let i = 0; i < 100; i++) optimizer.tell(countSe(optimizer.ask(6)));
    // SQUEEZE_EXCITE is [true, false]: index 0 is "on".
    for (const block of optimizer.state().algorithm.probabilities) expect(block.se[0]).toBeGreaterThan(0.8);
  });
});
