// The contract every optimizer in the registry keeps: seeded determinism, the exact budget, valid
// architectures only, and a trajectory that does not depend on how the caller batches.
import { describe, expect, it } from 'vitest';
import { hypervolume } from '../metrics/hypervolume';
import { formatArchitectureCode, parseArchitectureCode } from '../space/architectureCode';
import { BLOCK_COUNT, EXPANSIONS, KERNELS, layerChoices, type Architecture } from '../space/searchSpace';
import { createOptimizer } from './createOptimizer';
import type { Evaluate } from './optimizer';
import { OPTIMIZER_IDS, optimizers } from './optimizers';
import { runSearch } from './runSearch';
import { syntheticEvaluate, syntheticObjectives } from './syntheticEvaluate';

/** Structural check, independent of the codec: 7 blocks of allowed values, 4 layers only in block 5. */
function isValidArchitecture(arch: Architecture): boolean {
  return (
    arch.length === BLOCK_COUNT &&
    arch.every(
      (b, i) =>
        Object.keys(b).sort().join() === 'e,k,l,se' &&
        (EXPANSIONS as readonly number[]).includes(b.e) &&
        (KERNELS as readonly number[]).includes(b.k) &&
        layerChoices(i).includes(b.l) &&
        typeof b.se === 'boolean',
    )
  );
}

const run = (id: (typeof OPTIMIZER_IDS)[number], budget: number, seed: number, batchSize?: number) =>
  runSearch(id, optimizers[id].defaultSettings as never, syntheticEvaluate, budget, seed, { batchSize });

describe.each(OPTIMIZER_IDS)('%s', (id) => {
  it('gives the identical trajectory for the same seed and a different one for another seed', () => {
    const a = run(id, 150, 11);
    const b = run(id, 150, 11);
    const c = run(id, 150, 12);
    expect(a).toEqual(b);
    expect(c.trajectory.map((p) => p.code)).not.toEqual(a.trajectory.map((p) => p.code));
  });

  it('spends exactly the budget, whatever the batch size', () => {
    for (const budget of [0, 1, 7, 57, 203]) {
      for (const batchSize of [1, 5, 256]) {
        let evaluated = 0;
        const counting: Evaluate = (archs) => {
          evaluated += archs.length;
          return syntheticEvaluate(archs);
        };
        const result = runSearch(id, optimizers[id].defaultSettings as never, counting, budget, 3, { batchSize });
        expect(evaluated).toBe(budget);
        expect(result.trajectory).toHaveLength(budget);
      }
    }
  });

  it('produces the same trajectory for any batch size', () => {
    const reference = run(id, 180, 5, 256);
    expect(run(id, 180, 5, 1)).toEqual(reference);
    expect(run(id, 180, 5, 7)).toEqual(reference);
  });

  it('proposes only valid architectures (4 layers in block 5 only)', () => {
    for (const seed of [1, 2, 3]) {
      const optimizer = createOptimizer(id, optimizers[id].defaultSettings as never, seed);
      let proposedFourLayers = false;
      for (let used = 0; used < 400;) {
        const archs = optimizer.ask(13);
        for (const arch of archs) {
          expect(isValidArchitecture(arch)).toBe(true);
          expect(parseArchitectureCode(formatArchitectureCode(arch)).ok).toBe(true);
          if (arch[5].l === 4) proposedFourLayers = true;
        }
        optimizer.tell(syntheticEvaluate(archs));
        used += archs.length;
      }
      // Block 5's extra choice is reachable, not silently dropped.
      expect(proposedFourLayers).toBe(true);
    }
  });

  it('records reward, best-so-far and the running hypervolume of every evaluation', () => {
    const settings = optimizers[id].defaultSettings;
    const { trajectory } = run(id, 120, 9);
    let best = -Infinity;
    trajectory.forEach((p, i) => {
      expect(p.evaluation).toBe(i + 1);
      const arch = parseArchitectureCode(p.code);
      if (!arch.ok) throw new Error(p.code);
      expect(p.objectives).toEqual(syntheticObjectives(arch.value));
      expect(p.reward).toBeCloseTo(p.objectives.accuracy * (p.objectives.hardware / settings.reward.target) ** settings.reward.w, 10);
      best = Math.max(best, p.reward);
      expect(p.bestReward).toBe(best);
      if (i > 0) expect(p.hypervolume).toBeGreaterThanOrEqual(trajectory[i - 1].hypervolume);
    });
    for (const n of [1, 17, 60, 120]) {
      const prefix = trajectory.slice(0, n);
      const expected = hypervolume(
        prefix.map((p) => p.objectives.accuracy),
        prefix.map((p) => p.objectives.hardware),
        [settings.reference.accuracy, settings.reference.hardware],
        { x: 'max', y: settings.hardwareDirection },
      );
      expect(prefix[n - 1].hypervolume).toBe(expected);
    }
  });

  it('refuses a second ask before tell and a tell of the wrong length', () => {
    const optimizer = createOptimizer(id, optimizers[id].defaultSettings as never, 1);
    const archs = optimizer.ask(4);
    expect(() => optimizer.ask(4)).toThrow(/never told/);
    expect(() => optimizer.tell(syntheticEvaluate(archs).slice(1))).toThrow(/expected objectives for/);
  });

  it('reports its state: evaluations, best and hypervolume so far', () => {
    const optimizer = createOptimizer(id, optimizers[id].defaultSettings as never, 4);
    expect(optimizer.state()).toMatchObject({ evaluations: 0, best: null, hypervolume: 0 });
    const archs = optimizer.ask(30);
    optimizer.tell(syntheticEvaluate(archs));
    const state = optimizer.state();
    const trajectory = optimizer.trajectory();
    expect(state.evaluations).toBe(archs.length);
    expect(state.best?.reward).toBe(trajectory[trajectory.length - 1].bestReward);
    expect(state.hypervolume).toBe(trajectory[trajectory.length - 1].hypervolume);
  });
});

describe('optimizer registry', () => {
  it('lists the five optimizers with labels and defaults', () => {
    expect(OPTIMIZER_IDS).toEqual(['rs', 're', 'reinforce', 'ls', 'nsga2']);
    for (const id of OPTIMIZER_IDS) {
      expect(optimizers[id].label.length).toBeGreaterThan(2);
      expect(optimizers[id].defaultSettings.reward).toEqual({ target: 400, w: 0.07 });
    }
    expect(optimizers.nsga2.objective).toBe('pareto');
    expect(optimizers.re.objective).toBe('reward');
  });
});
