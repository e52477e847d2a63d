// Architectures as two 32-bit words of 2-bit gene indices (every gene has at most 4 values), so the gene
// (Hamming) distance between two architectures is a handful of word operations instead of 28 byte
// comparisons: the nearest-neighbour scans behind every /api/v1/predict answer cost ~1.3 ms per
// architecture over ANB's 5,138 records as bytes (profiled under load, #14), ~0.1 ms as words.
import { GENE_COUNT } from './geneIndex';

/** Words per architecture: genes 0–15 in the first, 16–27 in the second, gene g at bits 2(g mod 16). */
export const GENE_WORDS = 2;

/** Writes the words of the architecture at `bytes[offset .. offset + 28)` (packGeneIndex form) to `out[at], out[at + 1]`. */
export function writeGeneWords(bytes: Uint8Array, offset: number, out: Uint32Array, at: number): void {
  let lo = 0;
  let hi = 0;
  for (let g = 0; g < 16; g++) lo |= (bytes[offset + g] & 3) << (2 * g);
  for (let g = 16; g < GENE_COUNT; g++) hi |= (bytes[offset + g] & 3) << (2 * (g - 16));
  out[at] = lo >>> 0;
  out[at + 1] = hi;
}

/** Genes that differ between two words: the 2-bit fields of `a ^ b` that are not zero, counted. */
export function differingGenes(a: number, b: number): number {
  const x = a ^ b;
  let m = (x | (x >>> 1)) & 0x55555555;
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  m = (m + (m >>> 4)) & 0x0f0f0f0f;
  return Math.imul(m, 0x01010101) >>> 24;
}

const cache = new WeakMap<Uint8Array, Uint32Array>();

/**
 * The word form of a packed set (packGeneIndex), computed once per array: reference sets are packed
 * once and scanned for every query, so they must not be written to after their first scan.
 */
export function geneWordsOf(packed: Uint8Array): Uint32Array {
  let words = cache.get(packed);
  if (!words) {
    const n = packed.length / GENE_COUNT;
    words = new Uint32Array(n * GENE_WORDS);
    for (let i = 0; i < n; i++) writeGeneWords(packed, i * GENE_COUNT, words, i * GENE_WORDS);
    cache.set(packed, words);
  }
  return words;
}
