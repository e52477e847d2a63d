// Nearest measured neighbours by gene (Hamming) distance: how many of the 28 genes differ. Used to
// show measured values next to a prediction and to say how far an architecture is from the data.
import { GENE_COUNT, writeGeneIndex } from './geneIndex';
import type { Architecture } from './searchSpace';

export interface Neighbour {
  /** Index into the packed reference set. */
  index: number;
  /** Number of differing genes, 0–28. */
  distance: number;
}

/** The k nearest of `packed` (from packGeneIndex) to `arch`, nearest first, ties by index. */
export function nearestArchitectures(arch: Architecture, packed: Uint8Array, k: number, skip?: (index: number) => boolean): Neighbour[] {
  const query = new Uint8Array(GENE_COUNT);
  writeGeneIndex(arch, query, 0);
  const n = packed.length / GENE_COUNT;
  // Bucket by distance: distances are small integers, so this is a linear-time partial sort.
  const buckets: number[][] = Array.from({ length: GENE_COUNT + 1 }, () => []);
  for (let i = 0; i < n; i++) {
    if (skip?.(i)) continue;
    let d = 0;
    const o = i * GENE_COUNT;
    for (let g = 0; g < GENE_COUNT; g++) if (packed[o + g] !== query[g]) d++;
    buckets[d].push(i);
  }
  const out: Neighbour[] = [];
  for (let d = 0; d <= GENE_COUNT && out.length < k; d++) {
    for (const index of buckets[d]) {
      if (out.length === k) break;
      out.push({ index, distance: d });
    }
  }
  return out;
}
