// Regularized evolution's mutation: one gene, drawn uniformly from all 28, moved to a different value.
import type { Prng } from '../random/prng';
import type { Architecture } from '../space/searchSpace';
import { GENE_SLOTS, withGene, type GeneSlot } from './geneSlots';

/**
 * As ANB's `mutate_arch` (anb_eval/nas_optimizers/regularized_evolution.py): pick one hyperparameter
 * uniformly, drop its current value from the choices and take one of the rest uniformly, so the child
 * always differs from the parent in exactly one gene.
 */
export function mutateGene(arch: Architecture, rng: Prng): Architecture {
  return mutateSlot(arch, GENE_SLOTS[rng.int(GENE_SLOTS.length)], rng);
}

/** `arch` with `slot` moved to a uniformly drawn value other than its current one. */
export function mutateSlot(arch: Architecture, slot: GeneSlot, rng: Prng): Architecture {
  const current = arch[slot.block][slot.gene];
  const others = slot.choices.filter((c) => c !== current);
  return withGene(arch, slot, others[rng.int(others.length)]);
}
