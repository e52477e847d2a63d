import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPrng } from '../random/prng';
import { parseArchitectureCode } from './architectureCode';
import { GENE_COUNT, packGeneIndex } from './geneIndex';
import { nearestArchitectures } from './nearestArchitectures';
import { nearestDistance } from './nearestDistance';
import { sampleArchitecture } from './sampleArchitecture';

const arch = (code: string) => {
  const r = parseArchitectureCode(code);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('nearestDistance', () => {
  it('counts the differing genes of the nearest architecture', () => {
    const set = packGeneIndex([arch('4510-6321-6521-6331-6531-6541-6311'), arch('1310-6321-6521-6331-6531-6541-6311')]);
    const query = packGeneIndex([arch('1311-6321-6521-6331-6531-6541-6311')]);
    // se 1→0 in the first block: one gene from the second; the first differs in e, k and se.
    expect(nearestDistance(query, 0, set)).toBe(1);
    expect(nearestDistance(query, 0, set.subarray(0, GENE_COUNT))).toBe(3);
    expect(nearestDistance(query, 0, packGeneIndex([arch('1311-6321-6521-6331-6531-6541-6311')]))).toBe(0);
  });

  it('is GENE_COUNT for an empty set', () => {
    expect(nearestDistance(packGeneIndex([arch('1311-6321-6521-6331-6531-6541-6311')]), 0, new Uint8Array(0))).toBe(GENE_COUNT);
  });

  it('agrees with nearestArchitectures, at any offset of the query', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const rng = createPrng(seed);
        const set = packGeneIndex(Array.from({ length: 80 }, () => sampleArchitecture(rng)));
        const queries = Array.from({ length: 3 }, () => sampleArchitecture(rng));
        const packed = packGeneIndex(queries);
        queries.forEach((q, j) => expect(nearestDistance(packed, j * GENE_COUNT, set)).toBe(nearestArchitectures(q, set, 1)[0].distance));
      }),
    );
  });
});
