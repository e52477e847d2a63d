// NSGA-II's recombination on the genome: uniform crossover, each of the 28 genes from either parent.
import type { Prng } from '../random/prng';
import type { Architecture, Block } from '../space/searchSpace';
import { GENE_SLOTS } from './geneSlots';

/**
 * Two complementary children: for each gene a fair coin decides which parent the first child takes it
 * from, and the second child takes it from the other. Genes move between the same block of both
 * parents, so a child is valid whenever its parents are (block 5's 4 layers stay in block 5).
 */
export function uniformCrossover(a: Architecture, b: Architecture, rng: Prng): [Architecture, Architecture] {
  const first = a.map((block) => ({ ...block }) as Record<string, number | boolean>);
  const second = b.map((block) => ({ ...block }) as Record<string, number | boolean>);
  for (const slot of GENE_SLOTS) {
    if (rng.next() < 0.5) {
      first[slot.block][slot.gene] = b[slot.block][slot.gene];
      second[slot.block][slot.gene] = a[slot.block][slot.gene];
    }
  }
  return [first as unknown as Block[], second as unknown as Block[]];
}
