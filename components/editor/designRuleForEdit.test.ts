import { describe, expect, it } from 'vitest';
import { designRuleForEdit, type DesignEffectLike } from './designRuleForEdit';

// The case: squeeze-excite in stage 1 adds 0.09 [0.03, 0.14] top-1 points on average.
const effects: DesignEffectLike[] = [
  { rule: 'se', block: 1, metric: 'val_top1', effect: 0.09, lo: 0.03, hi: 0.14, method: 'model', n: 5138 },
  { rule: 'se', block: null, metric: 'val_top1', effect: 0.5, lo: 0.4, hi: 0.6, method: 'model', n: 5138 },
  { rule: 'l', block: 5, metric: 'throughput_a100', effect: -6.2, lo: -6.5, hi: -5.9, method: 'matched-pairs', n: 31 },
  { rule: 'e', block: 2, metric: 'val_top1', effect: 0.2, lo: 0.1, hi: 0.3, method: 'model', n: 5138 },
];

describe('designRuleForEdit', () => {
  it('turns the rule to the edit’s direction (SE off flips the sign and the interval)', () => {
    expect(designRuleForEdit(effects, { block: 1, gene: 'se', from: true, to: false }, 'val_top1')).toEqual({
      effect: -0.09,
      lo: -0.14,
      hi: -0.03,
      method: 'model',
      n: 5138,
    });
    expect(designRuleForEdit(effects, { block: 1, gene: 'se', from: false, to: true }, 'val_top1')?.effect).toBe(0.09);
  });

  it('matches one layer more or fewer in the same block, not two', () => {
    expect(designRuleForEdit(effects, { block: 5, gene: 'l', from: 2, to: 3 }, 'throughput_a100')?.effect).toBe(-6.2);
    expect(designRuleForEdit(effects, { block: 5, gene: 'l', from: 3, to: 2 }, 'throughput_a100')?.effect).toBe(6.2);
    expect(designRuleForEdit(effects, { block: 5, gene: 'l', from: 1, to: 3 }, 'throughput_a100')).toBeNull();
  });

  it('has no rule for expansion 1 or for a block or metric without an effect', () => {
    expect(designRuleForEdit(effects, { block: 2, gene: 'e', from: 1, to: 6 }, 'val_top1')).toBeNull();
    expect(designRuleForEdit(effects, { block: 2, gene: 'e', from: 6, to: 4 }, 'val_top1')?.effect).toBe(-0.2);
    expect(designRuleForEdit(effects, { block: 3, gene: 'se', from: true, to: false }, 'val_top1')).toBeNull();
  });
});
