// The gene (Hamming) distance from one packed architecture to the nearest of a packed set: what the
// distance-from-data verdict needs, without nearestArchitectures' ranking. Each comparison stops as soon
// as it cannot beat the best so far and the scan stops at distance 0, so building the editor's reference
// (each test-split architecture against the training split, ~500 × ~4,100) takes a few milliseconds
// instead of the ~300 ms of a full 28-gene count per pair that blocked /arch's main thread. The set is
// compared in its word form (geneWords.ts), two word operations per architecture.
import { GENE_COUNT } from './geneIndex';
import { differingGenes, GENE_WORDS, geneWordsOf, writeGeneWords } from './geneWords';

const queryWords = new Uint32Array(GENE_WORDS);

/**
 * Fewest differing genes between `packed[offset .. offset + 28)` of `query` and any architecture of
 * `set` (packed, 28 gene indices each; not written to after this call, see geneWordsOf); GENE_COUNT
 * when `set` is empty.
 */
export function nearestDistance(query: Uint8Array, offset: number, set: Uint8Array): number {
  const words = geneWordsOf(set);
  writeGeneWords(query, offset, queryWords, 0);
  const lo = queryWords[0];
  const hi = queryWords[1];
  let best = GENE_COUNT;
  for (let o = 0; o < words.length && best > 0; o += GENE_WORDS) {
    const d = differingGenes(words[o], lo) + differingGenes(words[o + 1], hi);
    if (d < best) best = d;
  }
  return best;
}
