// Regularized (aging) evolution, Real et al. 2019 as ANB runs it: tournament selection of a parent,
// one-gene mutation, and the oldest individual dies each cycle, whatever its fitness.
import { createPrng } from '../random/prng';
import type { ArchitectureCode } from '../space/architectureCode';
import { sampleArchitecture } from '../space/sampleArchitecture';
import { defaultObjectiveSettings } from './defaultObjectiveSettings';
import { mutateGene } from './mutateGene';
import type { Evaluated, ObjectiveSettings, Optimizer } from './optimizer';
import { stepwiseOptimizer } from './stepwiseOptimizer';

export interface RegularizedEvolutionSettings extends ObjectiveSettings {
  /** Individuals alive at once (ANB's `--pop_size`, default 20). */
  populationSize: number;
  /** Tournament size: individuals drawn, with replacement, to pick each parent (ANB's `--sample_size`, 10). */
  sampleSize: number;
  /**
   * Children bred from the same population before any of them is evaluated, as in Real et al.'s
   * asynchronous workers. 1 is ANB's sequential loop: each child joins (and the oldest dies) before the
   * next parent is chosen.
   */
  childrenPerCycle: number;
}

export interface RegularizedEvolutionState {
  phase: 'initialising' | 'evolving';
  /** The living population, oldest first. */
  population: { code: ArchitectureCode; reward: number }[];
}

export const regularizedEvolutionDefaults: RegularizedEvolutionSettings = {
  ...defaultObjectiveSettings,
  populationSize: 20,
  sampleSize: 10,
  childrenPerCycle: 1,
};

export function regularizedEvolution(settings: RegularizedEvolutionSettings, seed: number): Optimizer<RegularizedEvolutionState> {
  const populationSize = Math.max(1, Math.floor(settings.populationSize));
  const sampleSize = Math.max(1, Math.floor(settings.sampleSize));
  const childrenPerCycle = Math.max(1, Math.floor(settings.childrenPerCycle));
  const rng = createPrng(seed);
  // Oldest first: the queue the aging step pops from.
  const population: Evaluated[] = [];
  let initialised = false;

  const tournament = (): Evaluated => {
    // ANB draws with `random.choice` in a loop, so one individual can fill several places; the first
    // drawn wins ties, like Python's `max`.
    let parent = population[rng.int(population.length)];
    for (let s = 1; s < sampleSize; s++) {
      const candidate = population[rng.int(population.length)];
      if (candidate.reward > parent.reward) parent = candidate;
    }
    return parent;
  };

  return stepwiseOptimizer<RegularizedEvolutionState>(
    {
      propose: () => {
        if (!initialised) return Array.from({ length: populationSize }, () => sampleArchitecture(rng));
        return Array.from({ length: childrenPerCycle }, () => mutateGene(tournament().arch, rng));
      },
      learn: (results) => {
        for (const child of results) {
          population.push(child);
          // Aging: the population only reaches full size at the end of initialisation; from then on every
          // newcomer retires the oldest.
          if (initialised) population.shift();
        }
        initialised = true;
      },
      state: () => ({
        phase: initialised ? 'evolving' : 'initialising',
        population: population.map((p) => ({ code: p.code, reward: p.reward })),
      }),
    },
    settings,
  );
}
