import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatArchitectureCode, parseArchitectureCode } from './architectureCode';
import { fromAnbConfig, toAnbConfig } from './anbConfig';
import { sampleArchitecture } from './sampleArchitecture';
import { createPrng } from '../random/prng';
import { EFFICIENTNET_B0, EXPANSIONS, KERNELS, layerChoices, searchSpaceSize, type Block } from './searchSpace';

const blockArb = (i: number): fc.Arbitrary<Block> =>
  fc.record({
    e: fc.constantFrom(...EXPANSIONS),
    k: fc.constantFrom(...KERNELS),
    l: fc.constantFrom(...layerChoices(i)),
    se: fc.boolean(),
  });
const archArb = fc.tuple(...[0, 1, 2, 3, 4, 5, 6].map(blockArb));

describe('architecture code', () => {
  it('encodes EfficientNet-B0 as the documented code', () => {
    expect(formatArchitectureCode(EFFICIENTNET_B0)).toBe('1311-6321-6521-6331-6531-6541-6311');
  });

  it('decode inverts encode for every valid architecture', () => {
    fc.assert(
      fc.property(archArb, (arch) => {
        const parsed = parseArchitectureCode(formatArchitectureCode(arch));
        expect(parsed).toEqual({ ok: true, value: arch });
      }),
    );
  });

  it('round-trips through the ANB config form', () => {
    fc.assert(
      fc.property(archArb, (arch) => {
        expect(fromAnbConfig(toAnbConfig(arch))).toEqual({ ok: true, value: arch });
      }),
    );
  });

  it('names block 1 expansion for 1311-9311-…', () => {
    const r = parseArchitectureCode('1311-9311-6521-6331-6531-6541-6311');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ block: 1, gene: 'e', found: '9', allowed: ['1', '4', '6'] });
      expect(r.error.message).toBe('Block 1 expansion is 9; allowed: 1, 4, 6.');
    }
  });

  it('accepts 4 layers only in block 5', () => {
    expect(parseArchitectureCode('1311-6321-6521-6331-6531-6541-6311').ok).toBe(true);
    const r = parseArchitectureCode('1311-6321-6521-6331-6541-6541-6311');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ block: 4, gene: 'l', allowed: ['1', '2', '3'] });
  });

  it('rejects every string that is not a valid code, with an error value and never a throw', () => {
    const valid = (s: string) => {
      const groups = s.split('-');
      if (groups.length !== 7) return false;
      return groups.every((g, i) => /^[146][35][1-4][01]$/.test(g) && (i === 5 || g[2] !== '4'));
    };
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{4}(-[0-9]{4}){6}$/)), (s) => {
        const r = parseArchitectureCode(s);
        expect(r.ok).toBe(valid(s.trim()));
        if (!r.ok) expect(r.error.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects configs with a value outside the allowed set, naming the key', () => {
    const config = toAnbConfig(EFFICIENTNET_B0);
    config.block3_k = 7;
    const r = fromAnbConfig(config);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.path).toBe('block3_k');
  });
});

describe('search space', () => {
  it('has (3·2·3·2)^6 · (3·2·4·2) architectures', () => {
    expect(searchSpaceSize()).toBe(104_485_552_128);
  });

  it('samples reproducibly and within the allowed sets', () => {
    const a = Array.from(
      { length: 50 },
      (
        (rng) => () =>
          formatArchitectureCode(sampleArchitecture(rng))
      )(createPrng(7)),
    );
    const b = Array.from(
      { length: 50 },
      (
        (rng) => () =>
          formatArchitectureCode(sampleArchitecture(rng))
      )(createPrng(7)),
    );
    expect(a).toEqual(b);
    for (const code of a) expect(parseArchitectureCode(code).ok).toBe(true);
    expect(new Set(a).size).toBe(50);
  });

  it('samples genes uniformly (block 5 layers 1..4)', () => {
    const rng = createPrng(1);
    const counts = [0, 0, 0, 0, 0];
    const n = 40_000;
    for (let i = 0; i < n; i++) counts[sampleArchitecture(rng)[5].l]++;
    for (const l of [1, 2, 3, 4]) expect(Math.abs(counts[l] / n - 0.25)).toBeLessThan(0.01);
  });
});
