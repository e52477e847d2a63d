// Local search: best-improvement hill climbing over one-gene neighbourhoods, restarting from a random
// architecture at each local optimum (White, Nolen & Savani, "Local search is state of the art for NAS
// benchmarks", 2020).
import { createPrng } from '../random/prng';
import type { ArchitectureCode } from '../space/architectureCode';
import { formatArchitectureCode } from '../space/architectureCode';
import { sampleArchitecture } from '../space/sampleArchitecture';
import type { Architecture } from '../space/searchSpace';
import { defaultObjectiveSettings } from './defaultObjectiveSettings';
import type { Evaluated, ObjectiveSettings, Optimizer } from './optimizer';
import { oneGeneNeighbours } from './oneGeneNeighbours';
import { stepwiseOptimizer } from './stepwiseOptimizer';

export type LocalSearchSettings = ObjectiveSettings;

export interface LocalSearchState {
  /** The architecture being climbed from, or null when a restart point is being evaluated. */
  current: { code: ArchitectureCode; reward: number } | null;
  /** Moves to a better neighbour so far. */
  moves: number;
  /** Local optima reached (each followed by a restart). */
  restarts: number;
}

export const localSearchDefaults: LocalSearchSettings = defaultObjectiveSettings;

export function localSearch(settings: LocalSearchSettings, seed: number): Optimizer<LocalSearchState> {
  const rng = createPrng(seed);
  // Every result so far, so a neighbour seen from an earlier centre (the previous centre, at least) is
  // compared without spending budget on it again.
  const seen = new Map<ArchitectureCode, Evaluated>();
  let current: Evaluated | null = null;
  let neighbourhood: Architecture[] = [];
  let moves = 0;
  let restarts = 0;

  /** Moves to the best neighbour if it beats the centre (strictly, so plateaus do not cycle); else restarts. */
  const climb = (): void => {
    let best: Evaluated | null = null;
    for (const n of neighbourhood) {
      const r = seen.get(formatArchitectureCode(n));
      if (r && (best === null || r.reward > best.reward)) best = r;
    }
    if (best && current && best.reward > current.reward) {
      current = best;
      moves++;
    } else {
      current = null;
      restarts++;
    }
  };

  const propose = (): Architecture[] => {
    for (;;) {
      if (current === null) return [sampleArchitecture(rng)];
      neighbourhood = oneGeneNeighbours(current.arch);
      // Shuffled so a run cut short by the budget has not favoured block 0's genes.
      for (let i = neighbourhood.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [neighbourhood[i], neighbourhood[j]] = [neighbourhood[j], neighbourhood[i]];
      }
      const fresh = neighbourhood.filter((n) => !seen.has(formatArchitectureCode(n)));
      if (fresh.length > 0) return fresh;
      climb();
    }
  };

  return stepwiseOptimizer<LocalSearchState>(
    {
      propose,
      learn: (results) => {
        for (const r of results) if (!seen.has(r.code)) seen.set(r.code, r);
        if (current === null) current = results[0];
        else climb();
      },
      state: () => ({ current: current && { code: current.code, reward: current.reward }, moves, restarts }),
    },
    settings,
  );
}
