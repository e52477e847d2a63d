import { describe, expect, it } from 'vitest';
import { createPrng } from '../random/prng';
import { formatArchitectureCode } from './architectureCode';
import { createFilteredSampler } from './createFilteredSampler';
import { sampleArchitecture } from './sampleArchitecture';
import { searchSpaceSize } from './searchSpace';

describe('createFilteredSampler', () => {
  it('draws exactly what sampleArchitecture draws when nothing is filtered', () => {
    const r = createFilteredSampler({});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.size).toBe(searchSpaceSize());
    const a = createPrng(42);
    const b = createPrng(42);
    for (let i = 0; i < 500; i++) expect(formatArchitectureCode(r.value.sample(a))).toBe(formatArchitectureCode(sampleArchitecture(b)));
  });

  it('keeps every gene inside the filter, and counts the filtered space', () => {
    const r = createFilteredSampler({ k: [3], se: [false], l: [1, 2] });
    if (!r.ok) throw new Error(r.error.message);
    // per block 3 expansions × 1 kernel × 2 layer counts × 1 squeeze-excite
    expect(r.value.size).toBe(6 ** 7);
    const rng = createPrng(7);
    for (let i = 0; i < 2000; i++) {
      for (const b of r.value.sample(rng)) {
        expect(b.k).toBe(3);
        expect(b.se).toBe(false);
        expect(b.l).toBeLessThanOrEqual(2);
      }
    }
  });

  it('reports an empty space and out-of-range values as coded errors', () => {
    expect(createFilteredSampler({ l: [4] })).toMatchObject({ ok: false, error: { code: 'empty_space' } });
    expect(createFilteredSampler({ e: [2] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', message: expect.stringMatching(/expansion filter holds 2/) },
    });
  });
});
