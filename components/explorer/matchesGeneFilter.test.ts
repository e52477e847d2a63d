// The client's gene filter must keep exactly what the worker's filtered sampler can draw, or the
// measured and predicted clouds of /pareto would answer different questions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GENE_COUNT, packGeneIndex } from '@/core/space/geneIndex';
import { sampleArchitecture } from '@/core/space/sampleArchitecture';
import { EFFICIENTNET_B0, EXPANSIONS, KERNELS, type Architecture } from '@/core/space/searchSpace';
import { createPrng } from '@/core/random/prng';
import { createFilteredSampler } from '@/core/space/createFilteredSampler';
import type { GeneFilter } from '@/core/space/geneFilter';
import { compileGeneFilter, matchesGeneFilter } from './matchesGeneFilter';

const matches = (arch: Architecture, filter: GeneFilter) => matchesGeneFilter(packGeneIndex([arch]), 0, compileGeneFilter(filter));

/** The rule written on architecture objects: every block's every gene is in the filter's list, if any. */
const obeys = (arch: Architecture, f: GeneFilter) =>
  arch.every(
    (b) =>
      (!f.e?.length || f.e.includes(b.e)) &&
      (!f.k?.length || f.k.includes(b.k)) &&
      (!f.l?.length || f.l.includes(b.l)) &&
      (!f.se?.length || f.se.includes(b.se)),
  );

describe('compileGeneFilter', () => {
  it('marks allowed indices in the order of each gene’s choices, and leaves absent or empty lists open', () => {
    expect(compileGeneFilter({ e: [6, 1], k: [], se: [false] })).toEqual({ e: [true, false, true], k: null, l: null, se: [false, true] });
    expect(compileGeneFilter({ l: [4] })).toEqual({ e: null, k: null, l: [false, false, false, true], se: null });
    expect(compileGeneFilter({})).toEqual({ e: null, k: null, l: null, se: null });
  });
});

describe('matchesGeneFilter', () => {
  it('checks every block of EfficientNet-B0 (e 1 then 6, kernels 3 and 5, layers 1–4, all squeeze-excite)', () => {
    expect(matches(EFFICIENTNET_B0, {})).toBe(true);
    expect(matches(EFFICIENTNET_B0, { e: [1, 6], se: [true] })).toBe(true);
    expect(matches(EFFICIENTNET_B0, { e: [6] })).toBe(false); // block 0 has e = 1
    expect(matches(EFFICIENTNET_B0, { k: [3] })).toBe(false); // blocks 2, 4, 5 have 5×5
    expect(matches(EFFICIENTNET_B0, { l: [1, 2, 3] })).toBe(false); // block 5 has 4 layers
    expect(matches(EFFICIENTNET_B0, { se: [false] })).toBe(false);
  });

  it('reads the architecture at `index` of a packed array', () => {
    const allOnes: Architecture = Array.from({ length: 7 }, () => ({ e: 1, k: 3, l: 1, se: false }));
    const packed = packGeneIndex([EFFICIENTNET_B0, allOnes]);
    const f = compileGeneFilter({ e: [1] });
    expect(matchesGeneFilter(packed, 0, f)).toBe(false);
    expect(matchesGeneFilter(packed, 1, f)).toBe(true);
    expect(packed.length).toBe(2 * GENE_COUNT);
  });

  it('agrees with the rule on architecture objects for any filter', () => {
    const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
    const filter = fc.record(
      { e: subset(EXPANSIONS), k: subset(KERNELS), l: subset([1, 2, 3, 4]), se: subset([true, false]) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filter, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (f, seed) => {
        const arch = sampleArchitecture(createPrng(seed));
        expect(matches(arch, f)).toBe(obeys(arch, f));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps an architecture under the filter of its own values, and drops it when one of them is removed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom('e', 'k', 'l', 'se'), (seed, gene) => {
        const arch = sampleArchitecture(createPrng(seed));
        const own = {
          e: [...new Set(arch.map((b) => b.e))],
          k: [...new Set(arch.map((b) => b.k))],
          l: [...new Set(arch.map((b) => b.l))],
          se: [...new Set(arch.map((b) => b.se))],
        };
        expect(matches(arch, own)).toBe(true);
        const values: readonly (number | boolean)[] = own[gene];
        if (values.length < 2) return; // removing the only value would leave the list empty, i.e. open
        expect(matches(arch, { ...own, [gene]: values.slice(1) })).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps everything the worker’s filtered sampler draws', () => {
    const filters: GeneFilter[] = [{ k: [3], se: [false], l: [1, 2] }, { e: [4, 6], l: [3, 4] }, { se: [true] }, { l: [4, 1] }];
    for (const f of filters) {
      const sampler = createFilteredSampler(f);
      if (!sampler.ok) throw new Error(sampler.error.message);
      const rng = createPrng(11);
      const drawn = Array.from({ length: 500 }, () => sampler.value.sample(rng));
      const packed = packGeneIndex(drawn);
      const compiled = compileGeneFilter(f);
      expect(drawn.every((_, i) => matchesGeneFilter(packed, i, compiled))).toBe(true);
    }
  });
});
