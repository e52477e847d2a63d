import { describe, expect, it } from 'vitest';
import { formatDifference } from './formatDifference';

describe('formatDifference', () => {
  it('writes accuracy changes in points and says why a change is within noise', () => {
    const f = formatDifference({ delta: 0.13, lo: -0.2, hi: 0.46, noise: 0.71, verdict: 'uncertain' }, 'points');
    expect(f).toEqual({
      change: '+0.13 points',
      short: '+0.13 pt',
      interval: '[−0.20, +0.46]',
      noise: 'within noise: its 90% interval includes no change',
      reason: 'its 90% interval includes no change',
    });
    expect(formatDifference({ delta: 0.4, lo: 0.24, hi: 0.56, noise: 0.71, verdict: 'below-noise' }, 'points').noise).toBe(
      'within noise: it is smaller than two runs of the same network differ by (±0.71 points at 90%)',
    );
  });

  it('writes device changes as percentages, with nothing to say when clear', () => {
    expect(formatDifference({ delta: 0.123, lo: 0.101, hi: 0.146, noise: 0.0033, verdict: 'clear' }, 'relative')).toEqual({
      change: '+12.3%',
      short: '+12.3%',
      interval: '[+10.1%, +14.6%]',
      noise: '',
      reason: '',
    });
  });
});
