import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPrng } from '../random/prng';
import { GENE_COUNT, packGeneIndex } from './geneIndex';
import { readGeneIndex } from './readGeneIndex';
import { sampleArchitecture } from './sampleArchitecture';

describe('readGeneIndex', () => {
  it('inverts packGeneIndex', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const arch = sampleArchitecture(createPrng(seed));
        expect(readGeneIndex(packGeneIndex([arch]), 0)).toEqual(arch);
      }),
    );
  });

  it('rejects bytes outside a gene’s values and short buffers', () => {
    const packed = packGeneIndex([sampleArchitecture(createPrng(1))]);
    packed[2] = 3; // block 0 layers index 3 = 4 layers, allowed only in block 5
    expect(readGeneIndex(packed, 0)).toBeNull();
    expect(readGeneIndex(new Uint8Array(GENE_COUNT - 1), 0)).toBeNull();
  });
});
