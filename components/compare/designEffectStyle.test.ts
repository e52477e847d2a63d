// A design rule's effect is good or bad by the metric's direction, and only when its whole interval
// is on one side of zero; the signed numbers use a true minus sign.
import { describe, expect, it } from 'vitest';
import { BAD, effectColor, effectVerdict, formatEffect, formatSigned, GOOD, UNCLEAR } from './designEffectStyle';

describe('effectVerdict', () => {
  it('calls a drop good for latency and bad for throughput', () => {
    expect(effectVerdict('latency_zcu102', -20.6, -11.3)).toBe('good');
    expect(effectVerdict('throughput_a100', -20.6, -11.3)).toBe('bad');
    expect(effectVerdict('latency_vck190', 3.1, 8.4)).toBe('bad');
    expect(effectVerdict('throughput_vck190', 3.1, 8.4)).toBe('good');
  });

  it('calls a rise in top-1 good', () => {
    expect(effectVerdict('val_top1', 0.41, 2.04)).toBe('good');
    expect(effectVerdict('val_top1', -2.04, -0.41)).toBe('bad');
  });

  it('is unclear when the interval reaches zero from either side', () => {
    expect(effectVerdict('val_top1', -0.3, 1.2)).toBe('unclear');
    expect(effectVerdict('latency_zcu102', 0, 4)).toBe('unclear');
    expect(effectVerdict('throughput_a100', -4, 0)).toBe('unclear');
    expect(effectVerdict('throughput_a100', 0, 0)).toBe('unclear');
  });
});

describe('effectColor', () => {
  it('colours each verdict', () => {
    expect(effectColor('latency_zcu102', -20.6, -11.3)).toBe(GOOD);
    expect(effectColor('throughput_a100', -20.6, -11.3)).toBe(BAD);
    expect(effectColor('val_top1', -0.3, 1.2)).toBe(UNCLEAR);
  });
});

describe('formatSigned and formatEffect', () => {
  it('sign with + and U+2212, two decimals for accuracy points, one for log-scale percentages', () => {
    expect(formatSigned('log', -11.34)).toBe('\u221211.3');
    expect(formatSigned('points', 2.036)).toBe('+2.04');
    expect(formatSigned('points', 0)).toBe('0.00');
    expect(formatEffect('points', 2.036)).toBe('+2.04 pp');
    expect(formatEffect('log', -20.64)).toBe('\u221220.6%');
    expect(formatEffect('log', 0)).toBe('0.0%');
  });

  it('takes the number of digits when given', () => {
    expect(formatEffect('log', 7.25, 0)).toBe('+7%');
    expect(formatEffect('points', -0.5, 3)).toBe('\u22120.500 pp');
  });
});
