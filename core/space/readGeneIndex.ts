// The inverse of geneIndex's writeGeneIndex: 28 gene indices back to an architecture, or
// null when a byte is outside what its gene allows (so packed genes from a message can be checked).
import { GENE_COUNT } from './geneIndex';
import { BLOCK_COUNT, EXPANSIONS, KERNELS, layerChoices, type Architecture, type Block } from './searchSpace';

export function readGeneIndex(packed: Uint8Array, offset: number): Architecture | null {
  if (offset < 0 || offset + GENE_COUNT > packed.length) return null;
  const blocks: Block[] = [];
  for (let b = 0; b < BLOCK_COUNT; b++) {
    const o = offset + b * 4;
    const e = packed[o];
    const k = packed[o + 1];
    const l = packed[o + 2];
    const se = packed[o + 3];
    if (e >= EXPANSIONS.length || k >= KERNELS.length || l >= layerChoices(b).length || se > 1) return null;
    blocks.push({ e: EXPANSIONS[e], k: KERNELS[k], l: (l + 1) as Block['l'], se: se === 0 });
  }
  return blocks;
}
