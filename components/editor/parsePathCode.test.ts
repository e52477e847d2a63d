// The /arch/[code] path as the page, the editor and the not-found page read it.
import { describe, expect, it } from 'vitest';
import { parsePathCode } from './parsePathCode';

describe('parsePathCode', () => {
  it('decodes %-escapes before parsing, so a code with encoded spaces is still that architecture', () => {
    const { raw, result } = parsePathCode('%201311-6321-6521-6331-6531-6541-6311');
    expect(raw).toBe(' 1311-6321-6521-6331-6531-6541-6311');
    expect(result.ok).toBe(true);
  });

  it('keeps a malformed escape as it came and says why it is not a code', () => {
    const { raw, result } = parsePathCode('%E0%A4%A');
    expect(raw).toBe('%E0%A4%A');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/"%E0%A4%A" has 1\.$/);
  });

  it('names the bad gene of a code of the right shape', () => {
    const { result } = parsePathCode('1311-9311-6521-6331-6531-6541-6311');
    expect(result.ok ? null : result.error.message).toBe('Block 1 expansion is 9; allowed: 1, 4, 6.');
  });
});
