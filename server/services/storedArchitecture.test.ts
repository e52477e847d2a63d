// A stored code parses to its architecture; a corrupt one throws, naming the row when told.
import { describe, expect, it } from 'vitest';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import { storedArchitecture } from './storedArchitecture';

const B0 = '1311-6321-6521-6331-6531-6541-6311';

describe('storedArchitecture', () => {
  it('parses a valid code', () => {
    const parsed = parseArchitectureCode(B0);
    expect(parsed.ok && storedArchitecture(B0)).toEqual(parsed.ok && parsed.value);
  });

  it('throws on a code that does not parse', () => {
    expect(() => storedArchitecture('nope')).toThrow(/^stored code nope does not parse: /);
    expect(() => storedArchitecture('nope', 'stored search 3')).toThrow(/^stored search 3: stored code nope does not parse: /);
  });
});
