import { describe, expect, it } from 'vitest';
import { geneLevelLabel } from './geneLevelLabel';

describe('geneLevelLabel', () => {
  it('names the block, the level and its reference', () => {
    expect(geneLevelLabel(0, 'e', 6)).toBe('Block 0: expansion 6 (vs 4)');
    expect(geneLevelLabel(2, 'e', 1)).toBe('Block 2: expansion 1 (vs 4)');
    expect(geneLevelLabel(6, 'k', 5)).toBe('Block 6: kernel 5 (vs 3)');
    expect(geneLevelLabel(5, 'l', 4)).toBe('Block 5: 4 layers (vs 1)');
    expect(geneLevelLabel(3, 'se', true)).toBe('Block 3: squeeze-excite on (vs off)');
  });
});
