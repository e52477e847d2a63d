// The one-gene neighbourhood local search moves in: every architecture that differs in exactly one gene.
import type { Architecture } from '../space/searchSpace';
import { GENE_SLOTS, withGene } from './geneSlots';

/**
 * All 43 one-gene neighbours (per block 2 expansions + 1 kernel + 2 layer counts + 1 squeeze-excite,
 * block 5 one more layer count), in `GENE_SLOTS` order then choice order.
 */
export function oneGeneNeighbours(arch: Architecture): Architecture[] {
  const neighbours: Architecture[] = [];
  for (const slot of GENE_SLOTS) {
    const current = arch[slot.block][slot.gene];
    for (const value of slot.choices) if (value !== current) neighbours.push(withGene(arch, slot, value));
  }
  return neighbours;
}
