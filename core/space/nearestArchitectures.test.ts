import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPrng } from '../random/prng';
import { parseArchitectureCode } from './architectureCode';
import { GENE_COUNT, packGeneIndex } from './geneIndex';
import { nearestArchitectures } from './nearestArchitectures';
import { sampleArchitecture } from './sampleArchitecture';
import type { Architecture } from './searchSpace';

const arch = (code: string): Architecture => {
  const r = parseArchitectureCode(code);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('nearestArchitectures', () => {
  it('counts differing genes', () => {
    const ref = [
      arch('1311-6321-6521-6331-6531-6541-6311'),
      arch('1310-6321-6521-6331-6531-6541-6311'),
      arch('4510-6321-6521-6331-6531-6541-6311'),
    ];
    const packed = packGeneIndex(ref);
    expect(packed.length).toBe(3 * GENE_COUNT);
    expect(nearestArchitectures(ref[0], packed, 3)).toEqual([
      { index: 0, distance: 0 },
      { index: 1, distance: 1 },
      // e 1→4, k 3→5, se 1→0: three genes; l is 1 in both.
      { index: 2, distance: 3 },
    ]);
    expect(nearestArchitectures(ref[0], packed, 1, (i) => i === 0)).toEqual([{ index: 1, distance: 1 }]);
  });

  it('agrees with a brute-force scan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 10 }), (seed, k) => {
        const rng = createPrng(seed);
        const ref = Array.from({ length: 60 }, () => sampleArchitecture(rng));
        const q = sampleArchitecture(rng);
        const packed = packGeneIndex(ref);
        const got = nearestArchitectures(q, packed, k);
        const qp = packGeneIndex([q]);
        const all = ref.map((_, i) => {
          let d = 0;
          for (let g = 0; g < GENE_COUNT; g++) if (packed[i * GENE_COUNT + g] !== qp[g]) d++;
          return { index: i, distance: d };
        });
        all.sort((a, b) => a.distance - b.distance || a.index - b.index);
        expect(got).toEqual(all.slice(0, k));
      }),
      { numRuns: 100 },
    );
  });
});
