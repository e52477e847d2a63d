// Architectures as 28 gene indices (ConfigSpace vector form: the index of each value in its choices),
// packed in a Uint8Array so distance scans over thousands of architectures stay allocation-free.
import { BLOCK_COUNT, EXPANSIONS, KERNELS, type Architecture } from './searchSpace';

export const GENE_COUNT = BLOCK_COUNT * 4;

export function writeGeneIndex(arch: Architecture, out: Uint8Array, offset: number): void {
  for (let b = 0; b < BLOCK_COUNT; b++) {
    const block = arch[b];
    const o = offset + b * 4;
    out[o] = EXPANSIONS.indexOf(block.e);
    out[o + 1] = KERNELS.indexOf(block.k);
    out[o + 2] = block.l - 1;
    out[o + 3] = block.se ? 0 : 1;
  }
}

/** Packs many architectures, GENE_COUNT bytes each. */
export function packGeneIndex(archs: readonly Architecture[]): Uint8Array {
  const out = new Uint8Array(archs.length * GENE_COUNT);
  archs.forEach((a, i) => writeGeneIndex(a, out, i * GENE_COUNT));
  return out;
}
