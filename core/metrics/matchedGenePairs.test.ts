// Matched pairs on hand-made architectures: only those differing in exactly the named gene pair up.
import { describe, expect, it } from 'vitest';
import { parseArchitectureCode } from '../space/architectureCode';
import type { Architecture } from '../space/searchSpace';
import { matchedGenePairs } from './matchedGenePairs';

const arch = (code: string): Architecture => {
  const r = parseArchitectureCode(code);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const B0 = '1311-6321-6521-6331-6531-6541-6311';

describe('matchedGenePairs', () => {
  const archs = [
    arch(B0),
    arch('1311-6321-6520-6331-6531-6541-6311'), // block 2 SE off
    arch('1311-6321-6320-6331-6531-6541-6311'), // block 2 SE off and kernel 3: two genes away from B0
    arch('1311-6321-6531-6331-6531-6541-6311'), // block 2 three layers
    arch('1311-6321-6511-6331-6531-6541-6311'), // block 2 one layer
  ];

  it('pairs SE off → on in block 2 and nothing else', () => {
    expect(matchedGenePairs(archs, 2, { gene: 'se', from: false, to: true })).toEqual([[1, 0]]);
    expect(matchedGenePairs(archs, 3, { gene: 'se', from: false, to: true })).toEqual([]);
  });

  it('pairs kernel 3 → 5 only when everything else matches', () => {
    expect(matchedGenePairs(archs, 2, { gene: 'k', from: 3, to: 5 })).toEqual([[2, 1]]);
  });

  it('pairs every one-layer step in a block', () => {
    const pairs = matchedGenePairs(archs, 2, { gene: 'l', step: 1 });
    expect(pairs.sort()).toEqual(
      [
        [0, 3],
        [4, 0],
      ].sort(),
    );
  });
});
