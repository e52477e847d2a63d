// Nearest measured neighbours by gene (Hamming) distance: how many of the 28 genes differ. Used to
// show measured values next to a prediction and to say how far an architecture is from the data.
import { GENE_COUNT, writeGeneIndex } from './geneIndex';
import { differingGenes, GENE_WORDS, geneWordsOf, writeGeneWords } from './geneWords';
import type { Architecture } from './searchSpace';

export interface Neighbour {
  /** Index into the packed reference set. */
  index: number;
  /** Number of differing genes, 0–28. */
  distance: number;
}

/**
 * The k nearest of `packed` (from packGeneIndex; not written to after this call, see geneWordsOf) to
 * `arch`, nearest first, ties by index.
 */
export function nearestArchitectures(arch: Architecture, packed: Uint8Array, k: number, skip?: (index: number) => boolean): Neighbour[] {
  if (k <= 0) return [];
  const bytes = new Uint8Array(GENE_COUNT);
  writeGeneIndex(arch, bytes, 0);
  const query = new Uint32Array(GENE_WORDS);
  writeGeneWords(bytes, 0, query, 0);
  const words = geneWordsOf(packed);
  const n = words.length / GENE_WORDS;
  // The k best so far, sorted: scanning in index order and inserting after every equal distance keeps
  // ties by index; an architecture no nearer than the k-th is skipped without allocating.
  const out: Neighbour[] = [];
  for (let i = 0; i < n; i++) {
    const d = differingGenes(words[i * GENE_WORDS], query[0]) + differingGenes(words[i * GENE_WORDS + 1], query[1]);
    if (out.length === k && d >= out[k - 1].distance) continue;
    if (skip?.(i)) continue;
    let at = out.length;
    while (at > 0 && out[at - 1].distance > d) at--;
    out.splice(at, 0, { index: i, distance: d });
    if (out.length > k) out.pop();
  }
  return out;
}
