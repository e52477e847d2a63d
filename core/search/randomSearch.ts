// Random search: every architecture drawn uniformly and independently, the baseline every NAS method
// must beat (ANB's RandomSearchSimulated).
import { createPrng } from '../random/prng';
import { sampleArchitecture } from '../space/sampleArchitecture';
import { defaultObjectiveSettings } from './defaultObjectiveSettings';
import type { ObjectiveSettings, Optimizer } from './optimizer';
import { stepwiseOptimizer } from './stepwiseOptimizer';

export type RandomSearchSettings = ObjectiveSettings;
/** Random search keeps no state beyond its random stream. */
export type RandomSearchState = Record<string, never>;

export const randomSearchDefaults: RandomSearchSettings = defaultObjectiveSettings;

export function randomSearch(settings: RandomSearchSettings, seed: number): Optimizer<RandomSearchState> {
  const rng = createPrng(seed);
  return stepwiseOptimizer<RandomSearchState>(
    {
      // Draws are independent, so filling the caller's whole batch gives the same sequence as one at a time.
      propose: (hint) => Array.from({ length: Math.max(1, hint) }, () => sampleArchitecture(rng)),
      learn: () => {},
      state: () => ({}),
    },
    settings,
  );
}
