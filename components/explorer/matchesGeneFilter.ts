// Whether a packed architecture (28 gene indices, core/space/geneIndex) passes a gene filter: the
// client-side twin of the worker's filtered sampling, so measured and predicted clouds obey the same rule.
import type { GeneFilter } from '@/core/space/geneFilter';
import { GENE_COUNT } from '@/core/space/geneIndex';
import { BLOCK_COUNT, EXPANSIONS, KERNELS } from '@/core/space/searchSpace';

/** Per gene, which index values pass (null: any). */
export interface CompiledGeneFilter {
  e: boolean[] | null;
  k: boolean[] | null;
  l: boolean[] | null;
  se: boolean[] | null;
}

export function compileGeneFilter(filter: GeneFilter): CompiledGeneFilter {
  const mask = <T>(choices: readonly T[], wanted: readonly T[] | undefined) =>
    wanted && wanted.length ? choices.map((c) => wanted.includes(c)) : null;
  return { e: mask(EXPANSIONS, filter.e), k: mask(KERNELS, filter.k), l: mask([1, 2, 3, 4], filter.l), se: mask([true, false], filter.se) };
}

export function matchesGeneFilter(genes: Uint8Array, index: number, f: CompiledGeneFilter): boolean {
  const o = index * GENE_COUNT;
  for (let b = 0; b < BLOCK_COUNT; b++) {
    const g = o + b * 4;
    if (f.e && !f.e[genes[g]]) return false;
    if (f.k && !f.k[genes[g + 1]]) return false;
    if (f.l && !f.l[genes[g + 2]]) return false;
    if (f.se && !f.se[genes[g + 3]]) return false;
  }
  return true;
}
