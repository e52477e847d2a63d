// The architecture as a flat genome of 28 categorical genes (7 blocks × e, k, l, se), the view that
// mutation, crossover, neighbourhoods and the REINFORCE policy all work on.
import { BLOCK_COUNT, GENES, geneChoices, type Architecture, type Block, type Gene } from '../space/searchSpace';

export interface GeneSlot {
  block: number;
  gene: Gene;
  /** Allowed values in ConfigSpace order; block 5's layers include 4. */
  choices: readonly (number | boolean)[];
}

/** All 28 genes, block 0 first and e, k, l, se within a block: ANB's `block{i}_{e,k,l,se}` order. */
export const GENE_SLOTS: readonly GeneSlot[] = Array.from({ length: BLOCK_COUNT }, (_, block) =>
  GENES.map((gene) => ({ block, gene, choices: geneChoices(block, gene) })),
).flat();

/** A copy of `arch` with one gene set; `value` must be one of the slot's choices. */
export function withGene(arch: Architecture, slot: GeneSlot, value: number | boolean): Architecture {
  return arch.map((b, i) => (i === slot.block ? ({ ...b, [slot.gene]: value } as Block) : b));
}
