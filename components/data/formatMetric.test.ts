// How table cells print dataset values, per kind of column, including the values the dataset lacks.
import { describe, expect, it } from 'vitest';
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import { formatMetric } from './formatMetric';

describe('formatMetric', () => {
  it('prints a dash for a missing value, whatever the column', () => {
    expect(formatMetric('throughput_tpuv3', null)).toBe('—');
    expect(formatMetric('val_top1', NaN)).toBe('—');
    expect(formatMetric('result_id', NaN)).toBe('—');
  });

  it('gives accuracy and params two decimals, latency 3 significant figures as everywhere else', () => {
    expect(formatMetric('val_top1', 76.1234)).toBe('76.12');
    expect(formatMetric('val_top5', 93)).toBe('93.00');
    expect(formatMetric('latency_zcu102', 2.3456)).toBe('2.35');
    expect(formatMetric('latency_vck190', 0.004)).toBe('0.00400');
    expect(formatMetric('params', 5.288)).toBe('5.29');
  });

  it('prints every target as formatWithUnit prints its unit, so tables and tooltips agree', () => {
    expect(formatMetric('throughput_a100', 2345.5)).toBe(formatWithUnit(2345.5, 'img/s'));
    expect(formatMetric('latency_zcu102', 0.51234)).toBe(formatWithUnit(0.51234, 'ms'));
    expect(formatMetric('train_time', 1234.5)).toBe(formatWithUnit(1234.5, 's'));
  });

  it('gives MACs (millions) one decimal', () => {
    expect(formatMetric('macs', 399.56)).toBe('399.6');
    expect(formatMetric('macs', 12)).toBe('12.0');
  });

  it('prints throughput from 100 img/s as whole numbers with thousands separators, below with one decimal', () => {
    expect(formatMetric('throughput_a100', 12345.4)).toBe('12,345');
    expect(formatMetric('throughput_a100', 2345.5)).toBe('2,346');
    expect(formatMetric('throughput_zcu102', 100)).toBe('100');
    expect(formatMetric('throughput_zcu102', 45.67)).toBe('45.7');
  });

  it('rounds training time and ids to whole numbers with thousands separators', () => {
    expect(formatMetric('train_time', 1234.5)).toBe('1,235');
    expect(formatMetric('train_time', 999.4)).toBe('999');
    expect(formatMetric('result_id', 5138)).toBe('5,138');
  });

  it('prints anything else as it is', () => {
    expect(formatMetric('seed', 3)).toBe('3');
    expect(formatMetric('ratio', 0.125)).toBe('0.125');
  });
});
