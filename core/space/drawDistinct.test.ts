// drawDistinct on the issue's own filter (expansion 6, kernel 3, no squeeze-excite: 3^6 · 4 = 2,916
// architectures, block 5 being the one with 4 layer choices) and on the unfiltered space.
import { describe, expect, it } from 'vitest';
import { createPrng } from '../random/prng';
import { formatArchitectureCode } from './architectureCode';
import { createFilteredSampler, type FilteredSampler } from './createFilteredSampler';
import { drawDistinct } from './drawDistinct';
import { sampleArchitecture } from './sampleArchitecture';

function sampler(filter: Parameters<typeof createFilteredSampler>[0]): FilteredSampler {
  const r = createFilteredSampler(filter);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const ISSUE = sampler({ e: [6], k: [3], se: [false] });
const codes = (draw: { count: number; next(): Parameters<typeof formatArchitectureCode>[0] }) =>
  Array.from({ length: draw.count }, () => formatArchitectureCode(draw.next()));

describe('drawDistinct', () => {
  it('counts the issue’s filtered space: 2,916 architectures', () => {
    expect(ISSUE.size).toBe(2916);
  });

  it('draws all 2,916 once each when asked for 10,000, and says it drew the whole space', () => {
    const draw = drawDistinct(ISSUE, createPrng(0), 10_000);
    expect(draw).toMatchObject({ count: 2916, exhaustive: true });
    const all = codes(draw);
    expect(new Set(all).size).toBe(2916);
    expect(all.every((c) => c.split('-').every((g) => g[0] === '6' && g[1] === '3' && g[3] === '0'))).toBe(true);
    expect(() => draw.next()).toThrow(/all 2916 distinct architectures/);
  });

  it('where independent draws repeat themselves: 10,000 of them hold fewer than 2,916 codes', () => {
    const rng = createPrng(0);
    const iid = new Set(Array.from({ length: 10_000 }, () => formatArchitectureCode(ISSUE.sample(rng))));
    // 2,823 with seed 0; expected 2,916 · (1 − e^(−10,000/2,916)) ≈ 2,821: 7,177 of the 10,000 were repeats.
    expect(iid.size).toBe(2823);
  });

  it('draws n distinct ones below the space’s size, by rejection (1,000) and by shuffle (2,000)', () => {
    for (const n of [1000, 2000]) {
      const draw = drawDistinct(ISSUE, createPrng(5), n);
      expect(draw).toMatchObject({ count: n, exhaustive: false });
      expect(new Set(codes(draw)).size).toBe(n);
    }
  });

  it('is seeded: the same seed and filter give the same architectures in the same order, another seed others', () => {
    for (const n of [1000, 2000, 10_000]) {
      const a = codes(drawDistinct(ISSUE, createPrng(11), n));
      expect(codes(drawDistinct(ISSUE, createPrng(11), n))).toEqual(a);
      expect(codes(drawDistinct(ISSUE, createPrng(12), n))).not.toEqual(a);
    }
  });

  it('unfiltered, draws what sampleArchitecture draws from the same seed (a repeat in 10^11 is rare)', () => {
    const draw = drawDistinct(sampler({}), createPrng(42), 2000);
    const b = createPrng(42);
    for (let i = 0; i < 2000; i++) expect(formatArchitectureCode(draw.next())).toBe(formatArchitectureCode(sampleArchitecture(b)));
  });
});

describe('architectureAt and indexOf', () => {
  it('number the space from the smallest genes (0) to the largest (size − 1)', () => {
    const all = sampler({});
    expect(formatArchitectureCode(all.architectureAt(0))).toBe('1311-1311-1311-1311-1311-1311-1311');
    expect(formatArchitectureCode(all.architectureAt(1))).toBe('1310-1311-1311-1311-1311-1311-1311');
    expect(formatArchitectureCode(all.architectureAt(all.size - 1))).toBe('6530-6530-6530-6530-6530-6540-6530');
    expect(formatArchitectureCode(ISSUE.architectureAt(ISSUE.size - 1))).toBe('6330-6330-6330-6330-6330-6340-6330');
  });

  it('are inverse to each other, across the whole 10^11 range', () => {
    const all = sampler({});
    const rng = createPrng(3);
    for (let i = 0; i < 2000; i++) {
      const index = Math.floor(rng.next() * all.size);
      expect(all.indexOf(all.architectureAt(index))).toBe(index);
    }
    for (let i = 0; i < ISSUE.size; i += 97) expect(ISSUE.indexOf(ISSUE.architectureAt(i))).toBe(i);
  });

  it('give −1 for an architecture the filter leaves out', () => {
    expect(ISSUE.indexOf(sampler({}).architectureAt(0))).toBe(-1);
  });
});
