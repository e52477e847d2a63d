import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPrng } from '../random/prng';
import { parseArchitectureCode } from './architectureCode';
import { GENE_COUNT, packGeneIndex } from './geneIndex';
import { differingGenes, GENE_WORDS, geneWordsOf } from './geneWords';
import { sampleArchitecture } from './sampleArchitecture';

const arch = (code: string) => {
  const r = parseArchitectureCode(code);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('geneWords', () => {
  it('packs gene g at bits 2(g mod 16) of word g div 16', () => {
    // EfficientNet-B0, block 0 = 1311: e 1 → index 0, k 3 → 0, l 1 → 0, se 1 → 0 (bits 0–7);
    // block 1 = 6321: e 6 → 2 (bits 8–9), k 3 → 0, l 2 → 1 (bits 12–13), se 1 → 0.
    const words = geneWordsOf(packGeneIndex([arch('1311-6321-6521-6331-6531-6541-6311')]));
    expect(words.length).toBe(GENE_WORDS);
    expect(words[0] & 0xff).toBe(0);
    expect((words[0] >>> 8) & 0xff).toBe(2 | (1 << 4));
    // Block 6 = 6311 is genes 24–27, bits 16–23 of the second word: e 6 → 2, k 3 → 0, l 1 → 0, se 1 → 0.
    expect((words[1] >>> 16) & 0xff).toBe(2);
  });

  it('counts differing 2-bit fields, worked by hand', () => {
    expect(differingGenes(0, 0)).toBe(0);
    // 0b11 against 0b00 is one gene, 0b01 against 0b10 another (both bits differ), 0b01 vs 0b00 a third.
    expect(differingGenes(0b11, 0)).toBe(1);
    expect(differingGenes(0b01_01_01, 0b00_10_00)).toBe(3);
    // All 16 fields differ, up to the sign bit.
    expect(differingGenes(0xffffffff, 0)).toBe(16);
    expect(differingGenes(0x80000000, 0)).toBe(1);
  });

  it('agrees with a byte-by-byte count for any two architectures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const rng = createPrng(seed);
        const bytes = packGeneIndex([sampleArchitecture(rng), sampleArchitecture(rng)]);
        const w = geneWordsOf(bytes);
        let expected = 0;
        for (let g = 0; g < GENE_COUNT; g++) if (bytes[g] !== bytes[GENE_COUNT + g]) expected++;
        expect(differingGenes(w[0], w[2]) + differingGenes(w[1], w[3])).toBe(expected);
      }),
    );
  });
});
