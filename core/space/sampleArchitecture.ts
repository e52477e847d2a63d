// Uniform sampling over the search space: each gene drawn independently, as ConfigSpace does.
import type { Prng } from '../random/prng';
import { BLOCK_COUNT, EXPANSIONS, KERNELS, layerChoices, type Architecture, type Block } from './searchSpace';

export function sampleArchitecture(rng: Prng): Architecture {
  const blocks: Block[] = [];
  for (let b = 0; b < BLOCK_COUNT; b++) {
    const layers = layerChoices(b);
    blocks.push({
      e: EXPANSIONS[rng.int(EXPANSIONS.length)],
      k: KERNELS[rng.int(KERNELS.length)],
      l: layers[rng.int(layers.length)],
      se: rng.int(2) === 0,
    });
  }
  return blocks;
}
