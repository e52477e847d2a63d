// Distinct architectures drawn from a filtered space, seeded: a predicted cloud of n holds n different
// architectures, or the whole filtered space when it holds fewer (issue #16: 10,000 draws from the
// 2,916 architectures with e=6, k=3, no squeeze-excite repeated codes 2–4 times on the front).
import type { Prng } from '../random/prng';
import type { FilteredSampler } from './createFilteredSampler';
import type { Architecture } from './searchSpace';

export interface DistinctDraw {
  /** How many architectures next() hands out: min(n, the space's size). */
  count: number;
  /** True when that is the whole filtered space (it held no more than n). */
  exhaustive: boolean;
  /** The next architecture, never one handed out before; throws after `count`. */
  next(): Architecture;
}

/**
 * Above this share of the space, the draw shuffles the space's numbers instead of rejecting repeats:
 * rejection needs about size·ln(size / (size − count)) draws, 1.4 per architecture at a half but
 * without bound as count nears size. Below it, the shuffle's array (size numbers) would be the waste.
 */
export const SHUFFLE_SHARE = 0.5;

export function drawDistinct(sampler: FilteredSampler, rng: Prng, n: number): DistinctDraw {
  const { size } = sampler;
  const count = Math.min(n, size);
  let drawn = 0;
  const spent = () => new Error(`drawDistinct: all ${count} distinct architectures have been drawn`);

  if (count > size * SHUFFLE_SHARE) {
    // A partial Fisher–Yates shuffle of 0…size−1: place i takes a uniform pick of the places left.
    // size < 2·count ≤ 2·n, so the array is at most twice the cloud.
    const order = new Float64Array(size);
    for (let i = 0; i < size; i++) order[i] = i;
    return {
      count,
      exhaustive: count === size,
      next() {
        if (drawn === count) throw spent();
        const j = drawn + rng.int(size - drawn);
        const picked = order[j];
        order[j] = order[drawn];
        order[drawn] = picked;
        drawn += 1;
        return sampler.architectureAt(picked);
      },
    };
  }

  // Rejection: the sampler's own draws with repeats skipped, so in the unfiltered space (10^11
  // architectures, where a repeat is rare) the cloud is what sampleArchitecture draws from the seed.
  const seen = new Set<number>();
  return {
    count,
    exhaustive: count === size,
    next() {
      if (drawn === count) throw spent();
      for (;;) {
        const arch = sampler.sample(rng);
        const index = sampler.indexOf(arch);
        if (seen.has(index)) continue;
        seen.add(index);
        drawn += 1;
        return arch;
      }
    },
  };
}
