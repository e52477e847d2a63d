// NSGA-II (Deb et al. 2002) over accuracy (max) and the hardware metric (max or min): the one optimizer
// that searches for the whole Pareto front rather than the best single reward.
import { createPrng } from '../random/prng';
import type { ArchitectureCode } from '../space/architectureCode';
import { sampleArchitecture } from '../space/sampleArchitecture';
import type { Architecture } from '../space/searchSpace';
import { crowdingDistance } from './crowdingDistance';
import { defaultObjectiveSettings } from './defaultObjectiveSettings';
import { GENE_SLOTS } from './geneSlots';
import { mutateSlot } from './mutateGene';
import { nonDominatedSort } from './nonDominatedSort';
import type { Evaluated, ObjectiveSettings, Objectives, Optimizer } from './optimizer';
import { stepwiseOptimizer } from './stepwiseOptimizer';
import { uniformCrossover } from './uniformCrossover';

export interface Nsga2Settings extends ObjectiveSettings {
  /** Parents per generation; each generation breeds as many offspring. */
  populationSize: number;
  /** Chance a pair of parents is recombined rather than copied (Deb et al.: 0.9). */
  crossoverProbability: number;
  /** Per-gene chance of mutation; 1/28 (one gene per child on average) is the paper's 1/n. */
  mutationProbability: number;
}

export interface Nsga2State {
  generation: number;
  population: { code: ArchitectureCode; objectives: Objectives; rank: number; crowding: number }[];
}

export const nsga2Defaults: Nsga2Settings = {
  ...defaultObjectiveSettings,
  populationSize: 20,
  crossoverProbability: 0.9,
  mutationProbability: 1 / GENE_SLOTS.length,
};

interface Member {
  result: Evaluated;
  /** 0 for the first front. */
  rank: number;
  crowding: number;
}

export function nsga2(settings: Nsga2Settings, seed: number): Optimizer<Nsga2State> {
  const populationSize = Math.max(2, Math.floor(settings.populationSize));
  const hardwareSign = settings.hardwareDirection === 'max' ? 1 : -1;
  const rng = createPrng(seed);
  let population: Member[] = [];
  let generation = 0;

  // Both objectives as gains. A NaN prediction becomes the worst finite value, so it is dominated by
  // every real point and crowding ranges stay finite.
  const gains = (o: Objectives): number[] => [o.accuracy, hardwareSign * o.hardware].map((g) => (Number.isNaN(g) ? -Number.MAX_VALUE : g));

  /** Deb's survival: whole fronts while they fit, then the least crowded of the front that does not. */
  const survive = (candidates: Evaluated[]): Member[] => {
    const fronts = nonDominatedSort(candidates.map((c) => gains(c.objectives)));
    const next: Member[] = [];
    for (let rank = 0; rank < fronts.length && next.length < populationSize; rank++) {
      const front = fronts[rank];
      const crowding = crowdingDistance(front.map((i) => gains(candidates[i].objectives)));
      const members = front.map((i, k) => ({ result: candidates[i], rank, crowding: crowding[k] }));
      if (next.length + members.length > populationSize) {
        // Stable sort: equal crowding keeps index order, so the cut is reproducible.
        members.sort((a, b) => (b.crowding === a.crowding ? 0 : b.crowding > a.crowding ? 1 : -1));
      }
      next.push(...members.slice(0, populationSize - next.length));
    }
    return next;
  };

  /** Binary tournament on the crowded-comparison operator: lower rank, then larger crowding distance. */
  const tournament = (): Architecture => {
    const a = population[rng.int(population.length)];
    const b = population[rng.int(population.length)];
    const bWins = b.rank < a.rank || (b.rank === a.rank && b.crowding > a.crowding);
    return (bWins ? b : a).result.arch;
  };

  const mutate = (arch: Architecture): Architecture => {
    let child = arch;
    for (const slot of GENE_SLOTS) if (rng.next() < settings.mutationProbability) child = mutateSlot(child, slot, rng);
    return child;
  };

  const offspring = (): Architecture[] => {
    const children: Architecture[] = [];
    while (children.length < populationSize) {
      const p1 = tournament();
      const p2 = tournament();
      const [c1, c2] = rng.next() < settings.crossoverProbability ? uniformCrossover(p1, p2, rng) : [p1, p2];
      children.push(mutate(c1), mutate(c2));
    }
    return children.slice(0, populationSize);
  };

  return stepwiseOptimizer<Nsga2State>(
    {
      propose: () => (generation === 0 ? Array.from({ length: populationSize }, () => sampleArchitecture(rng)) : offspring()),
      learn: (results) => {
        population = survive([...population.map((m) => m.result), ...results]);
        generation++;
      },
      state: () => ({
        generation,
        population: population.map((m) => ({
          code: m.result.code,
          objectives: { ...m.result.objectives },
          rank: m.rank,
          crowding: m.crowding,
        })),
      }),
    },
    settings,
  );
}
