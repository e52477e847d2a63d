import { describe, expect, it } from 'vitest';
import { formatTau } from './formatTau';

describe('formatTau', () => {
  it('shows three decimals, and a dash for an undefined τ (NaN in the browser, null through JSON)', () => {
    expect(formatTau(0.91234)).toBe('0.912');
    expect(formatTau(-1)).toBe('-1.000');
    expect(formatTau(Number.NaN)).toBe('—');
    expect(formatTau(JSON.parse(JSON.stringify({ t: Number.NaN })).t)).toBe('—');
  });
});
