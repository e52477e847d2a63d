// The gene (Hamming) distance from one packed architecture to the nearest of a packed set: what the
// distance-from-data verdict needs, without nearestArchitectures' ranking. Each comparison stops as soon
// as it cannot beat the best so far and the scan stops at distance 0, so building the editor's reference
// (each test-split architecture against the training split, ~500 × ~4,100) takes a few milliseconds
// instead of the ~300 ms of a full 28-gene count per pair that blocked /arch's main thread.
import { GENE_COUNT } from './geneIndex';

/**
 * Fewest differing genes between `packed[offset .. offset + 28)` of `query` and any architecture of
 * `set` (packed, 28 gene indices each); GENE_COUNT when `set` is empty.
 */
export function nearestDistance(query: Uint8Array, offset: number, set: Uint8Array): number {
  const n = set.length / GENE_COUNT;
  let best = GENE_COUNT;
  for (let i = 0; i < n && best > 0; i++) {
    const o = i * GENE_COUNT;
    let d = 0;
    for (let g = 0; g < GENE_COUNT && d < best; g++) if (set[o + g] !== query[offset + g]) d++;
    if (d < best) best = d;
  }
  return best;
}
