import { describe, expect, it } from 'vitest';
import { countFlagged } from './countFlagged';

describe('countFlagged', () => {
  const ood = Uint8Array.from([0, 1, 0, 2, 0, 1]);

  it('counts edge and far rows among the first count rows', () => {
    expect(countFlagged(ood, 6)).toBe(3);
    expect(countFlagged(ood, 3)).toBe(1);
  });

  it('counts only the listed indices (e.g. a front)', () => {
    expect(countFlagged(ood, Int32Array.from([0, 3, 5]))).toBe(2);
    expect(countFlagged(ood, [2, 4])).toBe(0);
  });
});
